#!/usr/bin/env bash
# `npm run package`: the production .vsix (vsce runs vscode:prepublish = the production esbuild build),
# then a check of its file list and size (scripts/check-vsix.mjs). Prints the .vsix path last.
# --quiet: only the path on stdout (the e2e script installs that file into code-server).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
quiet=; [ "${1:-}" = --quiet ] && quiet=1
version=$(node -p 'require("./package.json").version')
out="$ROOT/zfxxgk-$version.vsix"
rm -f "$out"
if [ -n "$quiet" ]; then
  npx vsce package --no-dependencies --out "$out" >&2
  node scripts/check-vsix.mjs "$out" >&2
else
  npx vsce package --no-dependencies --out "$out"
  node scripts/check-vsix.mjs "$out"
fi
echo "$out"
