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
started=$SECONDS

step() { echo; echo "=== $* [at $((SECONDS - started)) s]"; }
failed=0

# The static checks and the build are independent and each mostly single-threaded (tsc, ESLint, knip,
# Prettier): they run side by side, each into its own log, printed in this order once all are done.
logs=$(mktemp -d "${TMPDIR:-/tmp}/vanthu-test-logs-XXXXXX")
trap 'rm -rf "$logs"' EXIT
names=(typecheck lint format "unused code (knip)" build)
cmds=(
  "npm run --silent typecheck"
  "npm run --silent lint"
  "npx prettier --check --log-level warn ."
  "npx knip --no-progress"
  "npm run --silent build"
)
pids=()
for i in "${!cmds[@]}"; do
  bash -c "${cmds[$i]}" >"$logs/$i.log" 2>&1 &
  pids+=($!)
done
build_failed=0
for i in "${!cmds[@]}"; do
  wait "${pids[$i]}"
  rc=$?
  step "${names[$i]}"
  cat "$logs/$i.log"
  if [ "$rc" -ne 0 ]; then
    failed=1
    [ "${names[$i]}" = build ] && build_failed=1
  fi
done
if [ "$build_failed" -ne 0 ]; then
  echo "build failed"
  node scripts/test-summary.mjs --extra-failed 1
  exit 1
fi

step "vitest" && npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || failed=1
step "playwright" && PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test --reporter=list,json || failed=1
step "done"
node scripts/test-summary.mjs --extra-failed "$failed"
