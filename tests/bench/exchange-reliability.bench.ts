/**
 * The full exchange reliability run of issue 7: 1,000 documents and their statuses through the hub
 * simulator under ~30 % faults, duplicates, shuffled lists and SIGKILLed `vanthu hub sync` processes,
 * with up to 110 s of chaos. `npm test` runs the same test with 200 documents and 40 s.
 *   npm run build:node && npx tsx tests/bench/exchange-reliability.bench.ts [documents=1000] [chaos-ms=110000]
 * Prints the test's report (also written to test-results/exchange-reliability.json).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const docs = process.argv[2] ?? '1000';
const chaosMs = process.argv[3] ?? '110000';
const r = spawnSync(
  process.execPath,
  [path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/integration/exchange-reliability.test.ts'],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, VANTHU_RELIABILITY_DOCS: docs, VANTHU_RELIABILITY_CHAOS_MS: chaosMs },
  },
);
process.exit(r.status ?? 1);
