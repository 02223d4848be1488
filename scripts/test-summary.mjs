// Sums Vitest's and Playwright's JSON reports into one closing line: "N passed, N failed, N skipped".
// A step that failed without tests (typecheck, lint) counts as one failure so the line never lies.
// Skipped tests are listed by name above it: their titles (Vitest) or skip messages (Playwright)
// carry the reason (tests/support/tools.ts), e.g. "[skipped: qpdf (Debian package qpdf) missing …]".
import fs from 'node:fs';

const args = process.argv.slice(2);
const extraFailed = Number(args[args.indexOf('--extra-failed') + 1] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  // A file that fails to load has no tests but must still fail the run.
  failed += (vitest.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
}
const pw = read('test-results/playwright.json');
if (pw?.stats) {
  passed += (pw.stats.expected ?? 0) + (pw.stats.flaky ?? 0);
  failed += pw.stats.unexpected ?? 0;
  skipped += pw.stats.skipped ?? 0;
}
const skippedNames = [];
const rel = (f) => String(f ?? '').replace(`${process.cwd()}/`, '');
for (const f of vitest?.testResults ?? []) {
  for (const t of f.assertionResults ?? []) {
    if (t.status === 'pending' || t.status === 'skipped' || t.status === 'todo') skippedNames.push(`${rel(f.name)} › ${t.fullName ?? t.title}`);
  }
}
function walk(suite, file) {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      if (t.status !== 'skipped') continue;
      const why = (t.annotations ?? []).filter((a) => a.type === 'skip' && a.description).map((a) => a.description);
      skippedNames.push(`${rel(spec.file ?? file)} › ${spec.title}${why.length ? ` [skipped: ${why.join('; ')}]` : ''}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child, suite.file ?? file);
}
for (const suite of pw?.suites ?? []) walk(suite, suite.file);
if (skippedNames.length > 0) {
  console.log(`Skipped (${skippedNames.length}):`);
  for (const n of skippedNames) console.log(`  - ${n}`);
}
const stepFailures = failed === 0 && extraFailed > 0 ? 1 : 0;
failed += stepFailures;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
