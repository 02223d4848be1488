import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { sourcesContaining } from '../../../tests/support/source-scan';
import { describe, expect, it } from 'vitest';
import { joinRuns, loadPdfjs, openPdf, pageTextRuns } from './pdfjs-reader';

async function twoPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const p1 = doc.addPage([595, 842]);
  p1.drawText('So: 12/QD-UBND', { x: 60, y: 760, size: 13, font });
  p1.drawText('Tan Phu, ngay 2 thang 12', { x: 330, y: 760, size: 13, font });
  doc.addPage([842, 595]).drawText('Trang hai', { x: 100, y: 100, size: 20, font });
  return doc.save({ useObjectStreams: false });
}

describe('pdfjs-reader (the one pdf.js loader in main)', () => {
  it('loads pdf.js once per process', async () => {
    const [a, b] = await Promise.all([loadPdfjs(), loadPdfjs()]);
    expect(a).toBe(b);
    expect(typeof a.getDocument).toBe('function');
  });

  it('opens bytes without detaching the caller’s buffer and reads runs with their positions', async () => {
    const bytes = await twoPagePdf();
    const length = bytes.byteLength;
    const doc = await openPdf(bytes);
    try {
      expect(bytes.byteLength).toBe(length); // pdf.js got a copy
      expect(doc.numPages).toBe(2);
      const runs = await pageTextRuns(await doc.getPage(1));
      const so = runs.find((r) => r.str.includes('12/QD-UBND'));
      expect(so).toBeDefined();
      expect(so!.transform[4]).toBeCloseTo(60, 0);
      expect(so!.transform[5]).toBeCloseTo(760, 0);
      expect(Math.hypot(so!.transform[2]!, so!.transform[3]!)).toBeCloseTo(13, 0);
      expect(so!.width).toBeGreaterThan(50);
      expect(joinRuns(runs, ' ')).toContain('Tan Phu, ngay 2 thang 12');
      expect(joinRuns(await pageTextRuns(await doc.getPage(2)), '')).toBe('Trang hai');
    } finally {
      await doc.destroy();
    }
  });

  it('joins runs with the caller’s separator, a line break after a run that ends a line', () => {
    const run = (str: string, hasEOL: boolean) => ({ str, hasEOL, transform: [1, 0, 0, 1, 0, 0], width: 1 });
    expect(joinRuns([run('a', false), run('b', true), run('c', false)], ' ')).toBe('a b\nc ');
    expect(joinRuns([run('a', false), run('b', true), run('c', false)], '')).toBe('ab\nc');
  });

  it('rethrows pdf.js’s own error for a password-protected file, and for garbage', async () => {
    const doc = await PDFDocument.load(await twoPagePdf());
    doc.encrypt({ userPassword: 'mat-khau', ownerPassword: 'chu' });
    const locked = await doc.save({ useObjectStreams: false });
    await expect(openPdf(locked)).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(openPdf(new TextEncoder().encode('%PDF-1.7\nkhông phải PDF\n%%EOF'))).rejects.toBeInstanceOf(Error);
  });

  it('is the only module in src-main that names pdfjs-dist', () => {
    expect(sourcesContaining(path.resolve(__dirname, '..', '..'), 'pdfjs-dist')).toEqual([path.join('features', 'pdf', 'pdfjs-reader.ts')]);
  });
});
