/**
 * Intake benchmark (a plain script, not a test): `npx tsx tests/bench/intake.bench.ts`.
 * 1. 20 pages at 200 dpi colour → PDF with vanthu's assembly, beside Debian's img2pdf (lossless
 *    JPEG wrapping, the floor) on the same JPEGs, in the same run; plus the longest event-loop
 *    stall during assembly (what the UI would feel).
 * 2. OCR seconds per page with 1 and 2 workers (native tesseract and tesseract.js), beside the
 *    plain tesseract CLI on the same pages.
 * Env: BENCH_PAGES (20), BENCH_OCR_PAGES (6).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import sharp from 'sharp';
import { silentLogger } from '../../src-main/core/logger';
import { assemblePdf } from '../../src-main/features/intake/pdf/assemble';
import { createOcrService } from '../../src-main/features/intake/ocr/ocr.service';
import { detectNativeTesseract } from '../../src-main/features/intake/ocr/tesseract-cli';
import { FIXTURE_DOCS, HARD, MILD, renderDocPdf, scanLike } from '../support/scan-fixtures';

const PAGES = Number(process.env.BENCH_PAGES ?? 20);
const OCR_PAGES = Number(process.env.BENCH_OCR_PAGES ?? 6);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-'));
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

async function main(): Promise<void> {
  console.log(
    `intake benchmark — ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, node ${process.version}`,
  );
  // Realistic scanned pages: fixture documents (scan-fixtures.ts) rendered at 200 dpi, skewed, tinted, noisy, JPEG q80.
  const files: string[] = [];
  for (let i = 0; i < PAGES; i++) {
    const doc = FIXTURE_DOCS[i % FIXTURE_DOCS.length]!;
    const f = path.join(dir, `p${String(i + 1).padStart(2, '0')}.jpg`);
    fs.writeFileSync(f, await scanLike(await renderDocPdf(doc), i % 2 ? HARD : MILD, i + 1));
    files.push(f);
  }
  const meta = await sharp(files[0]!).metadata();
  const inputBytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
  console.log(`\n${PAGES} pages ${meta.width}×${meta.height} px (A4 at 200 dpi), colour JPEG, ${kb(inputBytes)} in total`);

  // vanthu: batch masters are JPEG; assembly embeds them unchanged (colour mode, no rotation).
  const pages = files.map((f) => {
    const bytes = fs.readFileSync(f);
    return {
      kind: 'image' as const,
      bytes: () => bytes,
      pdfPage: null,
      widthPx: meta.width!,
      heightPx: meta.height!,
      dpi: 200,
      rotation: 0 as const,
      colorMode: 'color' as const,
    };
  });
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  let t = performance.now();
  const pdf = await assemblePdf(pages, { mode: 'color', quality: 80, createdAt: new Date() });
  const asmMs = performance.now() - t;
  h.disable();
  fs.writeFileSync(path.join(dir, 'vanthu.pdf'), pdf);
  console.log(
    `  vanthu assemble (colour, JPEG as is)  ${asmMs.toFixed(0).padStart(6)} ms   ${kb(pdf.length).padStart(9)}   longest event-loop stall ${(h.max / 1e6).toFixed(0)} ms`,
  );

  for (const mode of ['gray', 'bw'] as const) {
    t = performance.now();
    const p = await assemblePdf(pages, { mode, quality: 80, createdAt: new Date() });
    console.log(
      `  vanthu assemble (${mode.padEnd(4)})                ${(performance.now() - t).toFixed(0).padStart(6)} ms   ${kb(p.length).padStart(9)}`,
    );
  }
  // Whole intake path for files: each page normalised to the batch's master JPEG first.
  t = performance.now();
  const masters = await Promise.all(files.map((f) => sharp(f).rotate().jpeg({ quality: 85 }).toBuffer()));
  const p2 = await assemblePdf(
    masters.map((b, i) => ({ ...pages[i]!, bytes: () => b })),
    { mode: 'color', quality: 80, createdAt: new Date() },
  );
  console.log(
    `  vanthu normalise (sharp q85) + assemble ${(performance.now() - t).toFixed(0).padStart(5)} ms   ${kb(p2.length).padStart(9)}`,
  );

  if (has('img2pdf')) {
    const [r, ms] = time(() => spawnSync('img2pdf', ['--output', path.join(dir, 'img2pdf.pdf'), ...files]));
    if (r.status === 0)
      console.log(
        `  img2pdf (Debian, lossless wrap)        ${ms.toFixed(0).padStart(6)} ms   ${kb(fs.statSync(path.join(dir, 'img2pdf.pdf')).size).padStart(9)}`,
      );
    else console.log(`  img2pdf failed: ${r.stderr.toString().slice(0, 200)}`);
  } else console.log('  img2pdf not installed (apt-get install img2pdf)');

  // OCR.
  const ocrFiles = files.slice(0, OCR_PAGES);
  const images = ocrFiles.map((f) => ({ image: fs.readFileSync(f), dpi: 200 }));
  console.log(`\nOCR, ${OCR_PAGES} pages, Vietnamese (s/page; deskew included for vanthu)`);
  const native = detectNativeTesseract();
  const engines: ('native' | 'wasm')[] = native.ok ? ['native', 'wasm'] : ['wasm'];
  for (const engine of engines) {
    for (const workers of [1, 2]) {
      const svc = createOcrService({ logger: silentLogger, config: { workers }, choice: () => engine });
      t = performance.now();
      const r = await svc.ocrImages(images, { textLayer: true });
      const s = (performance.now() - t) / 1000 / OCR_PAGES;
      const chars = r.pages.reduce((a, p) => a + p.text.length, 0);
      console.log(
        `  vanthu ${r.engine.padEnd(14)} ${workers} worker${workers > 1 ? 's' : ' '}  ${s.toFixed(2)} s/page  (${chars} chars, mean conf ${(r.pages.reduce((a, p) => a + p.meanConfidence, 0) / OCR_PAGES).toFixed(0)})`,
      );
    }
  }
  if (native.ok) {
    t = performance.now();
    for (const f of ocrFiles)
      spawnSync('tesseract', [f, path.join(dir, 'cli'), '-l', 'vie', '--dpi', '200', 'txt', 'pdf'], {
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      });
    console.log(
      `  tesseract ${native.version} CLI, sequential, OMP_THREAD_LIMIT=1  ${((performance.now() - t) / 1000 / OCR_PAGES).toFixed(2)} s/page`,
    );
    t = performance.now();
    for (const f of ocrFiles) spawnSync('tesseract', [f, path.join(dir, 'cli'), '-l', 'vie', '--dpi', '200', 'txt', 'pdf']);
    console.log(
      `  tesseract ${native.version} CLI, sequential, OpenMP default    ${((performance.now() - t) / 1000 / OCR_PAGES).toFixed(2)} s/page`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
