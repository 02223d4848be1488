import path from 'node:path';
import { sourcesContaining } from '../../../tests/support/source-scan';
import { describe, expect, it } from 'vitest';
import { loadPdfDocument } from './pdf-lib-load';

describe('loadPdfDocument (pdf-lib behind a guard)', () => {
  it('steps over a long run of digits after a damaged object without reading it again at every byte (unguarded: quadratic, minutes)', async () => {
    const { PDFParser } = await import('@cantoo/pdf-lib');
    const proto = PDFParser.prototype as unknown as { parseIndirectObjectHeader(): unknown };
    const original = proto.parseIndirectObjectHeader;
    let attempts = 0;
    proto.parseIndirectObjectHeader = function (this: unknown) {
      attempts++;
      return original.call(this);
    };
    try {
      // 3,000 digits where pdf-lib has lost its place, like the zero padding of a signature's /Contents
      // (tens of thousands of them in a real file: there, the unguarded parser ran for minutes).
      const damaged = (digits: number) =>
        Buffer.from(
          `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n>> ${'0'.repeat(digits)}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
          'latin1',
        );
      const doc = await loadPdfDocument(damaged(3_000), { updateMetadata: false, throwOnInvalidObject: false });
      expect(doc.getPageCount()).toBe(0);
      // Unguarded, every one of the 3,000 positions is tried as an object header.
      expect(attempts).toBeLessThan(50);
      attempts = 0;
      await loadPdfDocument(damaged(300_000), { updateMetadata: false, throwOnInvalidObject: false });
      expect(attempts).toBeLessThan(50);
    } finally {
      proto.parseIndirectObjectHeader = original;
    }
  });

  it('still finds object headers: a normal file loads with its pages', async () => {
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    const d = await PDFDocument.create();
    d.addPage();
    d.addPage();
    const doc = await loadPdfDocument(await d.save({ useObjectStreams: false }));
    expect(doc.getPageCount()).toBe(2);
  });

  it('is the only module in src-main that calls PDFDocument.load', () => {
    expect(sourcesContaining(path.resolve(__dirname, '..', '..'), 'PDFDocument.load(')).toEqual([
      path.join('features', 'pdf', 'pdf-lib-load.ts'),
    ]);
  });
});
