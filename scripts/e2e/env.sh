# Shared paths and helpers for the e2e scripts (sourced, not run).
# code-server lives in a git-ignored cache (not a dependency of package.json); scratch state in .e2e/.
ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
CS_VERSION=4.100.3                       # the last code-server that runs on Node 20 (VS Code 1.100.3)
CS_HOME=${CS_HOME:-$ROOT/.cache/code-server}
CS_BIN=$CS_HOME/node_modules/.bin/code-server
E2E=${E2E:-$ROOT/.e2e}
RESULTS=${RESULTS:-$ROOT/test-results/e2e}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
export CHROMIUM

t_start=${t_start:-$(date +%s)}
phase() { echo "=== [$(( $(date +%s) - t_start ))s] $*"; }
