/**
 * The statistics report as a PDF, laid out like an administrative document (Phụ lục I): agency
 * heading at the left, Quốc hiệu and Tiêu ngữ at the right, place and date, title, then tables and a
 * bar chart per month. A4 portrait, margins 20/20/30/15 mm, page numbers from page 2.
 */
import type { AgencyProfile } from '../../../../src-shared/contracts/agency.contract';
import type { Report } from '../../../../src-shared/contracts/books.contract';
import { formatNgayThangNam } from '../../../../src-shared/domain';
import type { FontFamily } from './fonts';
import { mm, PdfCanvas, type Face } from './pdf-canvas';

const W = mm(210);
const H = mm(297);
const LEFT = mm(30);
const RIGHT = W - mm(15);
const TOP = H - mm(20);
const BOTTOM = mm(20);
const SIZE = 12;
const LH = SIZE * 1.25;
const PAD = 3;

interface Ctx {
  c: PdfCanvas;
  y: number;
  page: number;
}

function newPage(x: Ctx): void {
  x.c.addPage(W, H);
  x.page++;
  if (x.page > 1) x.c.drawAligned('regular', 13, 0, W, H - mm(12), String(x.page), 'center');
  x.y = TOP;
}

function ensure(x: Ctx, height: number): void {
  if (x.y - height < BOTTOM) newPage(x);
}

function paragraph(x: Ctx, face: Face, size: number, text: string, align: 'left' | 'center' = 'left', left = LEFT, right = RIGHT): void {
  for (const line of x.c.wrap(face, size, text, right - left)) {
    ensure(x, size * 1.3);
    x.c.drawAligned(face, size, left, right - left, x.y - size, line, align);
    x.y -= size * 1.3;
  }
}

/** A table with a bold header row; rows never split, the header repeats on a new page. */
function table(x: Ctx, headers: string[], widths: number[], rows: string[][], aligns: ('left' | 'center')[]): void {
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
function section(x: Ctx, title: string): void {
  ensure(x, LH * 6);
  paragraph(x, 'bold', 13, title);
}

function bars(x: Ctx, report: Report): void {
  const max = Math.max(1, ...report.ByMonth.flatMap((m) => [m.Incoming, m.Outgoing]));
  const labelW = mm(22);
  const barMax = RIGHT - LEFT - labelW - mm(18);
  const rowH = 2 * 9 + 6;
  ensure(x, rowH * Math.min(report.ByMonth.length, 4) + LH * 2);
  for (const m of report.ByMonth) {
    ensure(x, rowH);
    x.c.drawText('regular', 11, LEFT, x.y - 14, `Tháng ${m.Month}`);
    const draw = (v: number, gray: number, dy: number) => {
      const w = (barMax * v) / max;
      if (w > 0) x.c.rect(LEFT + labelW, x.y - dy - 8, w, 8, { fillGray: gray, stroke: false });
      x.c.drawText('regular', 9, LEFT + labelW + w + 3, x.y - dy - 7, String(v));
    };
    draw(m.Incoming, 0.25, 2);
    draw(m.Outgoing, 0.65, 11);
    x.y -= rowH;
  }
  x.c.rect(LEFT + labelW, x.y - 10, 8, 8, { fillGray: 0.25, stroke: false });
  x.c.drawText('regular', 10, LEFT + labelW + 12, x.y - 9, 'Văn bản đến');
  x.c.rect(LEFT + labelW + mm(35), x.y - 10, 8, 8, { fillGray: 0.65, stroke: false });
  x.c.drawText('regular', 10, LEFT + labelW + mm(35) + 12, x.y - 9, 'Văn bản đi');
  x.y -= LH * 2;
}

export async function renderReport(
  report: Report,
  agency: AgencyProfile,
  family: FontFamily,
  dateIso: string,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const c = await PdfCanvas.create(family, {
    title: `Báo cáo thống kê văn bản đến, văn bản đi — ${report.Label}`,
    subject: agency.name,
    date: new Date(dateIso),
  });
  const x: Ctx = { c, y: TOP, page: 0 };
  newPage(x);

  // Heading: agency at the left, Quốc hiệu and Tiêu ngữ at the right (Phụ lục I); a Party body
  // instead puts its superior body, itself and a "*" at the left, "ĐẢNG CỘNG SẢN VIỆT NAM" at the right.
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
  paragraph(x, 'italic', 13, formatNgayThangNam(dateIso.slice(0, 10), agency.placeName), 'center', rightL, RIGHT);
  x.y = Math.min(x.y, leftBottom) - LH;

  paragraph(x, 'bold', 14, 'BÁO CÁO', 'center');
  paragraph(x, 'bold', 14, 'Thống kê văn bản đến, văn bản đi', 'center');
  paragraph(x, 'italic', 13, report.Label, 'center');
  x.y -= LH;

  const inc = report.Incoming;
  const out = report.Outgoing;
  section(x, 'I. TỔNG HỢP');
  table(
    x,
    ['Chỉ tiêu', 'Văn bản đến', 'Văn bản đi'],
    [3, 1.3, 1.3],
    [
      ['Tổng số văn bản đã đăng ký', String(inc.Total), String(out.Total)],
      ['Văn bản giấy', String(inc.Paper), String(out.Paper)],
      ['Văn bản điện tử', String(inc.Electronic), String(out.Electronic)],
      ...inc.ByUrgency.filter((u) => u.key !== 'thuong').map((u, i) => [
        `Độ khẩn: ${u.label}`,
        String(u.count),
        String(out.ByUrgency[i + 1]?.count ?? 0),
      ]),
      ['Số đã hủy', String(inc.Cancelled), String(out.Cancelled)],
    ],
    ['left', 'center', 'center'],
  );

  section(x, 'II. THEO LOẠI VĂN BẢN');
  const types = new Map<string, { label: string; den: number; di: number }>();
  for (const t of inc.ByType) types.set(t.key, { label: t.label, den: t.count, di: 0 });
  for (const t of out.ByType) {
    const e = types.get(t.key);
    if (e) e.di = t.count;
    else types.set(t.key, { label: t.label, den: 0, di: t.count });
  }
  const typeRows = [...types.values()]
    .sort((a, b) => b.den + b.di - (a.den + a.di))
    .map((t, i) => [String(i + 1), t.label, String(t.den), String(t.di)]);
  table(x, ['STT', 'Loại văn bản', 'Đến', 'Đi'], [0.6, 3, 1, 1], typeRows.length ? typeRows : [['', 'Không có văn bản', '0', '0']], [
    'center',
    'left',
    'center',
    'center',
  ]);

  section(x, 'III. THEO THÁNG');
  table(
    x,
    ['Tháng', 'Văn bản đến', 'Văn bản đi'],
    [1.5, 1.5, 1.5],
    report.ByMonth.map((m) => [String(m.Month), String(m.Incoming), String(m.Outgoing)]),
    ['center', 'center', 'center'],
  );
  bars(x, report);

  section(x, 'IV. CƠ QUAN, TỔ CHỨC GỬI VĂN BẢN ĐẾN');
  const organRows = (rows: { label: string; count: number }[]) =>
    rows.length ? rows.map((o, i) => [String(i + 1), o.label, String(o.count)]) : [['', 'Không có', '0']];
  table(x, ['STT', 'Tác giả (cơ quan gửi)', 'Số văn bản'], [0.6, 4, 1.2], organRows(inc.ByOrgan), ['center', 'left', 'center']);
  section(x, 'V. NƠI NHẬN VĂN BẢN ĐI');
  table(x, ['STT', 'Nơi nhận', 'Số văn bản'], [0.6, 4, 1.2], organRows(out.ByOrgan), ['center', 'left', 'center']);

  const bytes = await c.save();
  return { bytes, pages: c.pageCount };
}
