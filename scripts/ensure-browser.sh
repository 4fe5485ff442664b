#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded browser) and screenshots need a CJK
# font: a fresh machine has neither. Install both from Debian's packages when missing. WebGL in the
# tests goes through Mesa's EGL and llvmpipe (scripts/chromium.mjs); without them Chromium falls back to
# SwiftShader, which passes but makes the e2e project take ~70% longer. poppler-utils (pdftotext)
# lets the brief's test read its PDF as a user's tools would; it is installed only where we may
# (as root): without it the test reads the PDF's text with its own reader (tests/pdf-text.ts).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ] || need+=(chromium)
[ -e /usr/lib/x86_64-linux-gnu/libEGL_mesa.so.0 ] || [ -e /usr/lib/aarch64-linux-gnu/libEGL_mesa.so.0 ] ||
  need+=(libegl1 libegl-mesa0 libgl1-mesa-dri)
if ! fc-list :lang=zh 2>/dev/null | grep -qi 'noto.*cjk'; then need+=(fonts-noto-cjk); fi
if ! command -v pdftotext >/dev/null && [ "$(id -u)" -eq 0 ]; then need+=(poppler-utils); fi
[ ${#need[@]} -eq 0 ] && exit 0
echo "ensure-browser: installing ${need[*]} from Debian's packages" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-browser: not root; run: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
fc-cache -f >/dev/null 2>&1 || true
