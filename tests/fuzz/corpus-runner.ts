/**
 * Runs damaged files through the real entry points (the router, as the CLI calls it) and records
 * what came back: a result, or an error of which kind. An `Internal` error, anything thrown that is
 * not the router's answer, or a case over its time bound is a finding; the test prints the tally,
 * the slowest case and the peak memory (RSS of this process, sampled) per format.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { App } from '../../src-main/app/create-app';

export interface Outcome {
  id: number;
  mutator: string;
  result: string;
  ms: number;
}

export interface CorpusReport {
  format: string;
  cases: number;
  tally: Record<string, number>;
  findings: Outcome[];
  slowest: Outcome | null;
  peakRssMb: number;
  seconds: number;
}

/** Kinds a damaged file may end in: anything else (Internal, a throw, a hang) is a finding. */
export const ACCEPTED = new Set(['ok', 'Validation', 'Infected']);

export async function routerCall(app: App, name: string, input: unknown): Promise<string> {
  const r = await app.router.call(name, input, { transport: 'direct' });
  if (r.ok) return 'ok';
  return r.error.kind === 'Internal' ? `Internal: ${r.error.message}` : r.error.kind;
}

export async function runCorpus(
  format: string,
  cases: Iterable<{ id: number; name: string; bytes: Buffer }>,
  dir: string,
  ext: string,
  check: (file: string, bytes: Buffer) => Promise<string>,
  opts: { timeoutMs?: number; accepted?: Set<string> } = {},
): Promise<CorpusReport> {
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const accepted = opts.accepted ?? ACCEPTED;
  const started = Date.now();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const report: CorpusReport = { format, cases: 0, tally: {}, findings: [], slowest: null, peakRssMb: 0, seconds: 0 };
  try {
    for (const c of cases) {
      const file = path.join(dir, `${format}-${c.id}-${c.name}${ext}`);
      fs.writeFileSync(file, c.bytes);
      const t0 = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const result = await Promise.race([
        check(file, c.bytes).catch((err: unknown) => `threw: ${(err as Error)?.stack ?? String(err)}`),
        new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`hang: over ${timeoutMs} ms`), timeoutMs))),
      ]);
      clearTimeout(timer);
      const o: Outcome = { id: c.id, mutator: c.name, result, ms: Math.round(performance.now() - t0) };
      report.cases++;
      const key = result.split(':')[0]!;
      report.tally[key] = (report.tally[key] ?? 0) + 1;
      if (!accepted.has(result)) report.findings.push(o);
      else fs.rmSync(file, { force: true });
      if (!report.slowest || o.ms > report.slowest.ms) report.slowest = o;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
  } finally {
    clearInterval(sampler);
  }
  report.peakRssMb = Math.round(peak / 1048576);
  report.seconds = Math.round((Date.now() - started) / 100) / 10;
  return report;
}

export function printReport(r: CorpusReport): void {
  const slow = r.slowest ? `${r.slowest.ms} ms (#${r.slowest.id} ${r.slowest.mutator})` : '-';
  process.stdout.write(
    `fuzz ${r.format}: ${r.cases} cases in ${r.seconds} s · ${JSON.stringify(r.tally)} · findings ${r.findings.length} · slowest ${slow} · peak RSS ${r.peakRssMb} MB\n`,
  );
  for (const f of r.findings) process.stdout.write(`  #${f.id} ${f.mutator}: ${f.result.slice(0, 300)}\n`);
}
