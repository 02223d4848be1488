#!/usr/bin/env bash
# `npm start`: set up what is missing, build, and run vanthu with the embedded default data folder
# (.vanthu-dev-data, or $VANTHU_DATA). Electron when its binary and a display exist; otherwise the
# same app in the browser on 127.0.0.1 (the URL is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh app
npm run --silent build
data="${VANTHU_DATA:-$PWD/.vanthu-dev-data}"
mkdir -p "$data"

has_display=0
if [ "$(uname)" != Linux ] || [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then has_display=1; fi
if [ -f node_modules/electron/path.txt ] && [ "$has_display" = 1 ] && [ -z "${VANTHU_BROWSER_MODE:-}" ]; then
  # better-sqlite3 must be built for Electron's ABI, not Node's (once; a stamp records it).
  if node scripts/native-abi.mjs electron; then
    exec node_modules/.bin/electron dist/main/electron.cjs --data "$data"
  fi
  echo "vanthu: native modules could not be built for Electron — serving the app in the browser instead." >&2
else
  echo "vanthu: no Electron binary or display — serving the app in the browser."
fi
# Browser mode runs under Node: the native modules must be Node's build (rebuilt back if Electron had them).
node scripts/native-abi.mjs node
exec node dist/main/serve.cjs --data "$data" --port "${VANTHU_PORT:-5181}"
