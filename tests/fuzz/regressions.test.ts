/**
 * Every damaged file that once ended in an internal error, a wrong verdict, a library's words or
 * minutes of CPU, kept as a fixture (tests/fixtures/fuzz, made by the fuzz harness) with the answer
 * it must get now. The first three are the cases issue 18 was filed with.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runVanthu, testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';

const FIX = path.join(ROOT, 'tests', 'fixtures', 'fuzz');
const fixture = (name: string) => path.join(FIX, name);
const app = testApp();
afterAll(() => app.close());

/** A PDF of n empty pages, written by hand (pdf-lib would take minutes to build 100,000). */
function manyPages(n: number): Buffer {
  const parts: string[] = ['%PDF-1.7\n'];
  const offs: number[] = [];
  let len = parts[0]!.length;
  const add = (s: string) => {
    offs.push(len);
    parts.push(s);
    len += Buffer.byteLength(s, 'latin1');
  };
  add('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n');
  const kids: string[] = [];
  for (let i = 0; i < n; i++) kids.push(`${i + 3} 0 R`);
  add(`2 0 obj\n<< /Type /Pages /Count ${n} /Kids [${kids.join(' ')}] >>\nendobj\n`);
  for (let i = 0; i < n; i++) add(`${i + 3} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n`);
  const xref = len;
  const rows = ['0000000000 65535 f \n', ...offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)];
  parts.push(
    `xref\n0 ${offs.length + 1}\n${rows.join('')}trailer\n<< /Size ${offs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
  );
  return Buffer.from(parts.join(''), 'latin1');
}

type Failure = { kind: string; message: string; details?: Record<string, unknown> };
async function call(name: string, input: unknown): Promise<{ ok: true; value: unknown } | { ok: false; error: Failure }> {
  return (await app.router.call(name, input, { transport: 'direct' })) as never;
}

describe('fuzz regressions', () => {
  it('PDFs whose page tree pdf.js recovers but pdf-lib cannot copy are refused at import by name (was Internal "reading \'node\'" at assembly)', async () => {
    const files = fs.readdirSync(FIX).filter((f) => f.startsWith('intake-page-tree-'));
    expect(files).toHaveLength(5);
    for (const f of files) {
      const r = await call('intake.importFiles', { paths: [fixture(f)] });
      expect(r.ok, f).toBe(false);
      const e = (r as { error: Failure }).error;
      expect(e.kind, f).toBe('Validation');
      expect(e.details?.reason, f).toBe('damaged-pdf');
      expect(e.message).toContain(`"${f}"`);
      expect(e.message).toMatch(/bị hỏng cấu trúc/);
    }
  });

  it('a two-signature PDF with 20 random bytes changed: intake gives its pages or a named refusal, never Internal', async () => {
    const r = await call('intake.importFiles', { paths: [fixture('two-signatures-flipped.pdf')] });
    if (!r.ok) expect(r.error.kind).toBe('Validation');
    else {
      const a = await call('intake.assemble', { batchId: (r.value as { batch: { id: string } }).batch.id });
      expect(a.ok || (a as { error: Failure }).error.kind === 'Validation').toBe(true);
    }
  });

  it('a signed PDF cut inside its signature is "signed and damaged", not unsigned — in the operation and the CLI (was: signatures [], and minutes of CPU)', async () => {
    const r = await call('signing.verify', { path: fixture('verify-cut-in-contents.pdf') });
    expect(r.ok).toBe(true);
    const v = (r as { value: { fileState: string; damage?: string; allValid: boolean } }).value;
    expect(v).toMatchObject({ fileState: 'damaged', allValid: false });
    expect(v.damage).toMatch(/chữ ký số nhưng .*(hỏng|không đọc được)/);
    expect(v.damage).toMatch(/cắt cụt/);

    const data = tempDataDir('vanthu-fuzz-cli-');
    const cli = runVanthu(['--data', data, 'verify', fixture('verify-cut-in-contents.pdf')]);
    expect(cli.code).toBe(10);
    expect(cli.stdout).toMatch(/CÓ CHỮ KÝ NHƯNG BỊ HỎNG/);
    expect(cli.stdout).not.toMatch(/không có chữ ký số/);
  });

  it('the verifier tells unsigned from not-a-PDF', async () => {
    const dir = tempDataDir('vanthu-fuzz-kinds-');
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage();
    fs.writeFileSync(path.join(dir, 'unsigned.pdf'), await doc.save());
    fs.writeFileSync(path.join(dir, 'note.pdf'), 'Đây là ghi chú, không phải PDF.');
    const unsigned = await call('signing.verify', { path: path.join(dir, 'unsigned.pdf') });
    expect(unsigned).toMatchObject({ ok: true, value: { fileState: 'unsigned', signatures: [], allValid: false } });
    const notPdf = await call('signing.verify', { path: path.join(dir, 'note.pdf') });
    expect(notPdf).toMatchObject({ ok: false, error: { kind: 'Validation', details: { reason: 'not-pdf' } } });
  });

  it('a PNG with garbage in its image data is "ảnh bị hỏng", in the clerk\'s words; the library\'s words stay in details (was "vipspng: libpng read error")', async () => {
    const r = await call('intake.importFiles', { paths: [fixture('png-idat-garbage.png')] });
    expect(r.ok).toBe(false);
    const e = (r as { error: Failure }).error;
    expect(e.kind).toBe('Validation');
    expect(e.message).toMatch(/^Tệp "png-idat-garbage.png": ảnh bị hỏng/);
    expect(e.message).not.toMatch(/vips|libpng/i);
    expect(String(e.details?.detail)).toMatch(/png/i);
  });

  it('a PDF of 100,000 pages is refused by its page count, the limit named, before any page is read', async () => {
    const file = path.join(tempDataDir('vanthu-fuzz-pages-'), 'tram-nghin-trang.pdf');
    fs.writeFileSync(file, manyPages(100_000));
    const r = await call('files.import', { path: file });
    expect(r).toMatchObject({ ok: false, error: { kind: 'Validation', details: { reason: 'too-many-pages' } } });
    expect((r as { error: Failure }).error.message).toMatch(/100000 trang, vượt quá 5000 trang/);
  });
});
