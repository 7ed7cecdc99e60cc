#!/usr/bin/env bash
# The README's run command (`npm start`): set up a fresh machine, build, and check the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
node scripts/build.mjs
node dist/cli.js check examples
