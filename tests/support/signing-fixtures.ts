/**
 * Test documents and images for the signing tests, built the way real ones look: an ND30 decision
 * of a commune People's Committee (original sample body text from tests/fixtures/text, Liberation Serif, an
 * empty "Số:      /QĐ-UBND" line), a separate-file appendix, a scanned-like 10 MB PDF, a red
 * agency seal and a blue handwritten signature as transparent PNGs at their real size (pHYs).
 * The PNGs are drawn as vector PDFs and rasterised with poppler's pdftocairo -transp.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import fontkit from '@cantoo/fontkit';
import { degrees, PDFDocument, rgb, type PDFFont } from '@cantoo/pdf-lib';
import { fixtureLines } from './fixture-text';
import { drawCentred, MM, wrapText } from './pdf-layout';

/** The app's own bundled Liberation Serif (same files as Debian's fonts-liberation2). */
const FONT_DIR = path.resolve(__dirname, '..', '..', 'resources', 'fonts');

export const AGENCY_NAME = 'Ủy ban nhân dân xã Tân Phú';
export const LEADER_NAME = 'Nguyễn Văn Thử';

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  boldItalic: PDFFont;
}

async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  doc.registerFontkit(fontkit);
  const load = (f: string) => doc.embedFont(fs.readFileSync(path.join(FONT_DIR, f)), { subset: true });
  return {
    regular: await load('LiberationSerif-Regular.ttf'),
    bold: await load('LiberationSerif-Bold.ttf'),
    italic: await load('LiberationSerif-Italic.ttf'),
    boldItalic: await load('LiberationSerif-BoldItalic.ttf'),
  };
}

/** Body paragraphs ("Căn cứ …", articles) of the commune's decision in tests/fixtures/text. */
export function seedParagraphs(): string[] {
  const lines = fixtureLines('01-qd-quy-che-gui-nhan-van-ban-dien-tu.txt');
  // From the first "Căn cứ" on: the sample's own header ("Số: 12/QĐ-UBND …") must not reach the body.
  const from = lines.findIndex((l) => l.startsWith('Căn cứ'));
  return lines.slice(from).filter((l) => l.length > 40 && !l.startsWith('- '));
}

/**
 * A QUYẾT ĐỊNH of UBND xã Tân Phú laid out per Phụ lục I (A4, margins 30/15 mm), number and day
 * left blank for the clerk, with the signature block (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / name) on the
 * last page. `pages` repeats body text until the document has that many pages.
 */
export async function decisionPdf(opts: { pages?: number; numberLine?: string; objectStreams?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const f = await embedFonts(doc);
  const W = 595.28;
  const H = 841.89;
  const left = 30 * MM;
  const right = W - 15 * MM;
  const leftCol = left + 25 * MM;
  const rightCol = right - 62 * MM;
  let page = doc.addPage([W, H]);
  // First baseline one line below the 20 mm top margin: the text itself starts at the margin.
  let y = H - 20 * MM - 10;

  drawCentred(page, 'ỦY BAN NHÂN DÂN', f.bold, 13, leftCol, y);
  drawCentred(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', f.bold, 12, rightCol, y);
  y -= 16;
  drawCentred(page, 'XÃ TÂN PHÚ', f.bold, 13, leftCol, y);
  drawCentred(page, 'Độc lập - Tự do - Hạnh phúc', f.bold, 13, rightCol, y);
  page.drawLine({ start: { x: leftCol - 25, y: y - 4 }, end: { x: leftCol + 25, y: y - 4 }, thickness: 0.6 });
  page.drawLine({ start: { x: rightCol - 80, y: y - 4 }, end: { x: rightCol + 80, y: y - 4 }, thickness: 0.6 });
  y -= 30;
  drawCentred(page, opts.numberLine ?? 'Số:        /QĐ-UBND', f.regular, 13, leftCol, y);
  drawCentred(page, 'Tân Phú, ngày        tháng        năm 2026', f.italic, 13, rightCol, y);
  y -= 40;
  drawCentred(page, 'QUYẾT ĐỊNH', f.bold, 14, W / 2, y);
  y -= 18;
  for (const l of ['Ban hành Quy chế gửi, nhận văn bản điện tử', 'trong các cơ quan hành chính nhà nước trên địa bàn xã']) {
    drawCentred(page, l, f.bold, 14, W / 2, y);
    y -= 17;
  }
  y -= 14;
  drawCentred(page, 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHÚ', f.bold, 14, W / 2, y);
  y -= 26;

  const paragraphs = seedParagraphs();
  const wanted = opts.pages ?? 1;
  const bottom = 25 * MM;
  let i = 0;
  const newPage = () => {
    page = doc.addPage([W, H]);
    y = H - 20 * MM;
    drawCentred(page, String(doc.getPageCount()), f.regular, 13, W / 2, H - 12 * MM);
  };
  const blockHeight = 150;
  // Fill until the last page has room only for the signature block.
  for (;;) {
    const para = paragraphs[i % paragraphs.length]!;
    const lines = wrapText(para, f.regular, 14, right - left - 12 * MM);
    const needed = lines.length * 18 + 6;
    const isLast = doc.getPageCount() >= wanted && (wanted > 1 || i >= 3);
    if (isLast && y - needed < bottom + blockHeight) break;
    if (y - needed < bottom) {
      if (doc.getPageCount() >= wanted) break;
      newPage();
    }
    lines.forEach((l, k) => {
      page.drawText(l, { x: left + (k === 0 ? 1 * MM * 10 : 0), y, size: 14, font: f.regular });
      y -= 18;
    });
    y -= 6;
    i++;
  }
  if (y < bottom + blockHeight) newPage();

  y -= 10;
  page.drawText('Nơi nhận:', { x: left, y, size: 12, font: f.boldItalic });
  drawCentred(page, 'TM. ỦY BAN NHÂN DÂN', f.bold, 13, rightCol, y);
  drawCentred(page, 'CHỦ TỊCH', f.bold, 13, rightCol, y - 16);
  ['- Như Điều 3;', '- UBND huyện Đồng Phú;', '- Lưu: VT, VP.'].forEach((l, k) =>
    page.drawText(l, { x: left, y: y - 16 - k * 14, size: 11, font: f.regular }),
  );
  drawCentred(page, LEADER_NAME, f.bold, 13, rightCol, y - 16 - 80);
  return doc.save({ useObjectStreams: opts.objectStreams ?? false });
}

/** A separate-file appendix (Phụ lục) of the decision: the agency signs it with text top right. */
export async function appendixPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const f = await embedFonts(doc);
  const page = doc.addPage([595.28, 841.89]);
  drawCentred(page, 'Phụ lục', f.bold, 14, 297.64, 760);
  drawCentred(page, 'DANH SÁCH CƠ QUAN, ĐƠN VỊ THỰC HIỆN GỬI, NHẬN VĂN BẢN ĐIỆN TỬ', f.bold, 13, 297.64, 742);
  drawCentred(page, '(Kèm theo Quyết định số      /QĐ-UBND ngày    tháng    năm 2026 của UBND xã Tân Phú)', f.italic, 13, 297.64, 724);
  ['1. Văn phòng HĐND và UBND xã', '2. Ban Chỉ huy Quân sự xã', '3. Công an xã Tân Phú', '4. Trường Tiểu học Tân Phú'].forEach((l, k) =>
    page.drawText(l, { x: 85, y: 690 - k * 20, size: 14, font: f.regular }),
  );
  return doc.save({ useObjectStreams: false });
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Inserts (or replaces) the pHYs chunk: the PNG then records its real size. */
export function withDpi(png: Buffer, dpi: number): Buffer {
  const ppm = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(ppm, 0);
  data.writeUInt32BE(ppm, 4);
  data[8] = 1;
  const parts: Buffer[] = [png.subarray(0, 8)];
  for (let off = 8; off < png.length;) {
    const len = png.readUInt32BE(off);
    const type = png.toString('latin1', off + 4, off + 8);
    const whole = png.subarray(off, off + 12 + len);
    if (type !== 'pHYs') parts.push(whole);
    if (type === 'IHDR') parts.push(chunk('pHYs', data));
    off += 12 + len;
  }
  return Buffer.concat(parts);
}

function rasterise(pdf: Uint8Array, dpi: number): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-png-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.pdf'), pdf);
    execFileSync('pdftocairo', ['-png', '-transp', '-singlefile', '-r', String(dpi), path.join(dir, 'in.pdf'), path.join(dir, 'out')]);
    return withDpi(fs.readFileSync(path.join(dir, 'out.png')), dpi);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The agency's round red seal, 36 mm, agency name around the rim and a star inside. */
export async function sealPng(dpi = 300): Promise<Buffer> {
  const size = 36 * MM;
  const doc = await PDFDocument.create();
  const f = await embedFonts(doc);
  const page = doc.addPage([size, size]);
  const red = rgb(0.85, 0.08, 0.1);
  const c = size / 2;
  page.drawCircle({ x: c, y: c, size: c - 1.5, borderColor: red, borderWidth: 2.2 });
  page.drawCircle({ x: c, y: c, size: c - 19, borderColor: red, borderWidth: 0.9 });
  const ring = (text: string, radius: number, from: number, to: number, upper: boolean) => {
    const chars = [...text];
    chars.forEach((ch, k) => {
      const t = from + ((to - from) * (k + 0.5)) / chars.length;
      const a = (t * Math.PI) / 180;
      const w = f.bold.widthOfTextAtSize(ch, 8.5);
      const rot = upper ? t - 90 : t + 90;
      const r = (rot * Math.PI) / 180;
      const x = c + radius * Math.cos(a) - (w / 2) * Math.cos(r);
      const y = c + radius * Math.sin(a) - (w / 2) * Math.sin(r);
      page.drawText(ch, { x, y, size: 8.5, font: f.bold, color: red, rotate: degrees(rot) });
    });
  };
  ring('ỦY BAN NHÂN DÂN XÃ TÂN PHÚ', c - 12, 165, 15, true);
  ring('ĐỒNG PHÚ - ĐỒNG NAI', c - 5, 215, 325, false);
  const star = Array.from({ length: 10 }, (_, k) => {
    const r = k % 2 === 0 ? 13 : 5.2;
    const a = Math.PI / 2 + (k * Math.PI) / 5;
    return `${k === 0 ? 'M' : 'L'} ${(r * Math.cos(a)).toFixed(2)} ${(-r * Math.sin(a)).toFixed(2)}`;
  }).join(' ');
  page.drawSvgPath(`${star} Z`, { x: c, y: c, color: red });
  return rasterise(await doc.save(), dpi);
}

/** A blue handwritten-looking signature, 50 × 20 mm. */
export async function signaturePng(dpi = 300): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([50 * MM, 20 * MM]);
  const blue = rgb(0.05, 0.2, 0.7);
  const strokes = [
    'M 8 40 C 20 10, 30 70, 40 30 S 55 5, 62 35 C 66 50, 70 20, 80 28 C 90 36, 95 18, 105 26',
    'M 30 22 C 60 12, 100 14, 130 20',
    'M 100 40 C 110 20, 118 48, 126 30 C 130 22, 132 40, 138 34',
  ];
  for (const d of strokes) page.drawSvgPath(d, { x: 0, y: 20 * MM, borderColor: blue, borderWidth: 1.6 });
  return rasterise(await doc.save(), dpi);
}

/** Random-pixel PNG (incompressible, like a colour scan's noise). */
function noisePng(width: number, height: number, seed: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let s = seed >>> 0;
  for (let i = 0; i < raw.length; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    raw[i] = i % (width * 3 + 1) === 0 ? 0 : s >>> 24;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A "scanned" document: `pages` A4 pages, each one incompressible image, about `mb` MB in total. */
export async function scannedPdf(pages = 10, mb = 10): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const perPage = (mb * 1024 * 1024) / pages;
  const side = Math.ceil(Math.sqrt(perPage / 3));
  for (let p = 0; p < pages; p++) {
    const img = await doc.embedPng(noisePng(side, side, crypto.randomInt(1, 2 ** 31)));
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return doc.save({ useObjectStreams: false });
}
