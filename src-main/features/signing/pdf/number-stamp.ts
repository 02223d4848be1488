import type { PDFDocument, PDFFont } from '@cantoo/pdf-lib';
import { appError, domainAppError, domainFieldError } from '../../../../src-shared/rpc/errors';
import { parseSoKyHieu } from '../../../../src-shared/domain/code-notation';
import { parseIsoDate } from '../../../../src-shared/domain/vn-time';
import { embedSerif } from './appearance';
import { signatureWidgets } from './sig-fields';
import { toLines, type TextLine, type TextReader } from './text-layer';

/**
 * Writes the issued number and date into the empty "Số:      /QĐ-UBND" and
 * "…, ngày    tháng    năm 20…" lines of page 1 (Phụ lục I.II.3–4: the number upright, the place
 * and date italic), as page content in the same increment as the FIRST signature. For electronic
 * documents the number is issued "bằng chức năng của Hệ thống" (Điều 15.3), so it can precede the
 * leader's signature; afterwards it cannot be written without invalidating that signature (and
 * extra widgets on the signature field are not understood by poppler), so it is refused then.
 */
export interface NumberStamp {
  number: string;
  /** YYYY-MM-DD, the issue date in Vietnam. */
  issuedDate: string;
}

/** x of character `index` of the joined line text, interpolated within its item by glyph widths. */
function xAt(line: TextLine, index: number, font: PDFFont): number {
  for (let k = line.items.length - 1; k >= 0; k--) {
    const it = line.items[k]!;
    const start = line.starts[k]!;
    if (index < start) continue;
    const local = Math.min(index - start, it.str.length);
    const full = font.widthOfTextAtSize(it.str, 10);
    const part = font.widthOfTextAtSize(it.str.slice(0, local), 10);
    const x = it.x + (full > 0 ? (it.width * part) / full : 0);
    // An index in the inserted space after an item maps to the item's end.
    return index - start > it.str.length ? it.x + it.width : x;
  }
  return line.items[0]!.x;
}

const NUMBER_LINE = /^(.*?s[oốô]\s*:)(\s*)\/\s*(\S+)/iu;
const DATE_LINE = /(ngày)(\s*)(tháng)(\s*)(năm)(\s*)(\d{4})?/iu;

interface TextPiece {
  text: string;
  x: number;
  y: number;
  size: number;
  italic: boolean;
}

export async function stampNumberAndDate(
  bytes: Uint8Array,
  doc: PDFDocument,
  stamp: NumberStamp,
  fonts: { regular: Uint8Array; italic: Uint8Array },
  readText: TextReader,
): Promise<void> {
  if (signatureWidgets(doc).some((w) => w.signed)) {
    throw appError('signing.numberAfterSignature', undefined, { field: 'number', reason: 'already-signed' });
  }
  const parsed = parseSoKyHieu(stamp.number);
  if (!parsed.ok) throw domainFieldError('number', 'signing.stampNumberInvalid', parsed.error, { stamped: stamp.number });
  const date = parseIsoDate(stamp.issuedDate);
  if (!date.ok) throw domainAppError(date.error, { field: 'issuedDate' });

  const regular = await embedSerif(doc, fonts.regular);
  const italic = await embedSerif(doc, fonts.italic);
  const lines = toLines((await readText(bytes, [0])).get(0) ?? []);
  const pieces: TextPiece[] = [];

  const numberLine = lines.find((l) => NUMBER_LINE.test(l.text));
  if (!numberLine) {
    const filled = lines.find((l) => /^\s*s[oốô]\s*:?\s*\d+\s*\//iu.test(l.text));
    throw filled
      ? appError('signing.numberAlreadyFilled', { line: filled.text.trim() }, { field: 'number', reason: 'number-already-filled' })
      : appError('signing.numberLineMissing', undefined, { field: 'number', reason: 'number-line-not-found' });
  }
  const m = NUMBER_LINE.exec(numberLine.text)!;
  const notationOnPage = m[3]!.replace(/\s+/g, '');
  if (notationOnPage.normalize('NFC') !== parsed.value.codeNotation.normalize('NFC')) {
    throw appError(
      'signing.notationMismatch',
      { notation: parsed.value.codeNotation, printed: notationOnPage },
      { field: 'number', reason: 'notation-mismatch' },
    );
  }
  const slashX = xAt(numberLine, m[1]!.length + m[2]!.length, regular);
  const numberText = parsed.value.codeNumber;
  pieces.push({
    text: numberText,
    x: slashX - regular.widthOfTextAtSize(numberText, numberLine.size) - 0.5,
    y: numberLine.y,
    size: numberLine.size,
    italic: false,
  });

  const dateLine = lines.find((l) => DATE_LINE.test(l.text));
  if (!dateLine) {
    throw appError('signing.dateLineMissing', undefined, {
      field: 'issuedDate',
      reason: 'date-line-not-found',
    });
  }
  const d = DATE_LINE.exec(dateLine.text)!;
  const base = d.index;
  const g = d.slice(1) as string[];
  const end = (i: number) => base + g.slice(0, i + 1).join('').length; // index after group i
  const { day, month, year } = date.value;
  const dd = String(day).padStart(2, '0');
  // Phụ lục I.II.4.b: zero before days < 10 and months 1 and 2 only.
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  const centreIn = (text: string, from: number, to: number) => {
    const w = italic.widthOfTextAtSize(text, dateLine.size);
    const x0 = xAt(dateLine, from, italic);
    const x1 = xAt(dateLine, to, italic);
    return x1 - x0 >= w + 2 ? (x0 + x1 - w) / 2 : x0 + italic.widthOfTextAtSize(' ', dateLine.size);
  };
  pieces.push({ text: dd, x: centreIn(dd, end(0), end(1)), y: dateLine.y, size: dateLine.size, italic: true });
  pieces.push({ text: mm, x: centreIn(mm, end(2), end(3)), y: dateLine.y, size: dateLine.size, italic: true });
  if (g[6] === undefined) {
    pieces.push({
      text: String(year),
      x: xAt(dateLine, end(4), italic) + italic.widthOfTextAtSize(' ', dateLine.size),
      y: dateLine.y,
      size: dateLine.size,
      italic: true,
    });
  } else if (Number(g[6]) !== year) {
    throw appError('signing.yearMismatch', { printed: g[6]!, year }, { field: 'issuedDate' });
  }

  const page = doc.getPage(0);
  for (const p of pieces) page.drawText(p.text, { x: p.x, y: p.y, size: p.size, font: p.italic ? italic : regular });
}
