/**
 * Page layout shared by the PDFs laid out like an administrative document (Phụ lục I): A4 portrait,
 * margins 20/20/30/15 mm, page numbers from page 2, the heading (agency at the left, Quốc hiệu and
 * Tiêu ngữ at the right — or the Party heading), paragraphs and tables whose rows never split.
 * Used by the statistics report, the workflow report and the Phiếu giải quyết văn bản đến.
 */
import type { AgencyProfile } from '../../../../src-shared/contracts/agency.contract';
import { formatNgayThangNam } from '../../../../src-shared/domain';
import type { FontFamily } from './fonts';
import { mm, PdfCanvas, type Face } from './pdf-canvas';

export const W = mm(210);
export const H = mm(297);
export const LEFT = mm(30);
export const RIGHT = W - mm(15);
export const TOP = H - mm(20);
export const BOTTOM = mm(20);
export const SIZE = 12;
export const LH = SIZE * 1.25;
const PAD = 3;

export interface Ctx {
  c: PdfCanvas;
  y: number;
  page: number;
}

export function newPage(x: Ctx): void {
  x.c.addPage(W, H);
  x.page++;
  if (x.page > 1) x.c.drawAligned('regular', 13, 0, W, H - mm(12), String(x.page), 'center');
  x.y = TOP;
}

export function ensure(x: Ctx, height: number): void {
  if (x.y - height < BOTTOM) newPage(x);
}

export function paragraph(
  x: Ctx,
  face: Face,
  size: number,
  text: string,
  align: 'left' | 'center' = 'left',
  left = LEFT,
  right = RIGHT,
): void {
  for (const line of x.c.wrap(face, size, text, right - left)) {
    ensure(x, size * 1.3);
    x.c.drawAligned(face, size, left, right - left, x.y - size, line, align);
    x.y -= size * 1.3;
  }
}

/** A table with a bold header row; rows never split, the header repeats on a new page. */
export function table(x: Ctx, headers: string[], widths: number[], rows: string[][], aligns: ('left' | 'center')[]): void {
  const total = widths.reduce((a, b) => a + b, 0);
  const colW = widths.map((w) => ((RIGHT - LEFT) * w) / total);
  const colX = colW.map((_, i) => LEFT + colW.slice(0, i).reduce((a, b) => a + b, 0));
  const drawRow = (cells: string[], face: Face, fill?: number) => {
    const lines = cells.map((cell, i) => x.c.wrap(face, SIZE, cell, colW[i]! - 2 * PAD));
    const h = Math.max(1, ...lines.map((l) => l.length)) * LH + 2 * PAD;
    return { lines, h, face, fill };
  };
  const head = drawRow(headers, 'bold', 0.92);
  const put = (r: ReturnType<typeof drawRow>) => {
    if (r.fill !== undefined) x.c.rect(LEFT, x.y - r.h, RIGHT - LEFT, r.h, { fillGray: r.fill, stroke: false });
    r.lines.forEach((lines, i) => {
      let ty = x.y - PAD - SIZE * 0.9;
      for (const l of lines) {
        x.c.drawAligned(r.face, SIZE, colX[i]! + PAD, colW[i]! - 2 * PAD, ty, l, r.face === 'bold' ? 'center' : aligns[i]!);
        ty -= LH;
      }
    });
    x.c.rect(LEFT, x.y - r.h, RIGHT - LEFT, r.h, { lineWidth: 0.5 });
    for (const cx of colX.slice(1)) x.c.line(cx, x.y, cx, x.y - r.h, 0.5);
    x.y -= r.h;
  };
  ensure(x, head.h + LH * 2);
  put(head);
  for (const cells of rows) {
    const r = drawRow(cells, 'regular');
    if (x.y - r.h < BOTTOM) {
      newPage(x);
      put(head);
    }
    put(r);
  }
  x.y -= LH * 0.6;
}

/** A section heading kept with the start of its table. */
export function section(x: Ctx, title: string): void {
  ensure(x, LH * 6);
  paragraph(x, 'bold', 13, title);
}

/**
 * The heading of an administrative document: agency at the left, Quốc hiệu and Tiêu ngữ at the
 * right (Phụ lục I); a Party body instead puts its superior body, itself and a "*" at the left,
 * "ĐẢNG CỘNG SẢN VIỆT NAM" at the right. `dateLine` (place and date) goes under the right block.
 * Leaves `x.y` one line under the lower of the two blocks.
 */
export function documentHeading(x: Ctx, agency: Pick<AgencyProfile, 'system' | 'parentName' | 'name'>, dateLine: string): void {
  const c = x.c;
  const leftW = mm(74);
  const rightL = LEFT + mm(74);
  const top = x.y;
  const party = agency.system === 'party';
  paragraph(x, 'regular', 12, agency.parentName.toLocaleUpperCase('vi'), 'center', LEFT, LEFT + leftW);
  paragraph(x, 'bold', 12, agency.name.toLocaleUpperCase('vi'), 'center', LEFT, LEFT + leftW);
  if (party) paragraph(x, 'bold', 12, '*', 'center', LEFT, LEFT + leftW);
  else c.line(LEFT + leftW / 3, x.y - 1, LEFT + (2 * leftW) / 3, x.y - 1, 0.6);
  const leftBottom = x.y;
  x.y = top;
  const mid = (rightL + RIGHT) / 2;
  if (party) {
    const title = 'ĐẢNG CỘNG SẢN VIỆT NAM';
    paragraph(x, 'bold', 14, title, 'center', rightL, RIGHT);
    const w = c.width('bold', 14, title);
    c.line(mid - w / 2, x.y - 1, mid + w / 2, x.y - 1, 0.8);
  } else {
    paragraph(x, 'bold', 12, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'center', rightL, RIGHT);
    paragraph(x, 'bold', 13, 'Độc lập - Tự do - Hạnh phúc', 'center', rightL, RIGHT);
    const mottoW = c.width('bold', 13, 'Độc lập - Tự do - Hạnh phúc');
    c.line(mid - mottoW / 2, x.y - 1, mid + mottoW / 2, x.y - 1, 0.6);
  }
  x.y -= 8;
  paragraph(x, 'italic', 13, dateLine, 'center', rightL, RIGHT);
  x.y = Math.min(x.y, leftBottom) - LH;
}

/**
 * The opening of a report (Phụ lục VI): its canvas and first page, the document heading dated
 * `dateIso`, then "BÁO CÁO", what it reports on and its period, centred.
 */
export async function openReport(
  family: FontFamily,
  agency: AgencyProfile,
  dateIso: string,
  t: { pdfTitle: string; subject: string; period: string },
): Promise<Ctx> {
  const c = await PdfCanvas.create(family, { title: t.pdfTitle, subject: agency.name, date: new Date(dateIso) });
  const x: Ctx = { c, y: TOP, page: 0 };
  newPage(x);
  documentHeading(x, agency, formatNgayThangNam(dateIso.slice(0, 10), agency.placeName));
  paragraph(x, 'bold', 14, 'BÁO CÁO', 'center');
  paragraph(x, 'bold', 14, t.subject, 'center');
  paragraph(x, 'italic', 13, t.period, 'center');
  x.y -= LH;
  return x;
}

/** A report's finished PDF and its number of pages. */
export async function closeReport(x: Ctx): Promise<{ bytes: Uint8Array; pages: number }> {
  const bytes = await x.c.save();
  return { bytes, pages: x.c.pageCount };
}
