#!/usr/bin/env bash
# System packages the e2e run needs, installed with apt-get only when missing (CI runs as root):
# chromium (the browser playwright-core drives), libkrb5-dev + pkg-config (code-server's kerberos
# module builds from source), ripgrep (stands in for the rg that @vscode/ripgrep would download).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
# Chinese glyphs in chromium (screenshots of the Chinese UI); tests do not depend on them.
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
echo "apt-get install ${need[*]}"
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
