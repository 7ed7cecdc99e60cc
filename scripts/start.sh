#!/usr/bin/env bash
# `npm start`: the examples in a real VS Code with the extension, in your browser.
# On a fresh machine it does all the set-up (scripts/install.sh: Debian packages, npm ci) and
# code-server (first use only, into .cache/), the production build and the .vsix. It checks the
# examples with the CLI, then serves VS Code on http://127.0.0.1:PORT until Ctrl-C.
# Env: PORT (default 8080; a free one if taken), ZFXXGK_LOCALE (zh-cn | en, default zh-cn).
# Desktop VS Code instead: npm run build && code --extensionDevelopmentPath="$PWD" examples
set -euo pipefail
t_start=$(date +%s)
source "$(dirname "$0")/e2e/env.sh"
source "$(dirname "$0")/e2e/server.sh"
cd "$ROOT"
locale=${ZFXXGK_LOCALE:-zh-cn}

phase "set-up (Debian packages, npm ci when needed)"; bash scripts/install.sh
phase "code-server $CS_VERSION"; bash scripts/e2e/install-code-server.sh
phase "build and package"; VSIX=$(bash scripts/package.sh --quiet 2>/dev/null)
phase "zfxxgk check examples"
node dist/cli.js check examples || true    # findings are shown, not fatal: the examples are for looking at

name=start
cs_prepare "$name"
if [ "$locale" != en ]; then
  ( cd test/e2e/langpack-zh-cn && npx vsce package --no-dependencies --allow-missing-repository --skip-license -o "$E2E/langpack-zh-cn.vsix" >/dev/null )
  cs_install_vsix "$name" "$E2E/langpack-zh-cn.vsix"
fi
cs_install_vsix "$name" "$VSIX"
node scripts/e2e/languagepacks.mjs "$(cs_dir "$name")/exts" "$(cs_dir "$name")/ud" >/dev/null
port=${PORT:-8080}
if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then port=$(free_port); fi
trap 'cs_stop "$name"' EXIT
trap 'echo; exit 0' INT TERM
cs_start "$name" "$port" "$locale"
echo
echo "  VS Code with zfxxgk: http://127.0.0.1:$port/?folder=$ROOT/examples"
echo "  (Ctrl-C to stop)"
echo
while kill -0 "$(cat "$(cs_dir "$name")/pid" 2>/dev/null || echo 0)" 2>/dev/null; do sleep 1; done
