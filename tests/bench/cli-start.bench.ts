/**
 * Benchmark (not a timed test): how long the `vanthu` command takes as a whole process.
 *   npm run build:node && npx tsx tests/bench/cli-start.bench.ts [runs=10] [--cli other/cli.cjs]
 * Prints the median (and min/max) of `runs` whole-process runs of `vanthu --version` and
 * `vanthu --data D info --json`, beside peers measured in the same run, interleaved so that load on
 * the machine hits all of them alike:
 *   - `node -e 0`, the floor of any Node command line;
 *   - a bare Node script that opens the same SQLite file with better-sqlite3 and prints the agency
 *     profile as JSON, the floor of any command that answers from the database.
 * Wall time is the target; CPU time (user + system of the child, Linux) is printed beside it because
 * it stays comparable on a loaded machine, where wall time mostly measures the queue.
 * `--cli` measures another build of the CLI bundle beside this one (e.g. one built from an older
 * commit) so before/after figures come from the same machine and minute.
 * Targets (issue 10): --version ≤ 300 ms, info --json ≤ 600 ms (median of 10, quiet machine).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initArgs } from '../support/app-harness';

const ROOT = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const otherAt = args.indexOf('--cli');
const OTHER = otherAt >= 0 ? path.resolve(args[otherAt + 1] ?? '') : null;
const RUNS = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--cli') ?? 10);
const CLI = path.join(ROOT, 'bin', 'vanthu.cjs');

if (!fs.existsSync(path.join(ROOT, 'dist', 'main', 'cli.cjs'))) {
  process.stderr.write('dist/main/cli.cjs is missing: run "npm run build:node" first.\n');
  process.exit(1);
}
if (OTHER && !fs.existsSync(OTHER)) {
  process.stderr.write(`--cli ${OTHER}: no such file.\n`);
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-start-'));

/**
 * CPU time (user + system, ms) of the children this process has waited for, from /proc (Linux;
 * 10 ms ticks). Unlike wall time it barely moves when other work shares the cores. null elsewhere.
 */
function childrenCpuMs(): number | null {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime + cstime, USER_HZ = 100
  } catch {
    return null;
  }
}

/** One whole process; returns wall and CPU milliseconds, and fails loudly if the command failed. */
function timeRun(argv: string[], expectOut?: RegExp): { wall: number; cpu: number | null } {
  const c0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, VANTHU_DATA: '' } });
  const wall = performance.now() - t0;
  const c1 = childrenCpuMs();
  if (r.status !== 0 || (expectOut && !expectOut.test(r.stdout))) {
    throw new Error(`${argv.join(' ')} → exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
  return { wall, cpu: c0 === null || c1 === null ? null : c1 - c0 };
}

timeRun([CLI, '--data', dataDir, ...initArgs()]);
const dbFile = path.join(dataDir, 'vanthu.db');

// The peer that answers from the same database: a require, an open, one query, JSON out.
const BARE_SQLITE = `
const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
const db = new Database(process.argv[1], { readonly: true, fileMustExist: true });
const row = db.prepare('SELECT * FROM agency_profile LIMIT 1').get();
process.stdout.write(JSON.stringify({ profile: row }, null, 2) + '\\n');
db.close();`;

interface Case {
  label: string;
  argv: string[];
  expect?: RegExp;
}
const cases: Case[] = [
  { label: 'vanthu --version', argv: [CLI, '--version'], expect: /^\d+\.\d+\.\d+/ },
  { label: 'vanthu info --json', argv: [CLI, '--data', dataDir, 'info', '--json'], expect: /Tân Phú/ },
  ...(OTHER
    ? [
        { label: `other --version`, argv: [OTHER, '--version'], expect: /^\d+\.\d+\.\d+/ },
        { label: `other info --json`, argv: [OTHER, '--data', dataDir, 'info', '--json'], expect: /Tân Phú/ },
      ]
    : []),
  { label: 'peer: node -e 0', argv: ['-e', '0'] },
  { label: 'peer: bare better-sqlite3 read', argv: ['-e', BARE_SQLITE, dbFile], expect: /Tân Phú/ },
];

// One warm-up round (file cache), then RUNS rounds, each round running every case once.
for (const c of cases) timeRun(c.argv, c.expect);
const times = new Map<string, number[]>(cases.map((c) => [c.label, []]));
const cpu = new Map<string, number[]>(cases.map((c) => [c.label, []]));
for (let i = 0; i < RUNS; i++) {
  for (const c of cases) {
    const t = timeRun(c.argv, c.expect);
    times.get(c.label)!.push(t.wall);
    if (t.cpu !== null) cpu.get(c.label)!.push(t.cpu);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const f = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
process.stdout.write(`whole-process start, ${RUNS} runs each (node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)})\n`);
process.stdout.write(
  `${'command'.padEnd(34)}${'median'.padStart(9)}${'min'.padStart(10)}${'max'.padStart(10)}${'cpu median'.padStart(14)}\n`,
);
for (const c of cases) {
  const xs = times.get(c.label)!;
  const cs = cpu.get(c.label)!;
  process.stdout.write(
    `${c.label.padEnd(34)}${f(median(xs))} ${f(Math.min(...xs))} ${f(Math.max(...xs))}   ${cs.length ? f(median(cs)) : '     n/a'}\n`,
  );
}
const floor = median(times.get('peer: node -e 0')!);
const sqliteFloor = median(times.get('peer: bare better-sqlite3 read')!);
process.stdout.write(
  `\nabove the floor: --version +${(median(times.get('vanthu --version')!) - floor).toFixed(0)} ms over node -e 0; ` +
    `info --json +${(median(times.get('vanthu info --json')!) - sqliteFloor).toFixed(0)} ms over the bare SQLite read\n` +
    `targets: --version ≤ 300 ms, info --json ≤ 600 ms\n`,
);
fs.rmSync(dataDir, { recursive: true, force: true });
