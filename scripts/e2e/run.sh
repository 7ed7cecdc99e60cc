#!/usr/bin/env bash
# The e2e step of `npm test`: the extension in a real VS Code (code-server 4.100.3 + headless chromium).
#  1. system packages and code-server (first use only), build, package the .vsix and check its contents;
#  2. for each display language (zh-cn, en): start code-server with the .vsix installed, run the
#     extension-host mocha suite (test/e2e/exthost) and the Playwright UI tests (test/e2e/ui), stop it.
# Screenshots (and failure screenshots) go to test-results/. Closes with "N passed, M failed".
# Env: E2E_LOCALES="zh-cn en", E2E_SKIP_BUILD=1 (the caller built already), VERBOSE=1.
set -uo pipefail
t_start=$(date +%s)
source "$(dirname "$0")/env.sh"
source "$(dirname "$0")/server.sh"
cd "$ROOT"

fail_setup() { echo "e2e set-up failed: $*" >&2; echo "0 passed, 1 failed"; exit 1; }
running=()
cleanup() { for name in "${running[@]}"; do cs_stop "$name"; done; }
trap cleanup EXIT
trap 'exit 130' INT TERM

phase "system packages"
bash scripts/setup-system.sh || fail_setup "Debian packages (scripts/setup-system.sh)"
phase "code-server $CS_VERSION"
bash scripts/e2e/install-code-server.sh || fail_setup "code-server install"
if [ -z "${E2E_SKIP_BUILD:-}" ]; then
  phase "build (tsc → out/, esbuild → dist/)"
  npx tsc -p . || fail_setup "tsc"
fi
phase "package the .vsix"
VSIX=$(bash scripts/package.sh --quiet) || fail_setup "npm run package"
# Without a language pack VS Code falls back to English whatever --locale says; this fixture pack makes
# zh-cn a real display language (vscode.env.language, package.nls.zh-cn.json, l10n bundles).
mkdir -p "$E2E"
LANGPACK="$E2E/langpack-zh-cn.vsix"
( cd test/e2e/langpack-zh-cn && npx vsce package --no-dependencies --allow-missing-repository --skip-license -o "$LANGPACK" >/dev/null ) \
  || fail_setup "zh-cn language pack fixture"

rm -rf "$RESULTS" && mkdir -p "$RESULTS"    # test-results/e2e only: npm test keeps its logs beside it
rc=0
for locale in ${E2E_LOCALES:-zh-cn en}; do
  name="cs-$locale"; port=$(free_port)
  phase "[$locale] code-server on 127.0.0.1:$port with the .vsix installed"
  cs_prepare "$name"
  { [ "$locale" = en ] || cs_install_vsix "$name" "$LANGPACK"; } && cs_install_vsix "$name" "$VSIX" || { rc=1; echo '{"passed":0,"failed":1}' > "$RESULTS/install-$locale.json"; continue; }
  node scripts/e2e/languagepacks.mjs "$(cs_dir "$name")/exts" "$(cs_dir "$name")/ud" >/dev/null
  running+=("$name")
  cs_start "$name" "$port" "$locale" || { rc=1; echo '{"passed":0,"failed":1}' > "$RESULTS/start-$locale.json"; continue; }
  export CS_HOST="127.0.0.1:$port" E2E_LOCALE="$locale" E2E_RESULTS="$RESULTS"

  phase "[$locale] extension-host tests (mocha inside VS Code)"
  export E2E_WORKSPACE="$E2E/ws-exthost-$locale"; make_workspace "$E2E_WORKSPACE"
  node out/test/e2e/harness/exthost.js || { rc=1; tail -30 "$(cs_dir "$name")"/ud/logs/*/exthost*/remoteexthost.log 2>/dev/null; }

  phase "[$locale] UI tests (Playwright: Problems panel, squiggles, status bar, palette)"
  export E2E_WORKSPACE="$E2E/ws-ui-$locale"; make_workspace "$E2E_WORKSPACE"
  node out/test/e2e/harness/ui.js || rc=1

  cs_stop "$name"
done

passed=0; failed=0
for f in "$RESULTS"/*.json; do
  [ -f "$f" ] || continue
  read -r p m < <(node -e 'const r=require(process.argv[1]);console.log(r.passed|0,r.failed|0)' "$f")
  passed=$((passed + p)); failed=$((failed + m))
done
[ $rc -ne 0 ] && [ $failed -eq 0 ] && failed=1
phase "e2e done; screenshots in ${RESULTS#$ROOT/}/"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ] && [ $rc -eq 0 ]
