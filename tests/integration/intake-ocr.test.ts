/**
 * OCR end to end: a realistic 200 dpi scan of a Vietnamese quyết định goes in, a searchable PDF
 * comes out (invisible text layer over the image), page-1 fields are read, the register finds
 * the document by words of its text; the ĐẾN stamp makes a new revision and keeps the original.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callDirect, runVanthu, SAMPLE_AGENCY, testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { FIXTURE_DOCS, MILD, renderDocPdf, scanLike } from '../support/scan-fixtures';
import { needTools } from '../support/tools';

const native = needTools('tesseract-vie', 'pdftotext');
const dir = tempDataDir('vanthu-ocr-');
const doc = FIXTURE_DOCS[0]!;
const scan = path.join(dir, 'qd-1048.jpg');

beforeAll(async () => {
  fs.writeFileSync(scan, await scanLike(await renderDocPdf(doc), MILD, 7));
}, 60_000);

describe.skipIf(native.skip)(native.title('OCR with native tesseract (vie)'), () => {
  const app = testApp();
  afterAll(() => app.close());
  const call = <T>(name: string, input: unknown) => callDirect<T>(app, name, input);

  it('makes a searchable PDF, reads the fields, and the register finds it by its text', async () => {
    await call('agency.saveProfile', SAMPLE_AGENCY);
    const imported = await call<{ batch: { id: string } }>('intake.importFiles', { paths: [scan] });
    const out = path.join(dir, 'qd.pdf');
    const made = await call<{
      file: { sha256: string; textChars: number };
      ocr: { fields: Record<string, string | null>; confidence: Record<string, number>; engine: string; pages: { angle: number }[] };
    }>('intake.assemble', { batchId: imported.batch.id, ocr: true, out });
    expect(made.ocr.engine).toBe('tesseract-cli');
    expect(made.ocr.pages[0]!.angle).toBeCloseTo(MILD.skewDeg, 1);
    expect(made.ocr.fields).toMatchObject({
      CodeNumber: '1048',
      CodeNotation: 'QĐ-SNgV',
      IssuedDate: '2016-11-22',
      TypeName: 'Quyết định',
      OrganName: 'SỞ NGOẠI VỤ',
    });
    expect(made.ocr.confidence.CodeNumber).toBeGreaterThan(0.8);
    // The text layer is in the PDF: pdftotext reads Vietnamese with its diacritics.
    const text = spawnSync('pdftotext', [out, '-']).stdout.toString();
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toMatch(/Sở Ngoại vụ tỉnh Bình Định/);
    expect(made.file.textChars).toBeGreaterThan(300);
    // Register the document with the prefilled fields, then search by words only in its text.
    const f = made.ocr.fields;
    const reg = await app.router.call(
      'register.addIncoming',
      {
        CodeNumber: f.CodeNumber,
        CodeNotation: f.CodeNotation,
        IssuedDate: f.IssuedDate,
        OrganName: f.OrganName,
        TypeName: f.TypeName,
        Subject: f.Subject,
        FileSha256: made.file.sha256,
      },
      { transport: 'direct' },
    );
    expect(reg.ok).toBe(true);
    const found = await call<{ items: { id: string }[] }>('register.search', { q: 'chanh van phong' });
    expect(found.items).toHaveLength(1);
  }, 120_000);

  it('ĐẾN stamp: a new revision on page 1, the original kept byte for byte', async () => {
    const imported = await call<{ batch: { id: string } }>('intake.importFiles', { paths: [scan] });
    const made = await call<{ file: { sha256: string } }>('intake.assemble', { batchId: imported.batch.id });
    const st = await call<{ original: string; file: { sha256: string } }>('intake.stampArrival', {
      sha256: made.file.sha256,
      ArrivalNumber: 125,
      ArrivalDate: '2026-03-05',
      Chuyen: 'Đ/c Chánh VP',
      FileNotation: 'HS-01',
    });
    expect(st.file.sha256).not.toBe(st.original);
    const store = (sha: string) => path.join(app.dataDirPath, 'files', sha.slice(0, 2), sha);
    const before = fs.readFileSync(store(st.original));
    const after = fs.readFileSync(store(st.file.sha256));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    const text = spawnSync('pdftotext', ['-f', '1', '-l', '1', store(st.file.sha256), '-']).stdout.toString();
    expect(text).toContain('ĐẾN');
    expect(text).toContain('125');
    expect(text).toContain('05/03/2026');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ TÂN PHÚ');
  }, 60_000);

  it('CLI: vanthu ocr FILE --json gives text, fields and confidence', () => {
    const r = runVanthu(['--data', tempDataDir(), 'ocr', scan, '--json']);
    expect(r.code).toBe(0);
    const v = r.json() as { text: string; fields: Record<string, string | null>; confidence: Record<string, number> };
    expect(v.text).toMatch(/Căn cứ/);
    expect(Object.keys(v.fields).sort()).toEqual([
      'CodeNotation',
      'CodeNumber',
      'IssuedDate',
      'OrganName',
      'SignerName',
      'Subject',
      'TypeName',
    ]);
    expect(v.fields.CodeNumber).toBe('1048');
    expect(Object.keys(v.confidence)).toHaveLength(7);
  }, 60_000);
});

describe('OCR with tesseract.js and the npm Vietnamese data (no network)', () => {
  it('reads the số, ký hiệu and date of the same page', async () => {
    const r = runVanthu(['--data', tempDataDir(), 'ocr', scan, '--json'], { VANTHU_OCR_ENGINE: 'wasm', VANTHU_OCR_WORKERS: '1' });
    expect(r.code, r.stderr).toBe(0);
    const v = r.json() as { engine: string; fields: Record<string, string | null> };
    expect(v.engine).toBe('tesseract-wasm');
    expect(v.fields).toMatchObject({ CodeNumber: '1048', IssuedDate: '2016-11-22' });
  }, 120_000);
});
