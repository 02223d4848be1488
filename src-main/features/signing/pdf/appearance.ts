import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@cantoo/fontkit';
import {
  beginText,
  concatTransformationMatrix,
  drawObject,
  endText,
  moveText,
  popGraphicsState,
  pushGraphicsState,
  setFillingGrayscaleColor,
  setFontAndSize,
  showText,
  type PDFDocument,
  type PDFFont,
  type PDFRef,
} from '@cantoo/pdf-lib';
import { appError } from '../../../../src-shared/rpc/errors';
import { toVnIso, type Instant } from '../../../../src-shared/domain/vn-time';

/**
 * Visible appearances of Nghị định 30/2020 Phụ lục I:
 * - II.7.d  signer: the competent person's signature image (blue PNG, transparent), no text;
 * - II.8.a  seal:   the agency seal (red PNG) at its real size, over ~1/3 of the signer image, left;
 * - II.8.b / III.1.d attachment in a separate file, and Phần II.I.3 electronic copy: no image,
 *           text top right of page 1, Times New Roman 10 pt, upright, black.
 * Liberation Serif stands in for Times New Roman (same metrics, OFL, full Vietnamese coverage).
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MM = 72 / 25.4;
export const TEXT_SIZE_PT = 10;
const LINE_GAP = 1.15;
const MAX_PNG_BYTES = 8 * 1024 * 1024;
const MAX_PNG_SIDE = 8000;

export function fontPath(resourcesDir: string): string {
  return path.join(resourcesDir, 'fonts', 'LiberationSerif-Regular.ttf');
}

/** Embeds Liberation Serif subset (only the glyphs used), so a signature adds a few KB, not 400. */
export async function embedSerif(doc: PDFDocument, fontBytes: Uint8Array): Promise<PDFFont> {
  doc.registerFontkit(fontkit);
  return doc.embedFont(fontBytes, { subset: true });
}

export interface PngInfo {
  width: number;
  height: number;
  /** Pixels per metre from the pHYs chunk, when the PNG records its physical size. */
  pixelsPerMetre?: { x: number; y: number };
}

/** Reads the PNG header (and pHYs) without decoding: bounds the input before pdf-lib touches it. */
export function readPngInfo(bytes: Uint8Array, label: string): PngInfo {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const image = { field: 'image' };
  if (b.length > MAX_PNG_BYTES)
    throw appError('signing.pngTooBig', { label, size: Math.round(b.length / 1024), max: MAX_PNG_BYTES / 1048576 }, image);
  if (b.length < 33 || b.readUInt32BE(0) !== 0x89504e47 || b.toString('latin1', 12, 16) !== 'IHDR')
    throw appError('signing.pngNotPng', { label }, image);
  const info: PngInfo = { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (info.width === 0 || info.height === 0 || info.width > MAX_PNG_SIDE || info.height > MAX_PNG_SIDE) {
    throw appError('signing.pngBadSize', { label, width: info.width, height: info.height }, image);
  }
  for (let off = 8; off + 12 <= b.length;) {
    const len = b.readUInt32BE(off);
    const type = b.toString('latin1', off + 4, off + 8);
    if (type === 'pHYs' && len >= 9 && off + 17 <= b.length && b[off + 16] === 1) {
      info.pixelsPerMetre = { x: b.readUInt32BE(off + 8), y: b.readUInt32BE(off + 12) };
    }
    if (type === 'IDAT' || type === 'IEND') break;
    off += 12 + len;
  }
  return info;
}

/** Real-world size of a PNG in points, from its pHYs chunk. */
export function pngPhysicalSizePt(info: PngInfo): { width: number; height: number } | undefined {
  const ppm = info.pixelsPerMetre;
  if (!ppm || ppm.x < 400 || ppm.y < 400) return undefined; // under ~10 dpi is a placeholder, not a scan
  return { width: (info.width / ppm.x) * 1000 * MM, height: (info.height / ppm.y) * 1000 * MM };
}

/** Image appearance: the PNG fills the box, aspect kept, centred. Returns the Form XObject ref. */
export async function imageAppearance(doc: PDFDocument, png: Uint8Array, box: { width: number; height: number }): Promise<PDFRef> {
  const image = await doc.embedPng(png);
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  const ops = [
    pushGraphicsState(),
    concatTransformationMatrix(w, 0, 0, h, (box.width - w) / 2, (box.height - h) / 2),
    drawObject('Im1'),
    popGraphicsState(),
  ];
  const form = doc.context.formXObject(ops, {
    BBox: [0, 0, box.width, box.height],
    Resources: { XObject: { Im1: image.ref } },
  });
  return doc.context.register(form);
}

export function textBlockSize(font: PDFFont, lines: string[], size = TEXT_SIZE_PT): { width: number; height: number } {
  const width = Math.max(...lines.map((l) => font.widthOfTextAtSize(l, size)));
  return { width: Math.ceil(width + 4), height: Math.ceil(lines.length * size * LINE_GAP + 4) };
}

/** Text appearance: black, upright, left-aligned lines at `size` pt. */
export function textAppearance(
  doc: PDFDocument,
  font: PDFFont,
  fontName: string,
  lines: string[],
  size = TEXT_SIZE_PT,
): { ref: PDFRef; width: number; height: number } {
  const box = textBlockSize(font, lines, size);
  const ops = [beginText(), setFillingGrayscaleColor(0), setFontAndSize(fontName, size)];
  const descent = size * 0.22;
  lines.forEach((line, i) => {
    const y = box.height - 2 - (i + 1) * size * LINE_GAP + (size * LINE_GAP - size) / 2 + descent;
    ops.push(i === 0 ? moveText(2, y) : moveText(0, -size * LINE_GAP), showText(font.encodeText(line)));
  });
  ops.push(endText());
  const form = doc.context.formXObject(ops, { BBox: [0, 0, box.width, box.height], Resources: { Font: { [fontName]: font.ref } } });
  return { ref: doc.context.register(form), ...box };
}

/** "05/03/2026 14:30:15 +07:00": date, time and the Vietnam offset, as Phụ lục I asks (ISO 8601 zone). */
export function vnSigningTimeText(at: Instant): string {
  const iso = toVnIso(at); // 2026-03-05T14:30:15+07:00
  const [date, rest] = iso.split('T') as [string, string];
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y} ${rest.slice(0, 8)} ${rest.slice(8)}`;
}

/** PDF date string in Vietnam time, e.g. D:20260305143015+07'00' (ISO 32000-1 §7.9.4). */
export function pdfDateVn(at: Instant): string {
  const iso = toVnIso(at);
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+07'00'`;
}

/**
 * Top-right box on a page for the attachment / copy text (box 14 of the Phụ lục I layout). It sits
 * in the top margin (20–25 mm per Phụ lục I.I), 4 mm from the edge, so three 10 pt lines (13.6 mm) end above
 * the Quốc hiệu instead of printing over it.
 */
export function topRightRect(pageSize: { width: number; height: number }, box: { width: number; height: number }): Rect {
  const right = 15 * MM;
  const top = 4 * MM;
  return { x: pageSize.width - right - box.width, y: pageSize.height - top - box.height, width: box.width, height: box.height };
}

export function readFileBounded(file: string, max: number, label: string): Uint8Array {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw appError('signing.inputNotFound', { label, path: file }, { path: file });
  }
  if (!st.isFile()) throw appError('signing.inputNotAFile', { label, path: file }, { path: file });
  if (st.size > max) throw appError('signing.inputTooBig', { label, path: file, max: Math.round(max / 1048576) }, { path: file });
  return new Uint8Array(fs.readFileSync(file));
}
