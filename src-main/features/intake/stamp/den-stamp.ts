/**
 * The "ĐẾN" block of Nghị định 30/2020 Phụ lục IV.V (35 mm high × 50 mm wide, 5 rows: agency
 * name; ĐẾN | Số; Ngày; Chuyển; Số và ký hiệu HS), drawn on page 1 of a scanned incoming
 * document as an incremental update: the original bytes stay, unchanged, at the start of the new
 * revision (and the original file stays in the store). The block goes where page 1 has the least
 * ink among the usual places, so it does not cover the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@cantoo/fontkit';
import { rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { loadPdfDocument } from '../../pdf/pdf-lib-load';
import sharp from 'sharp';
import { formatDdMmYyyy } from '../../../../src-shared/domain';
import { appError } from '../../../../src-shared/rpc/errors';
import type { PdfRaster } from '../pdf/pdf-raster';

export const MM = 72 / 25.4;
export const STAMP_W_MM = 50;
export const STAMP_H_MM = 35;

export interface ArrivalStamp {
  agencyName: string;
  arrivalNumber: number;
  arrivalDate: string;
  chuyen?: string | undefined;
  fileNotation?: string | undefined;
}

/** A TrueType font with Vietnamese glyphs: shipped resources first, then the system's. */
export function findStampFonts(resourcesDir: string | null): { regular: string; bold: string } {
  const sets: [string, string][] = [];
  if (resourcesDir) {
    const dir = path.join(resourcesDir, 'fonts');
    for (const [r, b] of [
      ['Tinos-Regular.ttf', 'Tinos-Bold.ttf'],
      ['LiberationSerif-Regular.ttf', 'LiberationSerif-Bold.ttf'],
    ])
      sets.push([path.join(dir, r!), path.join(dir, b!)]);
  }
  sets.push(
    ['/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf', '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf'],
    ['/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf'],
    ['/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf'],
    ['C:\\Windows\\Fonts\\times.ttf', 'C:\\Windows\\Fonts\\timesbd.ttf'],
    ['/Library/Fonts/Times New Roman.ttf', '/Library/Fonts/Times New Roman Bold.ttf'],
  );
  for (const [regular, bold] of sets) if (fs.existsSync(regular) && fs.existsSync(bold)) return { regular, bold };
  throw appError('intake.stampFontMissing', undefined, { reason: 'font-missing' });
}

/** Candidate places (from the top-left of the page, mm), in order of preference for ties. */
const CANDIDATES_MM = [
  { x: 15, y: 45 },
  { x: 145, y: 45 },
  { x: 15, y: 240 },
  { x: 145, y: 240 },
  { x: 15, y: 12 },
  { x: 145, y: 12 },
];

/** Picks the candidate rectangle with the least ink on a 50 dpi rendering of page 1. */
export async function chooseStampPlace(
  pdf: Uint8Array,
  pageW: number,
  pageH: number,
  raster: PdfRaster,
): Promise<{ x: number; y: number }> {
  const dpi = 50;
  const png = await raster.render(pdf, 0, dpi);
  const { data, info } = await sharp(png).grayscale().raw().toBuffer({ resolveWithObject: true });
  let best = { x: 15 * MM, y: pageH - (45 + STAMP_H_MM) * MM };
  let bestInk = Infinity;
  for (const c of CANDIDATES_MM) {
    if ((c.x + STAMP_W_MM) * MM > pageW || (c.y + STAMP_H_MM) * MM > pageH) continue;
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    let ink = 0;
    for (let y = px(c.y); y < Math.min(info.height, px(c.y + STAMP_H_MM)); y++) {
      for (let x = px(c.x); x < Math.min(info.width, px(c.x + STAMP_W_MM)); x++) if ((data[y * info.width + x] as number) < 160) ink++;
    }
    if (ink < bestInk) {
      bestInk = ink;
      best = { x: c.x * MM, y: pageH - (c.y + STAMP_H_MM) * MM };
    }
  }
  return best;
}

function fitText(text: string, font: PDFFont, maxWidth: number, size: number, min = 6): number {
  let s = size;
  while (s > min && font.widthOfTextAtSize(text, s) > maxWidth) s -= 0.25;
  return s;
}

function drawBlock(page: PDFPage, at: { x: number; y: number }, v: ArrivalStamp, regular: PDFFont, bold: PDFFont): void {
  const color = rgb(0.78, 0.05, 0.05);
  const w = STAMP_W_MM * MM;
  const h = STAMP_H_MM * MM;
  const row = h / 5;
  const left = 13.5 * MM;
  const { x, y } = at;
  page.drawRectangle({ x, y, width: w, height: h, borderColor: color, borderWidth: 1.2 });
  for (const k of [1, 2, 4]) page.drawLine({ start: { x, y: y + row * k }, end: { x: x + w, y: y + row * k }, color, thickness: 0.8 });
  page.drawLine({ start: { x: x + left, y: y + row * 2 }, end: { x: x + left, y: y + row * 4 }, color, thickness: 0.8 });
  page.drawLine({ start: { x: x + left, y: y + row * 3 }, end: { x: x + w, y: y + row * 3 }, color, thickness: 0.5 });
  const pad = 1.5 * MM;
  const name = v.agencyName.toUpperCase();
  const nameSize = fitText(name, bold, w - 2 * pad, 9);
  page.drawText(name, {
    x: x + (w - bold.widthOfTextAtSize(name, nameSize)) / 2,
    y: y + row * 4 + (row - nameSize) / 2 + 1,
    size: nameSize,
    font: bold,
    color,
  });
  const den = 'ĐẾN';
  const denSize = fitText(den, bold, left - 2, 14);
  page.drawText(den, {
    x: x + (left - bold.widthOfTextAtSize(den, denSize)) / 2,
    y: y + row * 3 - denSize / 2 + 1,
    size: denSize,
    font: bold,
    color,
  });
  const line = (label: string, value: string, rowTop: number, x0: number) => {
    const size = 9;
    page.drawText(label, { x: x0 + pad, y: y + rowTop - row / 2 - size / 2 + 1.5, size, font: bold, color });
    const lw = bold.widthOfTextAtSize(label, size) + 2;
    const vs = fitText(value, regular, x + w - (x0 + pad + lw) - pad, 10);
    page.drawText(value, {
      x: x0 + pad + lw,
      y: y + rowTop - row / 2 - size / 2 + 1.5,
      size: vs,
      font: regular,
      color: rgb(0.05, 0.05, 0.4),
    });
  };
  line('Số:', String(v.arrivalNumber), row * 4, x + left);
  line('Ngày:', formatDdMmYyyy(v.arrivalDate), row * 3, x + left);
  line('Chuyển:', v.chuyen ?? '', row * 2, x);
  line('Số và ký hiệu HS:', v.fileNotation ?? '', row, x);
}

/** Returns the new revision's bytes: the original file followed by one incremental update. */
export async function stampArrival(
  pdf: Uint8Array,
  v: ArrivalStamp,
  fonts: { regular: string; bold: string },
  raster: PdfRaster,
): Promise<Uint8Array> {
  const doc = await loadPdfDocument(pdf, { forIncrementalUpdate: true, updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fs.readFileSync(fonts.regular), { subset: true });
  const bold = await doc.embedFont(fs.readFileSync(fonts.bold), { subset: true });
  const page = doc.getPage(0);
  const { width, height } = page.getSize();
  if (page.getRotation().angle % 360 !== 0) {
    throw appError('intake.stampRotated', undefined, { reason: 'rotated' });
  }
  const at = await chooseStampPlace(pdf, width, height, raster);
  drawBlock(page, at, v, regular, bold);
  return doc.commit({ useObjectStreams: false });
}
