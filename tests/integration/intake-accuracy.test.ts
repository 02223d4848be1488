/**
 * Per-field accuracy of page-1 extraction on realistic scans: the fixture documents (scan-fixtures.ts,
 * sample body text from tests/fixtures/text) laid out as ND30 pages, rendered at 200 dpi, skewed (+0.4° and −1.6°), tinted,
 * noisy, JPEG q80/q60 — 16 pages through the real pipeline (deskew, native tesseract, extractor).
 * Prints the table reported in the closing note; fails if accuracy drops below what it showed.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_NAMES, type FieldName } from '../../src-shared/contracts/intake-ocr.contract';
import { foldVietnamese } from '../../src-shared/domain';
import { silentLogger } from '../../src-main/core/logger';
import { extractFields } from '../../src-main/features/intake/extract/fields';
import { createOcrService } from '../../src-main/features/intake/ocr/ocr.service';
import { FIXTURE_DOCS, HARD, MILD, renderDocPdf, scanLike } from '../support/scan-fixtures';
import { needTools } from '../support/tools';

// VANTHU_OCR_ENGINE=wasm measures tesseract.js with the npm data instead (no native tesseract needed).
const engine = process.env.VANTHU_OCR_ENGINE === 'wasm' ? 'wasm' : 'native';
const tools = needTools(...(engine === 'native' ? (['tesseract-vie'] as const) : []));

/** Exact after NFC and whitespace; OrganName and Subject also exact (case and diacritics count). */
const same = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : a.normalize('NFC').replace(/\s+/g, ' ').trim() === b.normalize('NFC').replace(/\s+/g, ' ').trim();
const sameFolded = (a: string | null, b: string | null) => (a === null || b === null ? a === b : foldVietnamese(a) === foldVietnamese(b));

describe.skipIf(tools.skip)(tools.title('field extraction accuracy on realistic scans'), () => {
  it('reads the seven register fields of 16 scanned pages', async () => {
    const looks = [
      ['mild', MILD],
      ['hard', HARD],
    ] as const;
    const pages: { doc: (typeof FIXTURE_DOCS)[number]; look: string; image: Buffer }[] = [];
    for (const doc of FIXTURE_DOCS) {
      const pdf = await renderDocPdf(doc);
      for (const [k, [name, look]] of looks.entries()) pages.push({ doc, look: name, image: await scanLike(pdf, look, k + 11) });
    }
    const ocr = createOcrService({ logger: silentLogger, config: { workers: 2 }, choice: () => engine });
    const started = Date.now();
    const r = await ocr.ocrImages(
      pages.map((p) => ({ image: p.image, dpi: 200 })),
      { textLayer: false },
    );
    const seconds = (Date.now() - started) / 1000;
    const exact: Record<string, number> = {};
    const folded: Record<string, number> = {};
    const misses: string[] = [];
    let calibrated = 0;
    let confident = 0;
    pages.forEach((p, i) => {
      const ex = extractFields(r.pages[i]!.text, { ocrConfidence: r.pages[i]!.meanConfidence });
      for (const f of FIELD_NAMES) {
        const got = ex.fields[f as FieldName];
        const want = p.doc.truth[f as FieldName];
        if (same(got, want)) exact[f] = (exact[f] ?? 0) + 1;
        else misses.push(`${p.doc.id}/${p.look} ${f}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)} (conf ${ex.confidence[f]})`);
        if (sameFolded(got, want)) folded[f] = (folded[f] ?? 0) + 1;
        if ((ex.confidence[f] ?? 0) >= 0.8) {
          confident++;
          if (same(got, want)) calibrated++;
        }
      }
    });
    const n = pages.length;
    const rows = FIELD_NAMES.map(
      (f) =>
        `  ${f.padEnd(13)} ${String(exact[f] ?? 0).padStart(2)}/${n}  ${(((exact[f] ?? 0) / n) * 100).toFixed(0).padStart(3)}%   folded ${(((folded[f] ?? 0) / n) * 100).toFixed(0).padStart(3)}%`,
    );
    const total = FIELD_NAMES.reduce((s, f) => s + (exact[f] ?? 0), 0);
    console.log(
      [
        `Field accuracy, ${n} pages (${FIXTURE_DOCS.length} documents × mild/hard), ${r.engine}, ${(seconds / n).toFixed(2)} s/page with 2 workers:`,
        ...rows,
        `  all fields     ${total}/${n * FIELD_NAMES.length}  ${((total / (n * FIELD_NAMES.length)) * 100).toFixed(1)}%`,
        `  fields given confidence ≥ 0.8: ${confident}, of which correct ${calibrated} (${((calibrated / Math.max(1, confident)) * 100).toFixed(0)}%)`,
        ...misses.map((m) => `  miss: ${m}`),
      ].join('\n'),
    );
    expect(total / (n * FIELD_NAMES.length)).toBeGreaterThanOrEqual(0.9);
    for (const f of ['CodeNumber', 'CodeNotation', 'IssuedDate', 'TypeName'] as const) expect(exact[f] ?? 0).toBeGreaterThanOrEqual(n - 1);
  }, 300_000);
});
