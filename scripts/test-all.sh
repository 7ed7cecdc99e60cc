#!/usr/bin/env bash
# The README's test command (`npm test`): installs what a fresh machine lacks, typechecks, builds,
# then runs every suite and ends with one line "total: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh || { echo "install failed"; exit 1; }

passed=0; failed=0; status=0
step() { echo; echo "=== $*"; }

step "typecheck"
npx tsc -p . --noEmit || { echo "typecheck failed"; failed=$((failed + 1)); status=1; }

# Counts as one test: the architecture's import boundaries, typescript-eslint's rules and the line length
# (eslint.config.mjs; docs/architecture.md, "Boundaries").
step "lint (npm run lint)"
mkdir -p test-results
if npm run --silent lint > test-results/lint.log 2>&1; then
  passed=$((passed + 1)); echo "lint: no problems"
else
  failed=$((failed + 1)); status=1; tail -n 60 test-results/lint.log; echo "lint failed (all of it: test-results/lint.log)"
fi

step "build"
node scripts/build.mjs || { echo "build failed"; exit 1; }
rm -rf out && npx tsc -p . >/dev/null || { echo "test compile failed"; exit 1; }

step "unit, protocol and CLI tests (mocha)"
npx mocha 2>&1 | tee test-results/mocha.log
[ "${PIPESTATUS[0]}" = 0 ] || status=1
mocha_passed=$(grep -Eo '^\s+[0-9]+ passing' test-results/mocha.log | grep -Eo '[0-9]+' | tail -1)
mocha_failed=$(grep -Eo '^\s+[0-9]+ failing' test-results/mocha.log | grep -Eo '[0-9]+' | tail -1)
passed=$((passed + ${mocha_passed:-0})); failed=$((failed + ${mocha_failed:-0}))

if [ -f scripts/e2e/run.sh ] && [ "${ZFXXGK_SKIP_E2E:-}" != 1 ]; then
  step "end-to-end tests in a real VS Code (code-server + chromium)"
  bash scripts/e2e/run.sh 2>&1 | tee test-results/e2e.log
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
  e2e_line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' test-results/e2e.log | tail -1)
  passed=$((passed + $(echo "${e2e_line:-0 passed}" | grep -Eo '^[0-9]+')))
  failed=$((failed + $(echo "${e2e_line:-0 passed, 0 failed}" | sed -E 's/.* ([0-9]+) failed.*/\1/')))
  [ -n "$e2e_line" ] || { failed=$((failed + 1)); status=1; }
fi

# Last, because it rebuilds dist/ as production bundles. Counts as one test: fails on any exception
# (it also checks that the server reports the broken sum of its edit script). See docs/benchmarks.md.
step "benchmark smoke run (npm run bench -- --smoke)"
if node bench/run.mjs --smoke > test-results/bench-smoke.log 2>&1; then
  passed=$((passed + 1)); tail -n 30 test-results/bench-smoke.log
else
  failed=$((failed + 1)); status=1; tail -n 60 test-results/bench-smoke.log; echo "bench smoke run failed"
fi

echo
[ $status = 0 ] || [ $failed -gt 0 ] || failed=1
echo "total: $passed passed, $failed failed"
exit $status
