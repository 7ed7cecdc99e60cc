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
# The exported DOCX is checked in a real word processor (LibreOffice Writer, headless: the -nogui
# build needs no X libraries) and its PDF read back with poppler (pdftotext, pdftoppm).
# Without its recommends (Java, help, extra fonts): only the converter is needed.
lean=()
command -v soffice >/dev/null 2>&1 || lean+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || lean+=(poppler-utils)
# A CJK font, so the rendered-report screenshots show characters rather than empty boxes.
fc-list :lang=zh 2>/dev/null | grep -q . || needed+=(fonts-noto-cjk)
if [ ${#needed[@]} -eq 0 ] && [ ${#lean[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "setup-system: missing Debian packages: ${needed[*]} ${lean[*]} (run as root, or: sudo apt-get install ${needed[*]} ${lean[*]})" >&2
  exit 1
fi
echo "setup-system: installing ${needed[*]} ${lean[*]}"
apt-get update -qq
if [ ${#needed[@]} -gt 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null; fi
if [ ${#lean[@]} -gt 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null; fi
