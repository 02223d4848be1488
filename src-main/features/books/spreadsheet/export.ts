/**
 * Export of a register year to .xlsx (real dates formatted dd/mm/yyyy, frozen header, filter) or
 * CSV (UTF-8 with BOM, comma-separated, CRLF — what Excel opens with Vietnamese intact).
 */
import type { RegisterEntry } from '../../../../src-shared/contracts/register.contract';
import { formatDdMmYyyy } from '../../../../src-shared/domain';
import type { CellValue, SheetColumn } from './columns';

function csvField(v: CellValue): string {
  if (v === null) return '';
  const s = typeof v === 'object' ? formatDdMmYyyy(v.date) : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: readonly SheetColumn[], entries: Iterable<RegisterEntry>): { bytes: Uint8Array; rows: number } {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  let rows = 0;
  for (const e of entries) {
    lines.push(columns.map((c) => csvField(c.value(e))).join(','));
    rows++;
  }
  const body = Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n', 'utf8');
  return { bytes: body, rows };
}

export async function toXlsx(
  columns: readonly SheetColumn[],
  entries: Iterable<RegisterEntry>,
  meta: { sheetName: string; title: string; created: Date },
): Promise<{ bytes: Uint8Array; rows: number }> {
  // exceljs loads on the first export, not when every CLI command starts.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'vanthu';
  wb.title = meta.title;
  wb.created = meta.created;
  wb.modified = meta.created;
  const ws = wb.addWorksheet(meta.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const head = ws.getRow(1);
  head.font = { name: 'Times New Roman', bold: true, size: 12 };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  let rows = 0;
  for (const e of entries) {
    const values = columns.map((c) => {
      const v = c.value(e);
      if (v !== null && typeof v === 'object') {
        const [y, m, d] = v.date.split('-').map(Number);
        return new Date(Date.UTC(y!, m! - 1, d!));
      }
      return v;
    });
    const row = ws.addRow(values);
    row.font = { name: 'Times New Roman', size: 12 };
    row.alignment = { vertical: 'top', wrapText: true };
    rows++;
  }
  columns.forEach((c, i) => {
    if (/^Ngày|^Thời hạn|^Hạn /.test(c.header)) ws.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const buf = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buf as ArrayBuffer), rows };
}
