/**
 * The statistics report as a PDF, laid out like an administrative document (Phụ lục I): agency
 * heading at the left, Quốc hiệu and Tiêu ngữ at the right, place and date, title, then tables and a
 * bar chart per month. A4 portrait, margins 20/20/30/15 mm, page numbers from page 2.
 */
import type { AgencyProfile } from '../../../../src-shared/contracts/agency.contract';
import type { Report } from '../../../../src-shared/contracts/books.contract';
import type { FontFamily } from './fonts';
import { closeReport, ensure, LEFT, LH, openReport, RIGHT, section, table, type Ctx } from './admin-page';
import { mm } from './pdf-canvas';

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
  const x = await openReport(family, agency, dateIso, {
    pdfTitle: `Báo cáo thống kê văn bản đến, văn bản đi — ${report.Label}`,
    subject: 'Thống kê văn bản đến, văn bản đi',
    period: report.Label,
  });

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

  return closeReport(x);
}
