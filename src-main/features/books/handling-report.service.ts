/**
 * Tình hình giải quyết văn bản đến (Phụ lục VI Phần V.2) by unit in charge and period, from the
 * workflow's follow-up rows as at today: received, completed on time, completed late, in progress
 * (open and not overdue), overdue. Each document counts once, under its chủ trì unit.
 */
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { ReportPeriod } from '../../../src-shared/contracts/books.contract';
import type { HandlingReport, HandlingRow } from '../../../src-shared/contracts/workflow-print.contract';
import { toVnIso, vnDate } from '../../../src-shared/domain';
import { AppError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { WorkflowReader } from './follow-up-print.service';
import { MEDIA, type OutputStore } from './output-store';
import type { FontSource } from './pdf/fonts';
import { HANDLING_HEADERS, handlingCells, renderHandlingReport } from './pdf/handling-report-pdf';
import { periodOf } from './reports.service';

const PAGE = 10_000;
const NO_UNIT = '(Chưa giao đơn vị chủ trì)';

export function createHandlingReportService(deps: {
  workflow: WorkflowReader;
  agency: () => AgencyProfile | null;
  fonts: FontSource;
  output: OutputStore;
  clock: Clock;
}) {
  async function report(p: ReportPeriod): Promise<HandlingReport> {
    const { from, to, label } = periodOf(p);
    const asOf = vnDate(deps.clock.now());
    const byUnit = new Map<string, HandlingRow>();
    const blank = (id: string | null, unit: string): HandlingRow => ({
      UnitId: id,
      Unit: unit,
      Received: 0,
      OnTime: 0,
      Late: 0,
      InProgress: 0,
      Overdue: 0,
    });
    for (let offset = 0; ; offset += PAGE) {
      const page = await deps.workflow.followUp({ from, to, asOf, limit: PAGE, offset });
      for (const r of page.rows) {
        const key = r.chuTriUnitId ?? '';
        let row = byUnit.get(key);
        if (!row) byUnit.set(key, (row = blank(r.chuTriUnitId, r.chuTriName ?? NO_UNIT)));
        row.Received++;
        if (r.state === 'hoan-thanh') {
          if (r.deadlineStatus === 'hoan-thanh-qua-han') row.Late++;
          else row.OnTime++;
        } else if (r.state !== 'thu-hoi') {
          if (r.deadlineStatus === 'qua-han') row.Overdue++;
          else row.InProgress++;
        }
      }
      if (page.rows.length < PAGE || offset + PAGE >= page.total) break;
    }
    const rows = [...byUnit.values()].sort((a, b) => (a.UnitId === null ? 1 : b.UnitId === null ? -1 : a.Unit.localeCompare(b.Unit, 'vi')));
    const total = rows.reduce(
      (t, r) => ({
        ...t,
        Received: t.Received + r.Received,
        OnTime: t.OnTime + r.OnTime,
        Late: t.Late + r.Late,
        InProgress: t.InProgress + r.InProgress,
        Overdue: t.Overdue + r.Overdue,
      }),
      blank(null, 'Tổng cộng'),
    );
    return { From: from, To: to, Label: label, AsOf: asOf, Rows: rows, Total: total };
  }

  return {
    report,
    async file(p: ReportPeriod, format: 'pdf' | 'xlsx') {
      const agency = deps.agency();
      if (!agency) throw new AppError('Conflict', 'Chưa khai báo hồ sơ cơ quan: hãy hoàn tất khởi tạo trước khi xuất báo cáo.');
      const r = await report(p);
      const base = `tinh-hinh-giai-quyet-${r.From}-${r.To}`;
      if (format === 'pdf') {
        const { bytes, pages } = await renderHandlingReport(r, agency, await deps.fonts.preferred(), toVnIso(deps.clock.now()));
        return { File: deps.output.put(bytes, MEDIA.pdf, `${base}.pdf`, pages), Report: r };
      }
      // exceljs loads on the first export, not when every CLI command starts.
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      wb.creator = 'vanthu';
      wb.title = `Tình hình giải quyết văn bản đến — ${r.Label} — ${agency.name}`;
      wb.created = deps.clock.now();
      wb.modified = deps.clock.now();
      const ws = wb.addWorksheet('Tinh hinh giai quyet', { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = HANDLING_HEADERS.map((h, i) => ({ header: h, width: i === 0 ? 40 : 16 }));
      ws.getRow(1).font = { name: 'Times New Roman', bold: true, size: 12 };
      ws.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      for (const row of [...r.Rows, r.Total]) {
        const cells = handlingCells(row);
        const added = ws.addRow([cells[0], ...cells.slice(1).map(Number)]);
        added.font = { name: 'Times New Roman', size: 12, bold: row === r.Total };
      }
      const buf = await wb.xlsx.writeBuffer();
      return { File: deps.output.put(new Uint8Array(buf as ArrayBuffer), MEDIA.xlsx, `${base}.xlsx`), Report: r };
    },
  };
}
