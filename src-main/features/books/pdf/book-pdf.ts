/**
 * Renders a BookModel as a book of Phụ lục IV (a register, or the follow-up book): page 1 is the cover
 * / first page ("bìa và trang đầu"), then the table with its headings and the "(1) … (n)" row repeated on
 * every page. Cells wrap and are never cut: a row moves to the next page whole, and a row taller
 * than a page is split across pages. Pages after the cover carry their number centred in the top
 * margin (Phụ lục I: no number on page 1). Landscape; margins leave 30 mm on the binding side.
 */
import { formatDdMmYyyy } from '../../../../src-shared/domain';
import { columnsOf, PAPER_MM, type BookColumn, type BookCover, type BookModel, type BookRow } from './book-model';
import type { FontFamily } from './fonts';
import { mm, PdfCanvas, type Face } from './pdf-canvas';

const MARGIN = { top: 20, bottom: 15, left: 30, right: 15 };
const PAD = 2.2;
const DOTS = '…………';

interface Geometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  body: number;
  head: number;
  lineHeight: number;
  colX: number[];
  colW: number[];
}

function geometry(model: BookModel): Geometry {
  const paper = PAPER_MM[model.paper];
  const width = mm(paper.width);
  const height = mm(paper.height);
  const left = mm(MARGIN.left);
  const right = width - mm(MARGIN.right);
  const cols = columnsOf(model.direction, model.kind);
  const total = cols.reduce((s, c) => s + c.weight, 0);
  const colW = cols.map((c) => ((right - left) * c.weight) / total);
  const colX: number[] = [];
  let x = left;
  for (const w of colW) {
    colX.push(x);
    x += w;
  }
  const body = model.paper === 'a3' ? 12 : 10.5;
  return {
    width,
    height,
    left,
    right,
    top: height - mm(MARGIN.top),
    bottom: mm(MARGIN.bottom),
    body,
    head: body,
    lineHeight: body * 1.18,
    colX,
    colW,
  };
}

function coverPage(c: PdfCanvas, g: Geometry, model: BookModel): void {
  c.addPage(g.width, g.height);
  const frameTop = g.top;
  const frameBottom = g.bottom;
  c.rect(g.left, frameBottom, g.right - g.left, frameTop - frameBottom, { lineWidth: 1.6 });
  c.rect(g.left + mm(2), frameBottom + mm(2), g.right - g.left - mm(4), frameTop - frameBottom - mm(4), { lineWidth: 0.5 });
  const cx = (g.left + g.right) / 2;
  const textWidth = (g.right - g.left) * 0.72;
  const big = model.paper === 'a3' ? 1.4 : 1;
  let y = frameTop - mm(16) * big;

  const centred = (face: Face, size: number, text: string, gap = 1.25) => {
    for (const line of c.wrap(face, size, text, textWidth)) {
      c.drawAligned(face, size, cx - textWidth / 2, textWidth, y, line, 'center');
      y -= size * gap;
    }
  };
  const cover = model.cover;
  const party = cover.system === 'party';
  if (party) {
    partyHeading(c, g, cover, y, big);
  } else {
    centred('regular', 13 * big, cover.parentName.toLocaleUpperCase('vi'));
    const agency = cover.agencyName.toLocaleUpperCase('vi');
    centred('bold', 13 * big, agency);
    // The short rule under the agency name, as on the heading of an administrative document.
    const ruleW = Math.min(c.width('bold', 13 * big, agency), textWidth) / 3;
    c.line(cx - ruleW / 2, y + 13 * big * 0.55, cx + ruleW / 2, y + 13 * big * 0.55, 0.6);
  }

  y = g.bottom + (g.top - g.bottom) * 0.6;
  centred('bold', 28 * big, cover.title, 1.2);
  y -= mm(10) * big;

  const size = 15 * big;
  const lines = [
    ...(party ? [`Nhiệm kỳ: ${cover.termName ?? DOTS}`] : []),
    `Năm: ${cover.yearLabel ?? cover.year}`,
    `Từ ngày ${cover.dateFrom ? formatDdMmYyyy(cover.dateFrom) : DOTS} đến ngày ${cover.dateTo ? formatDdMmYyyy(cover.dateTo) : DOTS}`,
    // The follow-up book's cover has no number range (Phụ lục IV.VIII.1).
    ...(model.kind === 'theo-doi' ? [] : [`Từ số ${cover.numberFrom ?? DOTS} đến số ${cover.numberTo ?? DOTS}`]),
    `Quyển số: ${cover.volumeNo ?? DOTS}`,
  ];
  const blockW = Math.max(...lines.map((l) => c.width('regular', size, l)));
  for (const line of lines) {
    c.drawText('regular', size, cx - blockW / 2, y, line);
    y -= size * 1.6;
  }
  if (party) {
    // 693-QĐ/VPTW governs Party registers but its forms were not available (party-documents.md §5).
    const note = 'Các cột theo mẫu sổ Phụ lục IV Nghị định 30/2020/NĐ-CP; chưa có mẫu sổ của Quy định 693-QĐ/VPTW.';
    c.drawAligned('italic', 9 * big, g.left, g.right - g.left, g.bottom + mm(6), note, 'center');
  }
}

/**
 * The heading of a Party document (Hướng dẫn 36-HD/VPTW, kept by 05-HD/VPTW): at the right
 * "ĐẢNG CỘNG SẢN VIỆT NAM" in bold capitals with a rule as long as the text; at the left the
 * superior body (regular capitals), the issuer (bold capitals) and a centred "*". No Quốc hiệu.
 */
function partyHeading(c: PdfCanvas, g: Geometry, cover: Pick<BookCover, 'parentName' | 'agencyName'>, top: number, big = 1): void {
  const half = (g.right - g.left) / 2 - mm(8);
  const leftX = g.left + mm(8);
  const rightX = g.right - mm(8) - half;
  let y = top;
  for (const [face, text] of [
    ['regular', cover.parentName.toLocaleUpperCase('vi')],
    ['bold', cover.agencyName.toLocaleUpperCase('vi')],
    ['bold', '*'],
  ] as const) {
    for (const line of c.wrap(face, 13 * big, text, half)) {
      c.drawAligned(face, 13 * big, leftX, half, y, line, 'center');
      y -= 13 * big * 1.25;
    }
  }
  const title = 'ĐẢNG CỘNG SẢN VIỆT NAM';
  c.drawAligned('bold', 14 * big, rightX, half, top, title, 'center');
  const w = c.width('bold', 14 * big, title);
  const mid = rightX + half / 2;
  c.line(mid - w / 2, top - 14 * big * 0.35, mid + w / 2, top - 14 * big * 0.35, 0.8);
}

interface TableState {
  y: number;
  pageNo: number;
  /** Top of the current run of ten-column rows (for the vertical rules), or null. */
  runTop: number | null;
}

function header(c: PdfCanvas, g: Geometry, cols: readonly BookColumn[], model: BookModel, state: TableState): void {
  c.addPage(g.width, g.height);
  state.pageNo++;
  const marginMid = g.top + (g.height - g.top) / 2 - 4;
  c.drawAligned('regular', 12, 0, g.width, marginMid, String(state.pageNo), 'center');
  // The running title stops short of the centred page number (a long term name would run into it).
  const room = g.width / 2 - 3 * 12 - g.left;
  let running = model.runningTitle;
  if (c.width('italic', 9, running) > room) {
    while (running.length > 1 && c.width('italic', 9, `${running}…`) > room) running = running.slice(0, -1);
    running = `${running.trimEnd()}…`;
  }
  c.drawText('italic', 9, g.left, marginMid, running);
  let y = g.top;
  c.line(g.left, y, g.right, y, 0.8);
  const headLines = cols.map((col, i) => c.wrap('bold', g.head, col.heading, g.colW[i]! - 2 * PAD));
  const headH = Math.max(...headLines.map((l) => l.length)) * g.lineHeight + 2 * PAD;
  headLines.forEach((lines, i) => {
    // Headings are centred vertically and horizontally in their cell.
    let ty = y - (headH - lines.length * g.lineHeight) / 2 - g.head * 0.9;
    for (const line of lines) {
      c.drawAligned('bold', g.head, g.colX[i]! + PAD, g.colW[i]! - 2 * PAD, ty, line, 'center');
      ty -= g.lineHeight;
    }
  });
  y -= headH;
  c.line(g.left, y, g.right, y, 0.5);
  const numH = g.lineHeight + 2 * PAD;
  cols.forEach((_, i) => c.drawAligned('italic', g.body, g.colX[i]!, g.colW[i]!, y - PAD - g.body * 0.9, `(${i + 1})`, 'center'));
  y -= numH;
  c.line(g.left, y, g.right, y, 0.8);
  state.y = y;
  state.runTop = g.top;
}

function closeRun(c: PdfCanvas, g: Geometry, state: TableState): void {
  if (state.runTop === null) return;
  for (const x of [...g.colX, g.right]) c.line(x, state.runTop, x, state.y, x === g.left || x === g.right ? 0.8 : 0.5);
  state.runTop = null;
}

function drawEntryLines(
  c: PdfCanvas,
  g: Geometry,
  cols: readonly BookColumn[],
  cellLines: string[][],
  from: number,
  count: number,
  state: TableState,
): void {
  cellLines.forEach((lines, i) => {
    let ty = state.y - PAD - g.body * 0.9;
    for (const line of lines.slice(from, from + count)) {
      c.drawAligned('regular', g.body, g.colX[i]! + PAD, g.colW[i]! - 2 * PAD, ty, line, cols[i]!.align);
      ty -= g.lineHeight;
    }
  });
  state.y -= count * g.lineHeight + 2 * PAD;
  c.line(g.left, state.y, g.right, state.y, 0.4);
}

function drawSpanning(c: PdfCanvas, g: Geometry, row: BookRow, cols: readonly BookColumn[], model: BookModel, state: TableState): void {
  const face: Face = row.kind === 'section' ? 'bold' : 'italic';
  const lines = c.wrap(face, g.body, row.cells[0] ?? '', g.right - g.left - 2 * PAD);
  const h = lines.length * g.lineHeight + 2 * PAD;
  if (state.y - h < g.bottom) {
    closeRun(c, g, state);
    header(c, g, cols, model, state);
  }
  closeRun(c, g, state);
  let ty = state.y - PAD - g.body * 0.9;
  for (const line of lines) {
    c.drawAligned(face, g.body, g.left + PAD, g.right - g.left - 2 * PAD, ty, line, row.kind === 'empty' ? 'center' : 'left');
    ty -= g.lineHeight;
  }
  c.line(g.left, state.y, g.left, state.y - h, 0.8);
  c.line(g.right, state.y, g.right, state.y - h, 0.8);
  state.y -= h;
  c.line(g.left, state.y, g.right, state.y, 0.4);
  state.runTop = state.y;
}

export interface RenderResult {
  bytes: Uint8Array;
  pages: number;
}

/** Renders the book. `onProgress` is told every few hundred rows, and the event loop is let through. */
export async function renderBook(
  model: BookModel,
  family: FontFamily,
  onProgress?: (done: number, total: number) => void,
): Promise<RenderResult> {
  const c = await PdfCanvas.create(family, { title: model.title, subject: model.subject, date: new Date(model.date) });
  const g = geometry(model);
  const cols = columnsOf(model.direction, model.kind);
  coverPage(c, g, model);
  const state: TableState = { y: 0, pageNo: 1, runTop: null };
  header(c, g, cols, model, state);
  // Room for rows on a page under the repeated headings (the same on every table page).
  const pageRoom = state.y - g.bottom;
  const total = model.rows.length;

  for (let r = 0; r < total; r++) {
    if (r > 0 && r % 250 === 0) {
      onProgress?.(r, total);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const row = model.rows[r]!;
    if (row.kind !== 'entry') {
      drawSpanning(c, g, row, cols, model, state);
    } else {
      const cellLines = cols.map((_, i) => c.wrap('regular', g.body, row.cells[i] ?? '', g.colW[i]! - 2 * PAD));
      const lineCount = Math.max(1, ...cellLines.map((l) => l.length));
      const height = lineCount * g.lineHeight + 2 * PAD;
      if (height > pageRoom) {
        // Taller than a whole page: split by lines, starting here when a few lines still fit.
        if (state.y - g.bottom < 3 * g.lineHeight + 2 * PAD) {
          closeRun(c, g, state);
          header(c, g, cols, model, state);
        }
        let from = 0;
        while (from < lineCount) {
          const room = Math.max(1, Math.floor((state.y - g.bottom - 2 * PAD) / g.lineHeight));
          const take = Math.min(room, lineCount - from);
          drawEntryLines(c, g, cols, cellLines, from, take, state);
          from += take;
          if (from < lineCount) {
            closeRun(c, g, state);
            header(c, g, cols, model, state);
          }
        }
        continue;
      }
      if (state.y - height < g.bottom) {
        // Keep a row on one page: it moves whole to the next page.
        closeRun(c, g, state);
        header(c, g, cols, model, state);
      }
      drawEntryLines(c, g, cols, cellLines, 0, lineCount, state);
    }
  }
  closeRun(c, g, state);
  onProgress?.(total, total);
  const bytes = await c.save();
  return { bytes, pages: c.pageCount };
}
