#!/usr/bin/env bash
# Brings a fresh machine to a working state: Debian packages (when root and missing), node_modules
# (npm ci, never fetching the Electron binary during install), then tries the Electron binary on its
# own — where it cannot be downloaded the app runs in browser mode instead.
# Usage: scripts/ensure-deps.sh [app|test]
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-app}"

# Debian packages the tests use: Chromium for Playwright, fonts for PDFs, poppler/qpdf to inspect them,
# SoftHSM2 + OpenSC + the OpenSSL pkcs11 engine + NSS tools for the signing tests' token and PKI.
# SANE's test scanner, tesseract with Vietnamese data and clamd for intake (tests start their own clamd).
TEST_PACKAGES=(chromium fonts-liberation2 poppler-utils qpdf sqlite3 softhsm2 opensc libengine-pkcs11-openssl libnss3-tools openssl
  sane-utils tesseract-ocr tesseract-ocr-vie clamav clamav-daemon img2pdf libtiff-tools gcc libc6-dev)

need_apt=()
if [ "$purpose" = test ]; then
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
  [ -d /usr/share/fonts/truetype/liberation2 ] || need_apt+=(fonts-liberation2)
  command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
  command -v qpdf >/dev/null 2>&1 || need_apt+=(qpdf)
  command -v sqlite3 >/dev/null 2>&1 || need_apt+=(sqlite3)
  command -v softhsm2-util >/dev/null 2>&1 || need_apt+=(softhsm2)
  command -v pkcs11-tool >/dev/null 2>&1 || need_apt+=(opensc)
  command -v certutil >/dev/null 2>&1 || need_apt+=(libnss3-tools)
  ls /usr/lib/*/engines-3/pkcs11.so >/dev/null 2>&1 || need_apt+=(libengine-pkcs11-openssl)
  command -v scanimage >/dev/null 2>&1 || need_apt+=(sane-utils)
  [ -f /usr/share/tesseract-ocr/5/tessdata/vie.traineddata ] || need_apt+=(tesseract-ocr-vie)
  command -v clamd >/dev/null 2>&1 || need_apt+=(clamav-daemon)
  command -v img2pdf >/dev/null 2>&1 || need_apt+=(img2pdf)
  command -v tiffcp >/dev/null 2>&1 || need_apt+=(libtiff-tools)
  command -v cc >/dev/null 2>&1 || need_apt+=(gcc libc6-dev)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "vanthu: installing Debian packages: ${need_apt[*]}"
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${TEST_PACKAGES[@]}" >/dev/null
  else
    echo "vanthu: missing Debian packages: ${need_apt[*]} — install them: sudo apt-get install ${TEST_PACKAGES[*]}" >&2
    exit 1
  fi
fi

stamp=node_modules/.vanthu-installed
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "vanthu: npm ci"
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
  touch "$stamp"
fi

if [ "$purpose" = app ] && [ -z "${CI:-}" ] && [ ! -f node_modules/electron/path.txt ]; then
  echo "vanthu: trying to fetch the Electron binary (optional)…"
  if ! timeout 180 node node_modules/electron/install.js >/dev/null 2>&1; then
    echo "vanthu: Electron binary unavailable here — the app will run in browser mode."
  fi
fi
