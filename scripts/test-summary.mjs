// Sums Vitest's and Playwright's JSON reports into the closing lines of `npm test`:
//   skipped: <full test name>            one line per skipped test (the reason is in its name)
//   passed only on retry: <names>|none   what would hide instability (Vitest retry, Playwright flaky)
//   N passed, N failed, N skipped        always the last line
// A step that failed without tests (typecheck, lint, a file that fails to load) counts as a failure,
// so the last line never says "0 failed" about a run that failed.
import fs from 'node:fs';

const args = process.argv.slice(2);
const extraFailed = Number(args[args.indexOf('--extra-failed') + 1] ?? 0);
let passed = 0;
let failed = 0;
const skippedNames = [];
const retriedNames = [];

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const vitest = read('test-results/vitest.json');
if (vitest) {
  for (const file of vitest.testResults ?? []) {
    const results = file.assertionResults ?? [];
    if (file.status === 'failed' && results.length === 0) failed += 1; // a file that failed to load
    for (const t of results) {
      const name = `vitest ${file.name ? file.name.replace(process.cwd() + '/', '') : ''} › ${t.fullName}`;
      if (t.status === 'passed') {
        passed += 1;
        // A passed test that carries failure messages failed first and passed on a retry.
        if ((t.failureMessages ?? []).length > 0) retriedNames.push(name);
      } else if (t.status === 'failed') failed += 1;
      else skippedNames.push(name);
    }
  }
}

function* playwrightTests(suite, titles = []) {
  const here = suite.title ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) yield { name: [...here, spec.title].join(' › '), test };
  }
  for (const child of suite.suites ?? []) yield* playwrightTests(child, here);
}

const pw = read('test-results/playwright.json');
for (const suite of pw?.suites ?? []) {
  for (const { name, test } of playwrightTests(suite)) {
    const label = `playwright ${name}`;
    if (test.status === 'expected') passed += 1;
    else if (test.status === 'flaky') {
      passed += 1;
      retriedNames.push(label);
    } else if (test.status === 'skipped') {
      const why = (test.annotations ?? []).find((a) => a.type === 'skip')?.description;
      skippedNames.push(why ? `${label} (${why})` : label);
    } else failed += 1;
  }
}

if (failed === 0 && extraFailed > 0) failed += 1;
for (const name of skippedNames) console.log(`skipped: ${name}`);
console.log(`passed only on retry: ${retriedNames.length ? retriedNames.join('; ') : 'none'}`);
console.log(`${passed} passed, ${failed} failed, ${skippedNames.length} skipped`);
process.exit(failed > 0 ? 1 : 0);
