/**
 * Reads a year's notice from a file an administrator prepared: the shipped JSON format, or a
 * CSV/xlsx sheet laid out as
 *
 *   Năm          | 2027
 *   Số, ký hiệu  | 1234/TB-BNV
 *   Tiêu đề      | Thông báo nghỉ Tết …          (optional)
 *   Ngày         | Loại     | Lý do            | Nguồn (optional)
 *   2027-02-05   | nghỉ     | Tết Âm lịch      |
 *   06/02/2027   | làm bù   | Làm bù cho 12/02 |
 *
 * Bounded (the file size is capped by the contract; rows here), every refusal names the row.
 * The result is checked as a whole by the service before anything is saved.
 */
import { appError, type ErrorCode, type ErrorParams } from '../../../src-shared/rpc/errors';
import { YearNoticeSchema } from '../../../src-shared/contracts/calendar.contract';
import { foldVietnamese, parseDdMmYyyy, parseIsoDate, type NoticeDay, type YearNotice } from '../../../src-shared/domain';
import { cellText as text, readSpreadsheet } from '../books/spreadsheet/read-sheet';

const MAX_ROWS = 400;
const bad = (code: ErrorCode, params: ErrorParams, details: Record<string, unknown> = {}) =>
  appError(code, params, { field: 'file', ...details });

function dateOf(s: string): string | null {
  const iso = parseIsoDate(s);
  if (iso.ok) return iso.value.iso;
  const dmy = parseDdMmYyyy(s);
  return dmy.ok ? dmy.value.iso : null;
}

const key = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]/g, '');

export async function readNoticeFile(
  bytes: Uint8Array,
  fileName: string,
  overrides: { year?: number | undefined; source?: string | undefined },
): Promise<YearNotice> {
  if (fileName.toLowerCase().endsWith('.json')) {
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (err) {
      throw bad('calendar.noticeNotJson', { name: fileName, error: (err as Error).message });
    }
    const merged = {
      ...(raw as object),
      ...(overrides.year !== undefined ? { year: overrides.year } : {}),
      ...(overrides.source ? { source: overrides.source } : {}),
    };
    const parsed = YearNoticeSchema.safeParse(merged);
    if (!parsed.success)
      throw bad('calendar.noticeWrongShape', {
        name: fileName,
        issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
    return parsed.data;
  }
  const sheet = await readSpreadsheet(bytes, fileName);
  if (sheet.rows.length > MAX_ROWS) throw bad('calendar.noticeTooManyRows', { rows: sheet.rows.length, max: MAX_ROWS });
  let year = overrides.year;
  let source = overrides.source?.trim() || undefined;
  let title: string | undefined;
  const daysOff: NoticeDay[] = [];
  const workingDays: NoticeDay[] = [];
  sheet.rows.forEach((row, i) => {
    const line = i + 1;
    const first = text(row[0]);
    if (first === '') return;
    const k = key(first);
    if (k === 'nam' || k === 'year') {
      const y = Number(text(row[1]));
      if (!Number.isInteger(y)) throw bad('calendar.noticeBadYear', { line, value: text(row[1]) }, { row: line });
      year ??= y;
      return;
    }
    if (k === 'sokyhieu' || k === 'source') {
      source ??= text(row[1]) || undefined;
      return;
    }
    if (k === 'tieude' || k === 'title') {
      title = text(row[1]) || undefined;
      return;
    }
    if (k === 'ngay' || k === 'date') return;
    const date = dateOf(first);
    if (!date) throw bad('calendar.noticeBadDate', { line, value: first }, { row: line });
    const kind = key(text(row[1]));
    const reason = text(row[2]);
    if (reason === '') throw bad('calendar.noticeNoReason', { line, date }, { row: line });
    const src = text(row[3]);
    const day: NoticeDay = src ? { date, reason, source: src } : { date, reason };
    if (kind === 'nghi' || kind === 'nghile' || kind === 'off') daysOff.push(day);
    else if (kind === 'lambu' || kind === 'lamviec' || kind === 'work') workingDays.push(day);
    else throw bad('calendar.noticeBadKind', { line, value: text(row[1]) }, { row: line });
  });
  if (year === undefined) throw bad('calendar.noticeNoYear', { name: fileName });
  if (!source) throw bad('calendar.noticeNoSource', { name: fileName });
  const parsed = YearNoticeSchema.safeParse({ year, source, title, daysOff, workingDays });
  if (!parsed.success)
    throw bad('calendar.noticeInvalid', { name: fileName, issues: parsed.error.issues.map((i) => i.message).join('; ') });
  return parsed.data;
}
