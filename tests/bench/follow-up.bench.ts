/**
 * Follow-up book and handling report benchmark (a script, not a timed test):
 *   npx tsx tests/bench/follow-up.bench.ts [entries=10000]
 * Imports a quarter's sổ đến of `entries` documents (the books benchmark's corpus), gives each one
 * its workflow through `workflow.step` — chuyển thẳng to one of six units (with a phối hợp unit),
 * chuyển, a progress note for one in three, hoàn thành for three in five — then, in one process and
 * alternating so that both sides see the same machine, three runs of each:
 *   - the Sổ đăng ký văn bản đến of the quarter (`books.print`): the peer, same number of rows;
 *   - the Sổ theo dõi giải quyết văn bản đến of the quarter (`books.printFollowUp`, preview);
 *   - the report "tình hình giải quyết văn bản đến" by unit (`books.handlingReport`) of the quarter
 *     and of the year, and its PDF.
 * Targets (issue 14): the follow-up book under the sổ đến's time; the year's report ≤ 1 s. The
 * report reads only the period's documents (arrival-date index), so its time follows the documents
 * of the year, not the size of the register: run with entries = a year's intake to see that figure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src-main/app/create-app';
import { fixedClock } from '../../src-main/core/clock';
import { silentLogger } from '../../src-main/core/logger';
import { AGENCY, quarterCsv } from './book-corpus';
import { callDirect } from '../support/app-harness';
import { loadAverageLine, runBench } from '../support/bench-report';

const N = Number(process.argv[2] ?? 10_000);
const UNITS = ['Văn phòng', 'Phòng Tài chính - Kế hoạch', 'Phòng Nội vụ', 'Phòng Tư pháp', 'Phòng Văn hóa - Xã hội', 'Công an xã'];
const Q1 = { From: '2026-01-01', To: '2026-03-31' };

type App = ReturnType<typeof createApp>;
const call = (app: App, name: string, input: unknown) => callDirect<any>(app, name, input);

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-followup-bench-'));
  const csv = path.join(work, 'so-den-q1.csv');
  fs.writeFileSync(csv, quarterCsv(N));
  const app = createApp({ dataDir: path.join(work, 'data') }, { logger: silentLogger, clock: fixedClock('2026-04-10T02:00:00Z') });
  await call(app, 'agency.saveProfile', AGENCY);
  const imported = await call(app, 'books.import', { Direction: 'den', Path: csv });
  const units: { kind: 'unit'; id: string }[] = [];
  for (const name of UNITS) units.push({ kind: 'unit', id: (await call(app, 'directory.addUnit', { name })).id });

  const t0 = performance.now();
  const docs = (await call(app, 'workflow.followUp', { from: Q1.From, to: Q1.To, limit: 100_000 })).rows as {
    entryId: string;
    arrivalDate: string;
  }[];
  let steps = 0;
  for (const [i, d] of docs.entries()) {
    const at = `${d.arrivalDate}T08:00`;
    const step = async (s: unknown) => (await call(app, 'workflow.step', { entryId: d.entryId, step: s }), steps++);
    await step({ kind: 'chuyen-thang', chuTri: units[i % units.length], phoiHop: [units[(i + 1) % units.length]], at });
    await step({ kind: 'chuyen', method: i % 2 ? 'dien-tu' : 'giay-ky-nhan', date: d.arrivalDate });
    if (i % 3 === 0) await step({ kind: 'tien-do', note: 'Đang tổng hợp ý kiến các đơn vị phối hợp.', at: `${d.arrivalDate}T15:00` });
    if (i % 5 < 3) await step({ kind: 'hoan-thanh', how: 'luu-de-biet', at: `${d.arrivalDate}T16:00` });
  }
  const stepsS = (performance.now() - t0) / 1000;

  const runs: Record<'book' | 'followUp' | 'reportQ' | 'reportY' | 'reportPdf', number[]> = {
    book: [],
    followUp: [],
    reportQ: [],
    reportY: [],
    reportPdf: [],
  };
  let facts = { bookPages: 0, followUpPages: 0, followUpEntries: 0, units: 0, received: 0 };
  for (let r = 0; r < 3; r++) {
    const book = await timed(() => call(app, 'books.print', { Direction: 'den', ...Q1 }));
    const fu = await timed(() => call(app, 'books.printFollowUp', { ...Q1, Paper: 'a4' }));
    const rq = await timed(() => call(app, 'books.handlingReport', { Year: 2026, Quarter: 1 }));
    const ry = await timed(() => call(app, 'books.handlingReport', { Year: 2026 }));
    const rp = await timed(() => call(app, 'books.handlingReportFile', { Period: { Year: 2026 }, Format: 'pdf' }));
    runs.book.push(book.ms);
    runs.followUp.push(fu.ms);
    runs.reportQ.push(rq.ms);
    runs.reportY.push(ry.ms);
    runs.reportPdf.push(rp.ms);
    facts = {
      bookPages: book.value.Pages,
      followUpPages: fu.value.Pages,
      followUpEntries: fu.value.Entries,
      units: ry.value.Rows.length,
      received: ry.value.Total.Received,
    };
  }
  app.close();
  if (facts.followUpEntries !== N || facts.received !== N) {
    throw new Error(`expected ${N} documents, the follow-up book has ${facts.followUpEntries} and the report ${facts.received}`);
  }

  const book = median(runs.book);
  const followUp = median(runs.followUp);
  const lines = [
    `quý I/2026: ${imported.Imported} văn bản đến imported, ${steps} workflow steps recorded through workflow.step in ${stepsS.toFixed(1)} s (${((stepsS * 1000) / steps).toFixed(2)} ms/step)`,
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}; medians of 3, alternating`,
    `Sổ đăng ký văn bản đến (peer, books.print):       ${s(book)}  ${facts.bookPages} pages`,
    `Sổ theo dõi giải quyết văn bản đến (printFollowUp): ${s(followUp)}  ${facts.followUpPages} pages — ratio ${(followUp / book).toFixed(2)} (target < 1)`,
    `handling report by unit, quarter: ${s(median(runs.reportQ))}; year 2026: ${s(median(runs.reportY))} (${facts.units} units, ${facts.received} documents; target ≤ 1 s); its PDF: ${s(median(runs.reportPdf))}`,
    loadAverageLine(),
    `files kept in ${work}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

runBench(main);
