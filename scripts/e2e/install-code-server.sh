#!/usr/bin/env bash
# Installs code-server (real VS Code: workbench + Node extension host) into .cache/code-server on first use.
# Three install blockers are worked around (see docs in scripts/e2e/README.md):
#  - @vscode/ripgrep's postinstall downloads rg unless its cache holds a tarball: we pack Debian's rg into it;
#  - code-server's postinstall refuses root unless npm_config_unsafe_perm is set;
#  - node-pty's postinstall runs `npx node-gyp`, which needs npm_config_yes=true here.
set -euo pipefail
source "$(dirname "$0")/env.sh"
[ -x "$CS_BIN" ] && exit 0
command -v rg >/dev/null || { echo "ripgrep missing: run scripts/setup-system.sh" >&2; exit 1; }
RGC="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$RGC" && cp "$(command -v rg)" "$tmp/rg"
tar czf "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$tmp" rg
mkdir -p "$CS_HOME"
echo '{"name":"zfxxgk-code-server-cache","private":true}' > "$CS_HOME/package.json"
echo "installing code-server@$CS_VERSION into $CS_HOME (about 80 s)"
if ! ( cd "$CS_HOME" && npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --no-save "code-server@$CS_VERSION" > "$CS_HOME/install.log" 2>&1 ); then
  tail -40 "$CS_HOME/install.log" >&2
  rm -rf "$CS_HOME/node_modules"    # never leave a half install that looks complete
  exit 1
fi
[ -x "$CS_BIN" ] || { echo "code-server install produced no binary" >&2; exit 1; }
