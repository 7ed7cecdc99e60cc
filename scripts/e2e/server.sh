# Start/stop code-server for tests (sourced after env.sh). Each instance gets its own config, user data,
# extensions and XDG dirs under $E2E/<name>, so nothing is written to ~/.config or ~/.local.
# Usage: cs_prepare NAME; cs_install_vsix NAME FILE; cs_start NAME PORT LOCALE; cs_stop NAME

cs_dir() { echo "$E2E/$1"; }

cs_prepare() {
  local d; d=$(cs_dir "$1")
  rm -rf "$d" && mkdir -p "$d/ud/User" "$d/exts" "$d/xdg"
  echo 'auth: none' > "$d/config.yaml"          # an empty config makes code-server exit "invalid config"
  cat > "$d/ud/User/settings.json" <<'JSON'
{ "workbench.startupEditor": "none", "workbench.tips.enabled": false, "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off", "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true, "update.mode": "none", "git.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false, "chat.commandCenter.enabled": false,
  "window.commandCenter": false, "workbench.enableExperiments": false }
JSON
}

cs_args() { local d; d=$(cs_dir "$1"); echo --config "$d/config.yaml" --user-data-dir "$d/ud" --extensions-dir "$d/exts"; }

cs_install_vsix() {
  local d; d=$(cs_dir "$1")
  # shellcheck disable=SC2046
  XDG_CONFIG_HOME="$d/xdg" XDG_DATA_HOME="$d/xdg" "$CS_BIN" $(cs_args "$1") --install-extension "$2" > "$d/install.log" 2>&1 \
    || { cat "$d/install.log" >&2; return 1; }
}

# Starts in a new session (setsid) so that cs_stop can kill the whole process group: the server, the
# extension host and the file watcher (a plain kill leaves bootstrap-fork orphans).
cs_start() {
  local name=$1 port=$2 locale=${3:-en} d; d=$(cs_dir "$1")
  # shellcheck disable=SC2046
  XDG_CONFIG_HOME="$d/xdg" XDG_DATA_HOME="$d/xdg" setsid "$CS_BIN" $(cs_args "$name") --bind-addr "127.0.0.1:$port" \
    --auth none --locale "$locale" --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override --ignore-last-opened > "$d/server.log" 2>&1 < /dev/null &
  echo $! > "$d/pid"
  local i
  for i in $(seq 1 300); do                      # poll /healthz, up to 60 s
    curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && return 0
    kill -0 "$(cat "$d/pid")" 2>/dev/null || { echo "code-server exited:" >&2; tail -20 "$d/server.log" >&2; return 1; }
    sleep 0.2
  done
  echo "code-server did not answer /healthz on port $port" >&2; tail -20 "$d/server.log" >&2; return 1
}

cs_stop() {
  local d pid; d=$(cs_dir "$1")
  [ -f "$d/pid" ] || return 0
  pid=$(cat "$d/pid"); rm -f "$d/pid"
  kill -TERM -- "-$pid" 2>/dev/null || return 0
  local i; for i in $(seq 1 25); do kill -0 -- "-$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL -- "-$pid" 2>/dev/null || true
}

# A free TCP port on 127.0.0.1 (asked of the OS, not guessed).
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# A fresh workspace: a copy of examples/ plus test/e2e/fixtures/ (if any), flattened into one folder.
make_workspace() {
  local ws=$1
  rm -rf "$ws" && mkdir -p "$ws" && cp -r "$ROOT/examples/." "$ws/"
  [ -d "$ROOT/test/e2e/fixtures" ] && cp -r "$ROOT/test/e2e/fixtures/." "$ws/"
  return 0
}
