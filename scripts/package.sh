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
# README links are relative (docs/, screenshots); vsce needs a base URL to rewrite them. The repository URL
# of package.json has no public host yet: derive the bases from it, so one edit there fixes both.
repo=$(node -p 'require("./package.json").repository.url.replace(/\.git$/, "")')
VSCE_ARGS=(--no-dependencies --baseContentUrl "$repo/blob/HEAD" --baseImagesUrl "$repo/raw/HEAD" --out "$out")
if [ -n "$quiet" ]; then
  npx vsce package "${VSCE_ARGS[@]}" >&2
  node scripts/check-vsix.mjs "$out" >&2
else
  npx vsce package "${VSCE_ARGS[@]}"
  node scripts/check-vsix.mjs "$out"
fi
echo "$out"
