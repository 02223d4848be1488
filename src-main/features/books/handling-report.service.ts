/**
 * Tình hình giải quyết văn bản đến (Phụ lục VI Phần V.2) by unit in charge and period, from the
 * workflow's tally as at today (one indexed query over the current state of each document, not a
 * replay of its steps): received, completed on time, completed late, in progress (open and not
 * overdue), overdue. Each document counts once, under the chủ trì of its last direction — a unit,
 * or a person named as such — or under "not assigned yet".
 */
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { ReportPeriod } from '../../../src-shared/contracts/books.contract';
import type { HandlingReport, HandlingRow } from '../../../src-shared/contracts/workflow-print.contract';
import { toVnIso } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { WorkflowReader } from './follow-up-print.service';
import { MEDIA, type OutputStore } from './output-store';
import type { FontSource } from './pdf/fonts';
import { HANDLING_HEADERS, handlingCells, renderHandlingReport } from './pdf/handling-report-pdf';
import { periodOf } from './reports.service';

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
    const tally = await deps.workflow.handlingTally({ from, to });
    const byUnit = new Map<string, HandlingRow>();
    for (const t of tally.rows) {
      // Only a unit in charge has its id in the UnitId column; a person in charge is named as such.
      const key = t.chuTri ? `${t.chuTri.kind}:${t.chuTri.id}` : '';
      let row = byUnit.get(key);
      if (!row) {
        row = {
          UnitId: t.chuTri?.kind === 'unit' ? t.chuTri.id : null,
          Unit: t.chuTri ? (t.chuTri.kind === 'unit' ? t.chuTri.name : `${t.chuTri.name} (cá nhân chủ trì)`) : NO_UNIT,
          Received: 0,
          OnTime: 0,
          Late: 0,
          InProgress: 0,
          Overdue: 0,
        };
        byUnit.set(key, row);
      }
      row.Received += t.received;
      row.OnTime += t.onTime;
      row.Late += t.late;
      row.InProgress += t.inProgress;
      row.Overdue += t.overdue;
    }
    // Units by name, then persons in charge, then the documents not assigned yet.
    const rank = (r: HandlingRow) => (r.UnitId !== null ? 0 : r.Unit === NO_UNIT ? 2 : 1);
    const rows = [...byUnit.values()].sort((a, b) => rank(a) - rank(b) || a.Unit.localeCompare(b.Unit, 'vi'));
    const total = rows.reduce(
      (t, r) => ({
        ...t,
        Received: t.Received + r.Received,
        OnTime: t.OnTime + r.OnTime,
        Late: t.Late + r.Late,
        InProgress: t.InProgress + r.InProgress,
        Overdue: t.Overdue + r.Overdue,
      }),
      { UnitId: null, Unit: 'Tổng cộng', Received: 0, OnTime: 0, Late: 0, InProgress: 0, Overdue: 0 } as HandlingRow,
    );
    return { From: from, To: to, Label: label, AsOf: tally.asOf, Rows: rows, Total: total };
  }

  return {
    report,
    async file(p: ReportPeriod, format: 'pdf' | 'xlsx') {
      const agency = deps.agency();
      if (!agency) throw appError('books.noAgencyForReport');
      const r = await report(p);
      const base = `tinh-hinh-giai-quyet-${r.From}-${r.To}`;
      if (format === 'pdf') {
        const { bytes, pages } = await renderHandlingReport(r, agency, await deps.fonts.preferred(), toVnIso(deps.clock.now()));
        return { File: await deps.output.put(bytes, MEDIA.pdf, `${base}.pdf`, pages), Report: r };
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
      return { File: await deps.output.put(new Uint8Array(buf as ArrayBuffer), MEDIA.xlsx, `${base}.xlsx`), Report: r };
    },
  };
}
