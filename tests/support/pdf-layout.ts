/** Laying out the text of the test documents drawn with pdf-lib (scan-fixtures.ts, signing-fixtures.ts). */
import type { PDFFont, PDFPage } from '@cantoo/pdf-lib';

/** PDF points in a millimetre. */
export const MM = 72 / 25.4;

/** `text` broken at spaces into lines no wider than `width` at `size` (a word wider than that stands alone). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** Draws `text` centred on x = `cx`. */
export const drawCentred = (page: PDFPage, text: string, font: PDFFont, size: number, cx: number, y: number) =>
  page.drawText(text, { x: cx - font.widthOfTextAtSize(text, size) / 2, y, size, font });
