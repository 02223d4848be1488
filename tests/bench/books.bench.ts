/**
 * Benchmark (not a timed test): a quarterly Sổ đăng ký văn bản đến of 10,000 entries.
 *   npx tsx tests/bench/books.bench.ts [entries]
 * Prints, for vanthu: the in-process books.print time and peak RSS of a child process that does
 * only that, and the end-to-end `vanthu book` CLI run; for the peer: LibreOffice headless
 * converting the same rows (CSV, the book's columns) to PDF, cold and warm profile.
 * Target (issue 4): vanthu ≤ 1/3 of LibreOffice's time and < 300 MB peak.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src-main/app/create-app';
import { fixedClock } from '../../src-main/core/clock';
import { silentLogger } from '../../src-main/core/logger';
import { AGENCY, quarterCsv } from './book-corpus';
import { callDirect } from '../support/app-harness';
import { loadAverageLine, runBench } from '../support/bench-report';

const ROOT = path.resolve(__dirname, '..', '..');
const N = Number(process.argv[2] ?? 10_000);
const MODE = process.argv[3];

const call = (app: ReturnType<typeof createApp>, name: string, input: unknown) => callDirect<any>(app, name, input);

/** Child mode: print the quarter in-process and report time and the process's peak RSS. */
async function child(dataDir: string): Promise<void> {
  const app = createApp({ dataDir }, { logger: silentLogger, clock: fixedClock('2026-04-10T02:00:00Z') });
  const before = process.memoryUsage().rss / 1048576;
  const t = performance.now();
  const r = await call(app, 'books.print', { Direction: 'den', From: '2026-01-01', To: '2026-03-31' });
  const ms = performance.now() - t;
  // maxRSS of this process includes the tsx loader; the growth over the opened app is the print's own.
  process.stdout.write(
    JSON.stringify({
      ms,
      pages: r.Pages,
      size: r.File.size,
      entries: r.Entries,
      growthMB: process.resourceUsage().maxRSS / 1024 - before,
    }) + '\n',
  );
  app.close();
}

function timed(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { s: number; peakMB: number | null; code: number | null; err: string } {
  const haveTime = fs.existsSync('/usr/bin/time');
  const t = performance.now();
  const r = haveTime
    ? spawnSync('/usr/bin/time', ['-f', 'VANTHU_MAXRSS %M', cmd, ...args], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
        maxBuffer: 1 << 26,
      })
    : spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const s = (performance.now() - t) / 1000;
  const m = /VANTHU_MAXRSS (\d+)/.exec(r.stderr ?? '');
  return { s, peakMB: m ? Number(m[1]) / 1024 : null, code: r.status, err: (r.stderr ?? '').slice(-500) };
}

async function main(): Promise<void> {
  if (MODE === '--child') return child(process.argv[4]!);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-'));
  const dataDir = path.join(work, 'data');
  const csv = path.join(work, 'so-den-q1.csv');
  fs.writeFileSync(csv, quarterCsv(N));

  const app = createApp({ dataDir }, { logger: silentLogger, clock: fixedClock('2026-04-10T02:00:00Z') });
  await call(app, 'agency.saveProfile', AGENCY);
  const t = performance.now();
  const imported = await call(app, 'books.import', { Direction: 'den', Path: csv });
  const importS = (performance.now() - t) / 1000;
  app.close();

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const runs = [0, 1, 2].map(() =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', __filename, String(N), '--child', dataDir], { cwd: ROOT, encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop()!,
    ),
  );
  const inproc = { ...runs[0], ms: median(runs.map((r) => r.ms)), growthMB: Math.max(...runs.map((r) => r.growthMB)) };

  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-node.mjs')], { cwd: ROOT });
  const cliRuns = [0, 1, 2].map(() =>
    timed(process.execPath, [
      path.join(ROOT, 'bin', 'vanthu.cjs'),
      '--data',
      dataDir,
      'book',
      '--direction',
      'den',
      '--from',
      '2026-01-01',
      '--to',
      '2026-03-31',
      '--out',
      path.join(work, 'book.pdf'),
    ]),
  );
  const cli = { s: median(cliRuns.map((r) => r.s)), peakMB: Math.max(...cliRuns.map((r) => r.peakMB ?? 0)) || null };
  const cliVersion = timed(process.execPath, [path.join(ROOT, 'bin', 'vanthu.cjs'), '--version']);

  let lo: { cold: ReturnType<typeof timed>; warm: ReturnType<typeof timed> } | null = null;
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
  if (soffice) {
    const profile = `file://${path.join(work, 'lo-profile')}`;
    const args = [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      path.join(work, 'lo'),
      csv,
    ];
    lo = { cold: timed(soffice, args), warm: timed(soffice, args) };
  }

  const pdfPages = (f: string) => {
    try {
      return /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8' }))?.[1] ?? '?';
    } catch {
      return '?';
    }
  };
  const lines = [
    `Sổ đăng ký văn bản đến, quý I/2026, ${N} văn bản (imported: ${imported.Imported} rows in ${importS.toFixed(2)} s)`,
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`,
    `vanthu books.print in-process (median of 3): ${(inproc.ms / 1000).toFixed(2)} s, ${inproc.pages} pages, ${(inproc.size / 1048576).toFixed(1)} MB PDF, memory growth over the open app ≤ ${inproc.growthMB.toFixed(0)} MB`,
    `vanthu CLI end-to-end, \`vanthu book …\` (median of 3): ${cli.s.toFixed(2)} s, peak RSS ${cli.peakMB?.toFixed(0) ?? '?'} MB (CLI start-up alone, vanthu --version: ${cliVersion.s.toFixed(2)} s)`,
    lo
      ? `LibreOffice headless CSV → PDF: cold ${lo.cold.s.toFixed(2)} s (peak ${lo.cold.peakMB?.toFixed(0) ?? '?'} MB), warm ${lo.warm.s.toFixed(2)} s (peak ${lo.warm.peakMB?.toFixed(0) ?? '?'} MB), ${pdfPages(path.join(work, 'lo', 'so-den-q1.pdf'))} pages${lo.warm.code === 0 ? '' : ` [exit ${lo.warm.code}: ${lo.warm.err}]`}`
      : 'LibreOffice: not installed (apt-get install libreoffice-calc-nogui) — no peer figure',
  ];
  if (lo) {
    const best = Math.min(lo.cold.s, lo.warm.s);
    lines.push(
      `ratio vanthu CLI / LibreOffice (best run): ${(cli.s / best).toFixed(2)}; in-process / LibreOffice: ${(inproc.ms / 1000 / best).toFixed(2)} — target ≤ 0.33`,
    );
  }
  lines.push(loadAverageLine(), `files kept in ${work}`);
  process.stdout.write(lines.join('\n') + '\n');
}

runBench(main);
