#!/usr/bin/env bash
# `npm test`: set up what is missing, then every check CI runs — types, lint, build, Vitest (unit +
# integration, real SQLite), Playwright in Debian Chromium against browser mode — and one closing line
# "N passed, N failed, N skipped" summed over both runners.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh test || exit 1
# Tests load better-sqlite3 in Node: rebuild it back if `npm start` last built it for Electron.
node scripts/native-abi.mjs node || exit 1
mkdir -p test-results
rm -f test-results/vitest.json test-results/playwright.json

step() { echo; echo "=== $*"; }
failed=0
step "typecheck" && npm run --silent typecheck || failed=1
step "lint" && npm run --silent lint || failed=1
step "format" && npx prettier --check --log-level warn . || failed=1
step "unused code (knip)" && npx knip --no-progress || failed=1
step "build" && npm run --silent build || { echo "build failed"; node scripts/test-summary.mjs --extra-failed 1; exit 1; }
step "vitest" && npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || failed=1
step "playwright" && PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test --reporter=list,json || failed=1
echo
node scripts/test-summary.mjs --extra-failed "$failed"
