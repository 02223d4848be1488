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

# The build comes first (Vitest's CLI tests and Playwright run its bundles). Then the static checks
# (tsc, ESLint, Prettier, knip: ~140 s of CPU, no clock in them) run in the background at a lower
# priority while Vitest and then Playwright run in front: the tests wait on browsers, child processes
# and servers part of the time, and the checks use those gaps instead of a phase of their own. Each
# check writes its own log, printed in this order after the tests.
logs=$(mktemp -d "${TMPDIR:-/tmp}/vanthu-test-logs-XXXXXX")
trap 'rm -rf "$logs"' EXIT
step "build"
if ! npm run --silent build >"$logs/build.log" 2>&1; then
  cat "$logs/build.log"
  echo "build failed"
  node scripts/test-summary.mjs --extra-failed 1
  exit 1
fi
tail -n 3 "$logs/build.log"
names=(typecheck lint format "unused code (knip)")
cmds=(
  "npm run --silent typecheck"
  "npm run --silent lint"
  "npx prettier --check --log-level warn ."
  "npx knip --no-progress"
)
pids=()
for i in "${!cmds[@]}"; do
  nice -n 10 bash -c "${cmds[$i]}" >"$logs/$i.log" 2>&1 &
  pids+=($!)
done

step "vitest" && npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || failed=1
step "playwright" && PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test --reporter=list,json || failed=1
for i in "${!cmds[@]}"; do
  wait "${pids[$i]}"
  rc=$?
  step "${names[$i]}"
  cat "$logs/$i.log"
  [ "$rc" -ne 0 ] && failed=1
done
step "done"
node scripts/test-summary.mjs --extra-failed "$failed"
