#!/usr/bin/env bash
# System packages the tests and the main job need (Debian): chromium for HTML screenshots and the
# real-VS-Code tests; libkrb5-dev, ripgrep and pkg-config for installing code-server from npm.
set -euo pipefail
needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v rg >/dev/null 2>&1 || needed+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || needed+=(libkrb5-dev)
command -v pkg-config >/dev/null 2>&1 || needed+=(pkg-config)
command -v unzip >/dev/null 2>&1 || needed+=(unzip)
# A CJK font, so the rendered-report screenshots show characters rather than empty boxes.
fc-list :lang=zh 2>/dev/null | grep -q . || needed+=(fonts-noto-cjk)
if [ ${#needed[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "setup-system: missing Debian packages: ${needed[*]} (run as root, or: sudo apt-get install ${needed[*]})" >&2
  exit 1
fi
echo "setup-system: installing ${needed[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
