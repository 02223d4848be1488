/**
 * One mapped spreadsheet row → the fields of a register row, or the reasons it is refused. Checks
 * follow the register's own (Phụ lục VI lengths, real dates, known document types, no Mật
 * documents) but accept past years: an imported register is history and keeps its numbers.
 */
import type { ImportField } from '../../../../src-shared/contracts/books.contract';
import type { Direction, RegisterSettings } from '../../../../src-shared/contracts/register.contract';
import {
  confidentialityFromLabel,
  DOCUMENT_TYPES,
  foldVietnamese,
  formatDdMmYyyy,
  isConfidentiality,
  isStateSecret,
  isUrgency,
  parseDdMmYyyy,
  parseIsoDate,
  urgencyFromLabel,
  type Urgency,
} from '../../../../src-shared/domain';
import { AppError } from '../../../../src-shared/rpc/errors';
import { resolveDocumentKind, type DocumentKind } from '../../register/document-kind';
import { dupKeyOf } from '../../register/duplicates';
import { outgoingSeries, readNumberFields, type NumberFields } from '../../register/register-input';
import type { NewEntryRow } from '../../register/register.repo';
import type { MappedValue } from './mapping';

export interface ImportContext {
  direction: Direction;
  today: string;
  agencyName: string;
  settings: RegisterSettings;
  /** The agency's own active types (any system: a register is imported as it was kept). */
  customKinds?: readonly DocumentKind[];
}

export interface PreparedRow {
  row: number;
  year: number;
  series: string;
  number: number;
  fields: Omit<NewEntryRow, 'id' | 'registered_at' | 'registered_by'>;
  /** Type inferred rather than read from a column. */
  typeGuessed: 'subject' | 'notation' | 'default' | null;
}

class RowError extends Error {}
const fail = (message: string): never => {
  throw new RowError(message);
};

/** Excel serial day (1900 system) → ISO date; Excel's phantom 29/02/1900 is below any year we accept. */
function fromSerial(serial: number): string {
  const ms = Math.round(((serial - 25569) * 86_400_000) / 60_000) * 60_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** A date cell: a real date, an Excel serial number, dd/mm/yyyy (/, -, .), yyyy-mm-dd, or "ngày 5 tháng 3 năm 2026". */
export function readDate(v: MappedValue, label: string): string | null {
  if (v === null || v === '') return null;
  let iso: string;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return fail(`${label}: ngày không hợp lệ.`);
    iso = new Date(Math.round(v.getTime() / 60_000) * 60_000).toISOString().slice(0, 10);
  } else if (typeof v === 'number' || (typeof v === 'string' && /^\d{5}(\.\d+)?$/.test(v.trim()))) {
    const n = Number(v);
    if (n < 16_438 || n > 73_051) return fail(`${label}: "${v}" không phải ngày (số ngày Excel ngoài khoảng 1945–2100).`);
    iso = fromSerial(n);
  } else {
    const s = String(v).trim();
    const words = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(s);
    const r = words ? parseDdMmYyyy(`${words[1]}/${words[2]}/${words[3]}`) : /^\d{4}-/.test(s) ? parseIsoDate(s) : parseDdMmYyyy(s);
    if (!r.ok) {
      if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(s)) return fail(`${label}: "${s}" có năm 2 chữ số; hãy ghi đủ 4 chữ số (dd/mm/yyyy).`);
      return fail(`${label}: ${r.error.message}`);
    }
    iso = r.value.iso;
  }
  const year = Number(iso.slice(0, 4));
  if (year < 1945 || year > 2100) return fail(`${label}: năm ${year} không hợp lệ.`);
  return iso;
}

function text(v: MappedValue, label: string, max: number, required = false): string | null {
  const s =
    v === null || v === undefined
      ? ''
      : v instanceof Date
        ? formatDdMmYyyy(v.toISOString().slice(0, 10))
        : String(v).normalize('NFC').trim();
  if (s === '') return required ? fail(`Thiếu ${label}.`) : null;
  if (s.length > max) return fail(`${label} dài ${s.length} ký tự, tối đa ${max} (Phụ lục VI Nghị định 30/2020).`);
  return s;
}

function count(v: MappedValue, label: string, max: number): number | null {
  if (v === null || v === '') return null;
  const s = String(v)
    .trim()
    .replace(/^số\s*:?\s*/iu, '');
  if (!/^\d+$/.test(s)) return fail(`${label} "${v}" không phải số nguyên.`);
  const n = Number(s);
  if (n > max) return fail(`${label} ${n} quá lớn.`);
  return n;
}

/** Type from the start of the subject ("Quyết định về việc …"), longest name first. */
const TYPES_BY_LENGTH = [...DOCUMENT_TYPES].sort((a, b) => b.name.length - a.name.length);
function typeFromSubject(subject: string): DocumentKind | undefined {
  const f = foldVietnamese(subject);
  const t = TYPES_BY_LENGTH.find((d) => f.startsWith(foldVietnamese(d.name) + ' ') || f === foldVietnamese(d.name));
  return t ? resolveDocumentKind(t.code) : undefined;
}

function signer(v: MappedValue): { position: string | null; fullName: string | null } {
  const s = text(v, 'Người ký', 160);
  if (!s) return { position: null, fullName: null };
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/u.exec(s.replace(/\n/g, ' '));
  const fullName = (m ? m[1]! : s).trim();
  const position = m ? m[2]!.trim() : null;
  if (fullName.length > 50) fail('Họ và tên người ký dài quá 50 ký tự.');
  if (position && position.length > 100) fail('Chức vụ người ký dài quá 100 ký tự.');
  return { position, fullName: fullName || null };
}

function urgency(v: MappedValue): Urgency {
  const s = text(v, 'Độ khẩn', 40);
  if (!s) return 'thuong';
  if (isUrgency(s)) return s;
  return urgencyFromLabel(s) ?? fail(`Độ khẩn "${s}" không hợp lệ (Thường, Khẩn, Thượng khẩn, Hỏa tốc).`);
}

function medium(v: MappedValue): 'giay' | 'dien-tu' {
  const s = text(v, 'Hình thức', 40);
  if (!s) return 'giay';
  const f = foldVietnamese(s);
  if (['giay', 'van ban giay', 'ban giay'].includes(f)) return 'giay';
  if (['dien tu', 'van ban dien tu', 'ban dien tu', 'dien-tu'].includes(f)) return 'dien-tu';
  return fail(`Hình thức "${s}" không hợp lệ (Giấy hoặc Điện tử).`);
}

function refuseSecret(v: MappedValue): void {
  const s = text(v, 'Độ mật', 40);
  if (!s) return;
  const level = isConfidentiality(s) ? s : confidentialityFromLabel(s);
  if (!level) fail(`Độ mật "${s}" không hợp lệ.`);
  else if (isStateSecret(level))
    fail(`Văn bản ${s} không nhập vào sổ này: văn bản mật đăng ký ở sổ bí mật nhà nước (Điều 16.3, 22.4 Nghị định 30/2020).`);
}

function kindOf(
  values: Partial<Record<ImportField, MappedValue>>,
  subject: string,
  notation: string | null,
  direction: Direction,
  party = false,
  customKinds: readonly DocumentKind[] = [],
): { kind: DocumentKind; guessed: PreparedRow['typeGuessed'] } {
  const typed = text(values.TypeName ?? null, 'Tên loại', 100);
  if (typed) {
    const custom = customKinds.filter((k) => (direction === 'den' ? k.incoming !== false : k.outgoing !== false));
    const kind =
      resolveDocumentKind(typed, { preferParty: party, custom }) ?? fail(`Tên loại "${typed}" không có trong danh mục loại văn bản.`);
    return { kind, guessed: null };
  }
  const fromSubject = typeFromSubject(subject);
  if (fromSubject) return { kind: fromSubject, guessed: 'subject' };
  const group = notation?.split('-')[0];
  const fromNotation = group ? resolveDocumentKind(group) : undefined;
  if (fromNotation && (direction === 'den' || fromNotation.group !== 'legal')) return { kind: fromNotation, guessed: 'notation' };
  return { kind: resolveDocumentKind('cong-van')!, guessed: 'default' };
}

/** Converts one row; throws RowError with the reason (several checks stop at the first). */
function prepare(values: Partial<Record<ImportField, MappedValue>>, row: number, ctx: ImportContext): PreparedRow {
  refuseSecret(values.Confidentiality ?? null);
  const subject = text(values.Subject ?? null, 'Trích yếu nội dung', 500, true)!;
  let so: NumberFields = { codeNumber: null, codeNotation: null, printed: null, system: null, notes: [] };
  try {
    const soText = text(values.SoKyHieu ?? null, 'Số, ký hiệu văn bản', 42);
    const num = values.CodeNumber == null ? null : text(values.CodeNumber, 'Số văn bản', 11);
    const notation = values.CodeNotation == null ? null : text(values.CodeNotation, 'Ký hiệu', 30);
    if (soText) so = readNumberFields({ SoKyHieu: soText, CodeNumber: null, CodeNotation: null });
    else if (num || notation) so = readNumberFields({ SoKyHieu: null, CodeNumber: num, CodeNotation: notation });
  } catch (err) {
    if (err instanceof AppError) fail(err.message);
    throw err;
  }
  const { kind, guessed } = kindOf(
    values,
    subject,
    so.system === 'party' ? (so.typeCode ?? null) : so.codeNotation,
    ctx.direction,
    so.system === 'party',
    ctx.customKinds,
  );
  const issued = readDate(values.IssuedDate ?? null, 'Ngày tháng văn bản');
  const due = readDate(values.DueDate ?? null, 'Thời hạn giải quyết');
  const transfer = readDate(values.TransferDate ?? null, 'Ngày chuyển');
  const s = signer(values.Signer ?? null);
  const common = {
    status: 'registered' as const,
    medium: medium(values.Medium ?? null),
    type_code: kind.code,
    type_name: kind.name,
    code_number: so.codeNumber,
    code_notation: so.codeNotation,
    so_ky_hieu: so.printed,
    notation_system: so.system,
    issued_date: issued,
    subject,
    language: null,
    page_amount: null,
    description: text(values.Description ?? null, 'Ghi chú', 500),
    signer_position: s.position,
    signer_full_name: s.fullName,
    urgency: urgency(values.Priority ?? null),
    confidentiality: 'none',
    channel_restriction: null,
    due_date: due,
    trace_header_list: transfer ? `Ngày chuyển: ${formatDdMmYyyy(transfer)}` : null,
    document_id: null,
    file_sha256: null,
    confirmed_not_duplicate: 0,
    cancel_reason: null,
    cancelled_at: null,
  };

  if (ctx.direction === 'den') {
    const arrival = readDate(values.ArrivalDate ?? null, 'Ngày đến') ?? fail('Thiếu Ngày đến.');
    if (arrival > ctx.today) fail(`Ngày đến ${formatDdMmYyyy(arrival)} ở tương lai.`);
    const number = count(values.ArrivalNumber ?? null, 'Số đến', 9_999_999) ?? fail('Thiếu Số đến.');
    if (number < 1) fail('Số đến phải từ 1 trở lên.');
    const organ = text(values.OrganName ?? null, 'Tác giả (cơ quan ban hành)', 200, true)!;
    return {
      row,
      year: Number(arrival.slice(0, 4)),
      series: 'den',
      number,
      typeGuessed: guessed,
      fields: {
        ...common,
        direction: 'den',
        year: Number(arrival.slice(0, 4)),
        series: 'den',
        number,
        organ_name: organ,
        organ_key: foldVietnamese(organ),
        arrival_date: arrival,
        reg_date: arrival,
        to_places: text(values.ToPlaces ?? null, 'Đơn vị hoặc người nhận', 1000),
        recipients: null,
        issued_amount: null,
        archive_keeper: null,
        dup_key: dupKeyOf({
          codeNumber: so.codeNumber,
          codeNotation: so.codeNotation,
          printed: so.printed,
          organName: organ,
          issuedDate: issued,
        }),
      },
    };
  }

  if (kind.group === 'legal') fail(`${kind.name} là văn bản quy phạm pháp luật, không thuộc sổ văn bản đi hành chính.`);
  if (!so.codeNumber || !so.codeNotation) fail('Thiếu số hoặc ký hiệu văn bản đi (ví dụ 15/QĐ-UBND).');
  if (!/^\d+$/.test(so.codeNumber!)) fail(`Số văn bản đi "${so.codeNumber}" phải là số nguyên.`);
  const number = Number(so.codeNumber);
  if (number < 1) fail('Số văn bản phải từ 1 trở lên.');
  const date = issued ?? fail('Thiếu Ngày tháng văn bản.');
  if (date > ctx.today) fail(`Ngày tháng văn bản ${formatDdMmYyyy(date)} ở tương lai.`);
  const recipients = (text(values.Recipients ?? null, 'Nơi nhận', 20_000) ?? '')
    .split(/[;\n]+/)
    .map((r) => r.replace(/^[-–•+]\s*/, '').trim())
    .filter((r) => r.length > 0);
  if (recipients.some((r) => r.length > 200)) fail('Một nơi nhận dài quá 200 ký tự (tách các nơi nhận bằng dấu ";").');
  const series = outgoingSeries(kind, ctx.settings);
  return {
    row,
    year: Number(date.slice(0, 4)),
    series,
    number,
    typeGuessed: guessed,
    fields: {
      ...common,
      direction: 'di',
      year: Number(date.slice(0, 4)),
      series,
      number,
      code_number: number < 10 ? `0${number}` : String(number),
      organ_name: ctx.agencyName,
      organ_key: foldVietnamese(ctx.agencyName),
      arrival_date: null,
      reg_date: date,
      to_places: null,
      recipients: recipients.length > 0 ? JSON.stringify(recipients.map((r) => ({ OrganId: null, OrganName: r }))) : null,
      issued_amount: count(values.IssuedAmount ?? null, 'Số lượng bản', 999),
      archive_keeper: text(values.ArchiveKeeper ?? null, 'Đơn vị, người nhận bản lưu', 200),
      dup_key: null,
    },
  };
}

/** Converts a row; returns the prepared row or the reasons it is refused. */
export function prepareRow(
  values: Partial<Record<ImportField, MappedValue>>,
  row: number,
  ctx: ImportContext,
): PreparedRow | { row: number; reasons: string[] } {
  try {
    return prepare(values, row, ctx);
  } catch (err) {
    if (err instanceof RowError) return { row, reasons: [err.message] };
    throw err;
  }
}
