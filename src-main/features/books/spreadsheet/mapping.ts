/**
 * From a raw grid to mapped, Unicode rows: finds the header row, converts every text cell from its
 * encoding (Unicode, TCVN3, VNI — per cell, with the file's prior and the cell's font), maps columns
 * to register fields (automatically from the headings, then the clerk's mapping on top), and checks
 * that the columns a register needs are there.
 */
import { IMPORT_FIELDS_OF, type ImportField, type ImportMapping } from '../../../../src-shared/contracts/books-import.contract';
import type { Direction } from '../../../../src-shared/contracts/register.contract';
import { appError } from '../../../../src-shared/rpc/errors';
import { encodingOfFont, filePrior, readCell, type TextEncoding } from '../encoding/detect-encoding';
import { fieldOfHeading, headingKey, sheetColumns } from './columns';
import type { RawCell, RawSheet } from './read-sheet';

export type MappedValue = string | number | Date | boolean | null;

export interface MappedRow {
  /** 1-based row number in the file, for messages. */
  row: number;
  values: Partial<Record<ImportField, MappedValue>>;
}

export interface MappedSheet {
  headerRow: number;
  columns: { index: number; letter: string; header: string; field: ImportField | null }[];
  rows: MappedRow[];
  encoding: { detected: 'unicode' | TextEncoding | 'mixed'; converted: number; byEncoding: Record<string, number> };
  skippedNumberRow: boolean;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const REQUIRED: Record<Direction, { label: string; any: ImportField[] }[]> = {
  den: [
    { label: 'Số đến', any: ['ArrivalNumber'] },
    { label: 'Ngày đến', any: ['ArrivalDate'] },
    { label: 'Tác giả (cơ quan ban hành)', any: ['OrganName'] },
    { label: 'Trích yếu nội dung', any: ['Subject'] },
  ],
  di: [
    { label: 'Số, ký hiệu văn bản', any: ['SoKyHieu', 'CodeNumber'] },
    { label: 'Ngày tháng văn bản', any: ['IssuedDate'] },
    { label: 'Trích yếu nội dung', any: ['Subject'] },
  ],
};

const FIELD_LABEL = (direction: Direction, field: ImportField): string =>
  sheetColumns(direction).find((c) => c.field === field)?.header ?? field;

interface Converter {
  text(c: RawCell | undefined): MappedValue;
  stats(): MappedSheet['encoding'];
}

/** Converts string cells to Unicode NFC (per cell, or as forced) and counts what it found. */
function converter(sheet: RawSheet, force: ImportMapping['Encoding']): Converter {
  const forced = force && force !== 'auto' ? force : undefined;
  const strings = function* () {
    for (const r of sheet.rows) for (const c of r) if (c && typeof c.value === 'string') yield c.value;
  };
  const prior = forced ? undefined : filePrior(strings());
  const byEncoding: Record<string, number> = {};
  const seen = new Set<TextEncoding>();
  let converted = 0;
  return {
    text(c) {
      if (!c || c.value === null) return null;
      if (typeof c.value !== 'string') return c.value;
      const font = encodingOfFont(c.font);
      const r = forced
        ? forced === 'unicode'
          ? readCell(c.value, { hint: { encoding: 'unicode', upper: false } })
          : readCell(c.value, { hint: { encoding: forced, upper: font?.upper ?? false } })
        : readCell(c.value, { hint: font, prior });
      if (r.nonAscii) seen.add(r.encoding);
      if (r.encoding !== 'unicode' && r.text !== c.value) {
        converted++;
        byEncoding[r.encoding] = (byEncoding[r.encoding] ?? 0) + 1;
      }
      return r.text.replace(/\s+/g, (s) => (s.includes('\n') ? '\n' : ' ')).trim();
    },
    stats() {
      return { detected: seen.size === 0 ? 'unicode' : seen.size === 1 ? [...seen][0]! : 'mixed', converted, byEncoding };
    },
  };
}

function resolveRef(ref: string | number, columns: MappedSheet['columns']): number | undefined {
  if (typeof ref === 'number') return ref - 1 < columns.length ? ref - 1 : undefined;
  const key = headingKey(ref);
  const byHeader = columns.find((c) => headingKey(c.header) === key);
  if (byHeader) return byHeader.index;
  if (/^[A-Za-z]{1,3}$/.test(ref.trim())) {
    const letter = ref.trim().toUpperCase();
    return columns.find((c) => c.letter === letter)?.index;
  }
  return undefined;
}

export function mapSheet(sheet: RawSheet, direction: Direction, mapping: ImportMapping = {}): MappedSheet {
  const conv = converter(sheet, mapping.Encoding);
  const width = Math.max(0, ...sheet.rows.slice(0, 200).map((r) => r.length));

  let headerIndex: number;
  if (mapping.HeaderRow !== undefined) {
    headerIndex = mapping.HeaderRow - 1;
    if (headerIndex >= sheet.rows.length)
      throw appError('books.headerRowMissing', { row: mapping.HeaderRow, rows: sheet.rows.length }, { field: 'Mapping.HeaderRow' });
  } else {
    let best = -1;
    headerIndex = 0;
    for (let i = 0; i < Math.min(20, sheet.rows.length); i++) {
      const hits = new Set(sheet.rows[i]!.map((c) => fieldOfHeading(String(conv.text(c) ?? ''), direction)).filter((f) => f !== null)).size;
      if (hits > best) {
        best = hits;
        headerIndex = i;
      }
    }
  }
  const headerCells = sheet.rows[headerIndex] ?? [];
  const columns: MappedSheet['columns'] = [];
  const used = new Set<ImportField>();
  for (let i = 0; i < Math.max(width, headerCells.length); i++) {
    const header = String(conv.text(headerCells[i]) ?? '').replace(/\n/g, ' ');
    let field = fieldOfHeading(header, direction);
    if (field && used.has(field)) field = null;
    if (field) used.add(field);
    columns.push({ index: i, letter: columnLetter(i), header, field });
  }
  for (const [field, ref] of Object.entries(mapping.Columns ?? {}) as [ImportField, string | number | null][]) {
    if (!IMPORT_FIELDS_OF[direction].includes(field)) {
      const details = { field: `Mapping.Columns.${field}` };
      throw direction === 'den'
        ? appError('books.fieldNotForIncoming', { field }, details)
        : appError('books.fieldNotForOutgoing', { field }, details);
    }
    for (const c of columns) if (c.field === field) c.field = null;
    if (ref === null) continue;
    const index = resolveRef(ref, columns);
    if (index === undefined) {
      throw appError(
        'books.columnNotFound',
        {
          ref: JSON.stringify(ref),
          label: FIELD_LABEL(direction, field),
          columns: columns.map((c) => `${c.letter} "${c.header}"`).join(', '),
        },
        { field: `Mapping.Columns.${field}` },
      );
    }
    columns[index]!.field = field;
  }

  const missing = REQUIRED[direction].filter((r) => !r.any.some((f) => columns.some((c) => c.field === f)));
  if (missing.length > 0) {
    const headers = columns
      .filter((c) => c.header)
      .map((c) => `${c.letter} "${c.header}"`)
      .join(', ');
    const params = { missing: missing.map((m) => m.label).join(', '), row: headerIndex + 1 };
    const details = { field: 'Mapping.Columns', missing: missing.map((m) => m.label), columns };
    throw headers
      ? appError('books.requiredColumnsMissing', { ...params, columns: headers }, details)
      : appError('books.requiredColumnsMissingNoHeader', params, details);
  }

  const rows: MappedRow[] = [];
  let skippedNumberRow = false;
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i]!;
    const nonEmpty = cells.filter((c) => c && c.value !== null && String(c.value).trim() !== '');
    if (nonEmpty.length === 0) continue;
    // The "(1) (2) … (10)" row under the headings of a printed-style register.
    if (i === headerIndex + 1 && nonEmpty.every((c) => /^\(?\d{1,2}\)?$/.test(String(c.value).trim()))) {
      skippedNumberRow = true;
      continue;
    }
    const values: MappedRow['values'] = {};
    for (const c of columns) if (c.field) values[c.field] = conv.text(cells[c.index]);
    rows.push({ row: i + 1, values });
  }
  return {
    headerRow: headerIndex + 1,
    columns,
    rows,
    encoding: conv.stats(),
    skippedNumberRow,
  };
}
