/**
 * Fuzz corpus, PDF: damaged copies of a two-signature, a one-signature and an unsigned PDF go
 * through `signing.verify` and through `intake.importFiles` + `intake.assemble` (the paths of
 * `vanthu verify` and `vanthu intake`). Each ends in a verdict or a Validation error, never Internal.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { needTools } from '../support/tools';
import { printReport, routerCall, runCorpus } from './corpus-runner';
import { cases, pdf } from './mutate';
import { plainPdf, signedPdf } from './seeds';

const tools = needTools('openssl');
const app = testApp();
const dir = tempDataDir('vanthu-fuzz-pdf-');
const PEAK_MB = 700;
let seeds: Record<string, Buffer>;

beforeAll(async () => {
  if (tools.skip) return;
  seeds = { two: Buffer.from(await signedPdf(2)), one: Buffer.from(await signedPdf(1)), plain: Buffer.from(await plainPdf(3)) };
});
afterAll(() => app.close());

const verify = (file: string) => routerCall(app, 'signing.verify', { path: file });
async function intake(file: string): Promise<string> {
  const r = await app.router.call('intake.importFiles', { paths: [file] }, { transport: 'direct' });
  if (!r.ok) return r.error.kind === 'Internal' ? `Internal: ${r.error.message}` : r.error.kind;
  const batchId = (r.value as { batch: { id: string } }).batch.id;
  return routerCall(app, 'intake.assemble', { batchId, out: `${file}.out.pdf` });
}

/** `count` damaged copies of each seed named in `bases` (its cases numbered from there) through `check`: no finding, memory under the bound. */
async function fuzzSeeds(op: string, count: number, check: (file: string) => Promise<string>, bases: Record<string, number>) {
  for (const [name, base] of Object.entries(bases)) {
    const r = await runCorpus(`pdf-${op}-${name}`, cases(seeds[name]!, pdf, count, base), dir, '.pdf', check);
    printReport(r);
    expect(r.findings).toEqual([]);
    expect(r.peakRssMb).toBeLessThan(PEAK_MB);
  }
}

describe.skipIf(tools.skip)(tools.title('fuzz: damaged PDFs reach a verdict or a clear refusal'), () => {
  it('verify: 240 damaged signed and unsigned PDFs, no internal error, no hang', async () => {
    await fuzzSeeds('verify', 80, verify, { two: 1000, one: 2000, plain: 3000 });
  });

  it('intake: 120 damaged PDFs import and assemble or are refused by name', async () => {
    // The intact seed first: it starts the workers (pdf.js, the raster) so that their start-up on a
    // loaded machine is not counted against the first damaged case's hang bound — and it must pass.
    const intact = `${dir}/intact.pdf`;
    fs.writeFileSync(intact, seeds.two!);
    expect(await intake(intact)).toBe('ok');
    await fuzzSeeds('intake', 60, intake, { two: 5000, plain: 6000 });
  });
});
