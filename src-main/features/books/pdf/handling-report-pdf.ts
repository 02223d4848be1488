/**
 * Báo cáo tình hình giải quyết văn bản đến (Phụ lục VI Phần V.2) as a PDF laid out like an
 * administrative document: heading, title and period, the table by unit in charge, and a bar per
 * unit (finished on time, finished late, in progress, overdue).
 */
import type { AgencyProfile } from '../../../../src-shared/contracts/agency.contract';
import type { HandlingReport } from '../../../../src-shared/contracts/workflow-print.contract';
import { formatDdMmYyyy } from '../../../../src-shared/domain';
import { closeReport, ensure, LEFT, LH, openReport, RIGHT, section, table, type Ctx } from './admin-page';
import type { FontFamily } from './fonts';
import { mm } from './pdf-canvas';

export const HANDLING_HEADERS = ['Đơn vị chủ trì', 'Tiếp nhận', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang giải quyết', 'Quá hạn'];
const GRAYS = [0.85, 0.55, 0.7, 0.2];

export function handlingCells(r: HandlingReport['Total']): string[] {
  return [r.Unit, String(r.Received), String(r.OnTime), String(r.Late), String(r.InProgress), String(r.Overdue)];
}

function bars(x: Ctx, report: HandlingReport): void {
  const max = Math.max(1, ...report.Rows.map((r) => r.Received));
  const labelW = mm(45);
  const barMax = RIGHT - LEFT - labelW - mm(10);
  for (const r of report.Rows) {
    const lines = x.c.wrap('regular', 10, r.Unit, labelW - 4);
    const h = Math.max(14, lines.length * 12) + 4;
    ensure(x, h);
    lines.forEach((l, i) => x.c.drawText('regular', 10, LEFT, x.y - 10 - i * 12, l));
    let bx = LEFT + labelW;
    [r.OnTime, r.Late, r.InProgress, r.Overdue].forEach((v, i) => {
      const w = (barMax * v) / max;
      if (w > 0) x.c.rect(bx, x.y - 12, w, 10, { fillGray: GRAYS[i]!, stroke: false });
      bx += w;
    });
    x.c.drawText('regular', 9, bx + 3, x.y - 10, String(r.Received));
    x.y -= h;
  }
  ensure(x, LH * 2);
  let lx = LEFT + labelW;
  HANDLING_HEADERS.slice(2).forEach((label, i) => {
    x.c.rect(lx, x.y - 10, 8, 8, { fillGray: GRAYS[i]!, stroke: false });
    x.c.drawText('regular', 9, lx + 11, x.y - 9, label);
    lx += x.c.width('regular', 9, label) + 24;
  });
  x.y -= LH * 2;
}

export async function renderHandlingReport(
  report: HandlingReport,
  agency: AgencyProfile,
  family: FontFamily,
  dateIso: string,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const x = await openReport(family, agency, dateIso, {
    pdfTitle: `Báo cáo tình hình giải quyết văn bản đến — ${report.Label}`,
    subject: 'Tình hình giải quyết văn bản đến',
    period: `${report.Label} (số liệu đến ngày ${formatDdMmYyyy(report.AsOf)})`,
  });
  section(x, 'I. THEO ĐƠN VỊ CHỦ TRÌ');
  table(
    x,
    HANDLING_HEADERS,
    [3, 1, 1.2, 1.2, 1.2, 1],
    [...report.Rows.map(handlingCells), handlingCells(report.Total)],
    ['left', 'center', 'center', 'center', 'center', 'center'],
  );
  section(x, 'II. BIỂU ĐỒ');
  bars(x, report);
  return closeReport(x);
}
