/**
 * One mapped spreadsheet row → the fields of a register row, or the reasons it is refused. Checks
 * follow the register's own (Phụ lục VI lengths, real dates, known document types, no Mật
 * documents) but accept past years: an imported register is history and keeps its numbers.
 */
import type { ImportField } from '../../../../src-shared/contracts/books-import.contract';
import type { Direction } from '../../../../src-shared/contracts/register.contract';
import type { RegisterSettings } from '../../../../src-shared/contracts/register-settings.contract';
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
import type { KeyedText } from '../../../../src-shared/rpc/error-texts/fill';
import { ERROR_TEXTS, fillErrorText } from '../../../../src-shared/rpc/error-texts';
import { AppError, keyedText, textOfError, type ErrorCode, type ErrorParams } from '../../../../src-shared/rpc/errors';
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

/** A row's refusal, keyed (its Vietnamese text is the message). */
class RowError extends Error {
  constructor(readonly reason: KeyedText) {
    super(reason.message);
  }
}
const fail = (code: ErrorCode, params?: ErrorParams): never => {
  throw new RowError(keyedText(code, params));
};

/** Excel serial day (1900 system) → ISO date; Excel's phantom 29/02/1900 is below any year we accept. */
function fromSerial(serial: number): string {
  const ms = Math.round(((serial - 25569) * 86_400_000) / 60_000) * 60_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** A date cell: a real date, an Excel serial number, dd/mm/yyyy (/, -, .), yyyy-mm-dd, or "ngày 5 tháng 3 năm 2026". */
export function readDate(v: MappedValue, field: ImportField): string | null {
  if (v === null || v === '') return null;
  let iso: string;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return fail('booksRow.dateInvalid', { field });
    iso = new Date(Math.round(v.getTime() / 60_000) * 60_000).toISOString().slice(0, 10);
  } else if (typeof v === 'number' || (typeof v === 'string' && /^\d{5}(\.\d+)?$/.test(v.trim()))) {
    const n = Number(v);
    if (n < 16_438 || n > 73_051) return fail('booksRow.serialOutOfRange', { field, value: String(v) });
    iso = fromSerial(n);
  } else {
    const s = String(v).trim();
    const words = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(s);
    const r = words ? parseDdMmYyyy(`${words[1]}/${words[2]}/${words[3]}`) : /^\d{4}-/.test(s) ? parseIsoDate(s) : parseDdMmYyyy(s);
    if (!r.ok) {
      if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(s)) return fail('booksRow.twoDigitYear', { field, value: s });
      // The date's own refusal, by its key (`inner`), as errorAround does.
      throw new RowError({
        message: fillErrorText(ERROR_TEXTS['booksRow.badDate'].vi, { field, inner: r.error.message }),
        code: 'booksRow.badDate',
        params: { ...r.error.params, field, inner: r.error.key },
      });
    }
    iso = r.value.iso;
  }
  const year = Number(iso.slice(0, 4));
  if (year < 1945 || year > 2100) return fail('booksRow.badYear', { field, year });
  return iso;
}

function text(v: MappedValue, field: ImportField, max: number, required = false): string | null {
  const s =
    v === null || v === undefined
      ? ''
      : v instanceof Date
        ? formatDdMmYyyy(v.toISOString().slice(0, 10))
        : String(v).normalize('NFC').trim();
  if (s === '') return required ? fail('booksRow.missing', { field }) : null;
  if (s.length > max) return fail('booksRow.tooLong', { field, length: s.length, max });
  return s;
}

function count(v: MappedValue, field: ImportField, max: number): number | null {
  if (v === null || v === '') return null;
  const s = String(v)
    .trim()
    .replace(/^số\s*:?\s*/iu, '');
  if (!/^\d+$/.test(s)) return fail('booksRow.notInteger', { field, value: String(v) });
  const n = Number(s);
  if (n > max) return fail('booksRow.tooLarge', { field, value: n });
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
  const s = text(v, 'Signer', 160);
  if (!s) return { position: null, fullName: null };
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/u.exec(s.replace(/\n/g, ' '));
  const fullName = (m ? m[1]! : s).trim();
  const position = m ? m[2]!.trim() : null;
  if (fullName.length > 50) fail('booksRow.signerNameTooLong');
  if (position && position.length > 100) fail('booksRow.signerPositionTooLong');
  return { position, fullName: fullName || null };
}

function urgency(v: MappedValue): Urgency {
  const s = text(v, 'Priority', 40);
  if (!s) return 'thuong';
  if (isUrgency(s)) return s;
  return urgencyFromLabel(s) ?? fail('booksRow.badUrgency', { value: s });
}

function medium(v: MappedValue): 'giay' | 'dien-tu' {
  const s = text(v, 'Medium', 40);
  if (!s) return 'giay';
  const f = foldVietnamese(s);
  if (['giay', 'van ban giay', 'ban giay'].includes(f)) return 'giay';
  if (['dien tu', 'van ban dien tu', 'ban dien tu', 'dien-tu'].includes(f)) return 'dien-tu';
  return fail('booksRow.badMedium', { value: s });
}

function refuseSecret(v: MappedValue): void {
  const s = text(v, 'Confidentiality', 40);
  if (!s) return;
  const level = isConfidentiality(s) ? s : confidentialityFromLabel(s);
  if (!level) fail('booksRow.badConfidentiality', { value: s });
  else if (isStateSecret(level)) fail('booksRow.stateSecret', { value: s });
}

function kindOf(
  values: Partial<Record<ImportField, MappedValue>>,
  subject: string,
  notation: string | null,
  direction: Direction,
  party = false,
  customKinds: readonly DocumentKind[] = [],
): { kind: DocumentKind; guessed: PreparedRow['typeGuessed'] } {
  const typed = text(values.TypeName ?? null, 'TypeName', 100);
  if (typed) {
    const custom = customKinds.filter((k) => (direction === 'den' ? k.incoming !== false : k.outgoing !== false));
    const kind = resolveDocumentKind(typed, { preferParty: party, custom }) ?? fail('booksRow.unknownType', { value: typed });
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
  const subject = text(values.Subject ?? null, 'Subject', 500, true)!;
  let so: NumberFields = { codeNumber: null, codeNotation: null, printed: null, system: null, notes: [] };
  try {
    const soText = text(values.SoKyHieu ?? null, 'SoKyHieu', 42);
    const num = values.CodeNumber == null ? null : text(values.CodeNumber, 'CodeNumber', 11);
    const notation = values.CodeNotation == null ? null : text(values.CodeNotation, 'CodeNotation', 30);
    if (soText) so = readNumberFields({ SoKyHieu: soText, CodeNumber: null, CodeNotation: null });
    else if (num || notation) so = readNumberFields({ SoKyHieu: null, CodeNumber: num, CodeNotation: notation });
  } catch (err) {
    if (err instanceof AppError) throw new RowError(textOfError(err));
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
  const issued = readDate(values.IssuedDate ?? null, 'IssuedDate');
  const due = readDate(values.DueDate ?? null, 'DueDate');
  const transfer = readDate(values.TransferDate ?? null, 'TransferDate');
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
    description: text(values.Description ?? null, 'Description', 500),
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
    const arrival = readDate(values.ArrivalDate ?? null, 'ArrivalDate') ?? fail('booksRow.missing', { field: 'ArrivalDate' });
    if (arrival > ctx.today) fail('booksRow.arrivalInFuture', { date: formatDdMmYyyy(arrival) });
    const number = count(values.ArrivalNumber ?? null, 'ArrivalNumber', 9_999_999) ?? fail('booksRow.missing', { field: 'ArrivalNumber' });
    if (number < 1) fail('booksRow.arrivalNumberTooSmall');
    const organ = text(values.OrganName ?? null, 'OrganName', 200, true)!;
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
        to_places: text(values.ToPlaces ?? null, 'ToPlaces', 1000),
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

  if (kind.group === 'legal') fail('booksRow.legalType', { type: kind.name });
  if (!so.codeNumber || !so.codeNotation) fail('booksRow.missingOutgoingNumber');
  if (!/^\d+$/.test(so.codeNumber!)) fail('booksRow.outgoingNumberNotInteger', { value: so.codeNumber! });
  const number = Number(so.codeNumber);
  if (number < 1) fail('booksRow.numberTooSmall');
  const date = issued ?? fail('booksRow.missing', { field: 'IssuedDate' });
  if (date > ctx.today) fail('booksRow.issuedInFuture', { date: formatDdMmYyyy(date) });
  const recipients = (text(values.Recipients ?? null, 'Recipients', 20_000) ?? '')
    .split(/[;\n]+/)
    .map((r) => r.replace(/^[-–•+]\s*/, '').trim())
    .filter((r) => r.length > 0);
  if (recipients.some((r) => r.length > 200)) fail('booksRow.recipientTooLong');
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
      issued_amount: count(values.IssuedAmount ?? null, 'IssuedAmount', 999),
      archive_keeper: text(values.ArchiveKeeper ?? null, 'ArchiveKeeper', 200),
      dup_key: null,
    },
  };
}

/** Converts a row; returns the prepared row or the reasons it is refused. */
export function prepareRow(
  values: Partial<Record<ImportField, MappedValue>>,
  row: number,
  ctx: ImportContext,
): PreparedRow | { row: number; reasons: KeyedText[] } {
  try {
    return prepare(values, row, ctx);
  } catch (err) {
    if (err instanceof RowError) return { row, reasons: [err.reason] };
    throw err;
  }
}
