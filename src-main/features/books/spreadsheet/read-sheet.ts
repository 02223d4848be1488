/**
 * Reads an uploaded register spreadsheet into a grid of raw cells, with bounds: an .xlsx is a zip
 * whose declared sizes are checked before it is opened (no zip bombs), a CSV is decoded from UTF-8,
 * UTF-16 or Windows-1252 (legacy TCVN3/VNI files saved as "ANSI"), and rows, columns and cell
 * lengths are capped. Every refusal names what is wrong; nothing is guessed silently.
 */
import type ExcelJS from 'exceljs';
import { appError } from '../../../../src-shared/rpc/errors';

export interface RawCell {
  value: string | number | Date | boolean | null;
  /** Font name of the cell (xlsx), used to recognise .VnTime / VNI-Times text. */
  font?: string | undefined;
}

/** A cell as plain text: NFC, trimmed; a date as YYYY-MM-DD; '' when empty (the directory and notice imports). */
export function cellText(c: RawCell | undefined): string {
  const v = c?.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).normalize('NFC').trim();
}

export interface RawSheet {
  format: 'xlsx' | 'csv';
  name: string | null;
  rows: RawCell[][];
}

export const LIMITS = { rows: 100_000, columns: 80, cellChars: 20_000, unzippedBytes: 150 * 1024 * 1024, zipEntries: 5_000 };

/** The details of every refusal of the file itself. */
const FILE = { field: 'file' } as const;

interface SheetEntry {
  name: string;
  method: number;
  compressed: number;
  localOffset: number;
}

/** Sums the uncompressed sizes a zip declares in its central directory; returns the worksheets' entries. */
export function checkZip(bytes: Uint8Array): SheetEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw appError('books.xlsxNoDirectory', undefined, FILE);
  const entries = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries > LIMITS.zipEntries || cdOffset >= bytes.length) throw appError('books.xlsxOdd', undefined, FILE);
  let p = cdOffset;
  let total = 0;
  const sheets: SheetEntry[] = [];
  for (let i = 0; i < entries; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw appError('books.xlsxBadDirectory', undefined, FILE);
    const size = view.getUint32(p + 24, true);
    if (size === 0xffffffff) throw appError('books.xlsxZip64', undefined, FILE);
    total += size;
    const nameLen = view.getUint16(p + 28, true);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + p + 46, Math.min(nameLen, Math.max(0, bytes.length - p - 46))).toString(
      'latin1',
    );
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      sheets.push({
        name,
        method: view.getUint16(p + 10, true),
        compressed: view.getUint32(p + 20, true),
        localOffset: view.getUint32(p + 42, true),
      });
    }
    p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  if (total > LIMITS.unzippedBytes)
    throw appError('books.xlsxUnzippedTooBig', { size: Math.round(total / 1048576), max: LIMITS.unzippedBytes / 1048576 }, FILE);
  return sheets;
}

/**
 * Counts the rows of every worksheet by streaming its XML through inflate (a few kilobytes in memory
 * at a time) and stops at the first sheet over LIMITS.rows: a sheet of a million rows is refused
 * before the spreadsheet library builds it in memory.
 */
async function checkSheetRows(bytes: Uint8Array, sheets: SheetEntry[]): Promise<void> {
  const zlib = await import('node:zlib');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of sheets) {
    if (e.localOffset + 30 > bytes.length || view.getUint32(e.localOffset, true) !== 0x04034b50) continue; // ExcelJS will say it is damaged
    const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressed));
    const rows = await new Promise<number>((resolve) => {
      let count = 0;
      let carry = '';
      const source = e.method === 8 ? zlib.createInflateRaw() : null;
      const take = (chunk: Buffer) => {
        const text = carry + chunk.toString('latin1');
        count += (text.match(/<(?:[A-Za-z]+:)?row[\s>]/g) ?? []).length;
        // A tag cut between two chunks ("<ro" | "w r=…") is kept for the next one; a counted one is not.
        const lt = text.lastIndexOf('<');
        const tail = lt >= 0 ? text.slice(lt) : '';
        carry = tail.length < 12 && !/^<(?:[A-Za-z]+:)?row[\s>]/.test(tail) ? tail : '';
        if (count > LIMITS.rows) {
          source?.destroy();
          resolve(count);
        }
      };
      if (!source) {
        take(Buffer.from(data));
        resolve(count);
        return;
      }
      source.on('data', take);
      source.on('end', () => resolve(count));
      source.on('error', () => resolve(count)); // damaged data: ExcelJS names it below
      source.end(Buffer.from(data));
    });
    if (rows > LIMITS.rows) {
      throw appError('books.sheetOverRows', { max: LIMITS.rows }, { ...FILE, reason: 'too-many-rows' });
    }
  }
}

function plain(v: ExcelJS.CellValue): { value: RawCell['value']; font?: string | undefined } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return { value: v };
  if (typeof v === 'object') {
    if ('richText' in v) return { value: v.richText.map((r) => r.text).join(''), font: v.richText.find((r) => r.font?.name)?.font?.name };
    if ('result' in v) return plain((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return { value: String((v as { text: unknown }).text) };
    if ('error' in v) return { value: null };
  }
  return { value: String(v as unknown) };
}

async function readXlsx(bytes: Uint8Array, sheetRef: string | number | undefined): Promise<RawSheet> {
  await checkSheetRows(bytes, checkZip(bytes));
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw appError('books.xlsxUnreadable', undefined, { ...FILE, detail: (err as Error).message });
  }
  let ws: ExcelJS.Worksheet | undefined;
  if (typeof sheetRef === 'number') ws = wb.worksheets[sheetRef - 1];
  else if (typeof sheetRef === 'string') ws = wb.worksheets.find((w) => w.name.trim().toLowerCase() === sheetRef.trim().toLowerCase());
  else ws = wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) {
    const names = wb.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw sheetRef === undefined
      ? appError('books.noSheet', undefined, FILE)
      : appError('books.sheetNotFound', { sheet: JSON.stringify(sheetRef), names }, FILE);
  }
  if (ws.rowCount > LIMITS.rows) throw appError('books.sheetRows', { rows: ws.rowCount, max: LIMITS.rows }, FILE);
  if (ws.columnCount > LIMITS.columns) throw appError('books.sheetColumns', { columns: ws.columnCount, max: LIMITS.columns }, FILE);
  const rows: RawCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const p = plain(cell.value);
      if (typeof p.value === 'string' && p.value.length > LIMITS.cellChars) {
        throw appError(
          'books.cellTooLong',
          { cell: cell.address, length: p.value.length, max: LIMITS.cellChars },
          { ...FILE, cell: cell.address },
        );
      }
      cells[col - 1] = { value: p.value, font: p.font ?? cell.font?.name };
    });
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { format: 'xlsx', name: ws.name, rows };
}

/** Decodes CSV bytes: BOM first, then strict UTF-8, else Windows-1252 (old "ANSI" files). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** RFC 4180 with the delimiter of the first line (comma, semicolon — Excel in vi-VN — or tab). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  const delim = counts.sort((a, b) => b[1] - a[1])[0]![0];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delim) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      if (rows.length > LIMITS.rows) throw appError('books.csvRows', { max: LIMITS.rows }, FILE);
      row = [];
      field = '';
    } else field += ch;
    if (field.length > LIMITS.cellChars) throw appError('books.csvCellTooLong', { row: rows.length + 1, max: LIMITS.cellChars }, FILE);
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  if (rows.some((r) => r.length > LIMITS.columns)) throw appError('books.csvColumns', { max: LIMITS.columns }, FILE);
  return rows;
}

export async function readSpreadsheet(bytes: Uint8Array, fileName: string, sheetRef?: string | number): Promise<RawSheet> {
  const lower = fileName.toLowerCase();
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw appError('books.xlsUnsupported', undefined, FILE);
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes, sheetRef);
  if (lower.endsWith('.xlsx')) throw appError('books.xlsxNotExcel', undefined, FILE);
  if (!/\.(csv|txt|tsv)$/.test(lower)) throw appError('books.fileTypeUnsupported', { name: fileName }, FILE);
  const rows = parseCsv(decodeText(bytes));
  return { format: 'csv', name: null, rows: rows.map((r) => r.map((v) => ({ value: v === '' ? null : v }))) };
}
