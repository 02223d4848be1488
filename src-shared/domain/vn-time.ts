/**
 * Vietnam civil time and calendar dates, without a timezone library. Vietnam keeps UTC+07:00 all
 * year (no daylight saving), so a fixed offset is exact. Every "which year / which day" decision
 * of the register — the yearly number reset, the issue date, the day of receipt — is made in
 * Vietnam time, never in the machine's local zone.
 */
import { domainErr, domainOk, type DomainResult } from './domain-result';

export const VN_OFFSET_MINUTES = 7 * 60;
const VN_OFFSET_MS = VN_OFFSET_MINUTES * 60_000;

/** A moment in time: epoch milliseconds, a Date, or an ISO 8601 date-time string WITH an offset. */
export type Instant = number | Date | string;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * Converts an instant to epoch milliseconds.
 * Invariant: strings must carry "Z" or an offset — "2026-01-01T00:00" alone means different
 * moments on different machines, which is exactly the bug this module exists to prevent.
 * Throws RangeError on an unreadable instant (a programming error: instants come from the
 * clock or from already-validated records).
 */
export function toEpochMs(instant: Instant): number {
  if (typeof instant === 'number') {
    if (!Number.isFinite(instant)) throw new RangeError(`Thời điểm không hợp lệ: ${instant}`);
    return instant;
  }
  if (instant instanceof Date) {
    const ms = instant.getTime();
    if (Number.isNaN(ms)) throw new RangeError('Thời điểm không hợp lệ: Invalid Date');
    return ms;
  }
  const r = parseInstant(instant);
  if (!r.ok) throw new RangeError(r.error.message);
  return r.value;
}

export type InstantErrorCode = 'INVALID_INSTANT';

/**
 * Reads an ISO 8601 date-time string WITH an offset ("2026-03-05T08:30:00+07:00", "…Z") to epoch
 * milliseconds, or refuses it keyed (bad shape, a moment that does not exist, a bad zone).
 */
export function parseInstant(instant: string): DomainResult<number, InstantErrorCode> {
  const m = ISO_DATE_TIME.exec(instant.trim());
  if (!m) return domainErr('INVALID_INSTANT', 'domain.instantNotIso', { instant });
  const [, y, mo, d, h, mi, s = '0', frac = '0', zone = 'Z'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    return domainErr('INVALID_INSTANT', 'domain.instantNoSuch', { instant });
  }
  const ms = Math.floor(Number(`0.${frac}`) * 1000);
  let offsetMin = 0;
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 23 || om > 59) return domainErr('INVALID_INSTANT', 'domain.badZone', { zone });
    offsetMin = sign * (oh * 60 + om);
  }
  return domainOk(utcMs(year, month, day, hour, minute, second, ms) - offsetMin * 60_000);
}

function utcMs(year: number, month: number, day: number, h = 0, mi = 0, s = 0, ms = 0): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps the year as given.
  const date = new Date(Date.UTC(2000, month - 1, day, h, mi, s, ms));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** Wall-clock fields in Vietnam for an instant. */
function vnFields(instant: Instant): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const d = new Date(toEpochMs(instant) + VN_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/**
 * Calendar year in Vietnam at that instant — the year whose number series a document belongs to.
 * Example: 2025-12-31T17:00:00Z is 2026-01-01 00:00 in Vietnam, so year 2026.
 */
export function vnYear(instant: Instant): number {
  return vnFields(instant).year;
}

/** Calendar date in Vietnam at that instant, as "YYYY-MM-DD". */
export function vnDate(instant: Instant): string {
  const f = vnFields(instant);
  return `${pad4(f.year)}-${pad2(f.month)}-${pad2(f.day)}`;
}

/**
 * ISO 8601 in Vietnam time with explicit offset, second precision: "2026-03-05T08:30:00+07:00" —
 * the form the decree asks for in signature and copy blocks ("múi giờ Việt Nam theo tiêu chuẩn
 * ISO 8601"). Milliseconds are truncated, never rounded up into the next second.
 */
export function toVnIso(instant: Instant): string {
  const f = vnFields(instant);
  return `${pad4(f.year)}-${pad2(f.month)}-${pad2(f.day)}T${pad2(f.hour)}:${pad2(f.minute)}:${pad2(f.second)}+07:00`;
}

/**
 * Epoch ms of 00:00:00 Vietnam time on a calendar date; with `vnDayStartMs(next day)` it bounds
 * "documents of that day". Throws RangeError on an invalid date (see `parseIsoDate`).
 */
export function vnDayStartMs(isoDate: string): number {
  const d = requireDate(isoDate);
  return utcMs(d.year, d.month, d.day) - VN_OFFSET_MS;
}

/** [start, end) in epoch ms of a calendar year in Vietnam: the lifetime of a yearly number series. */
export function vnYearRangeMs(year: number): { startMs: number; endMs: number } {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Năm không hợp lệ: ${year}`);
  return { startMs: utcMs(year, 1, 1) - VN_OFFSET_MS, endMs: utcMs(year + 1, 1, 1) - VN_OFFSET_MS };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar; month is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Canonical "YYYY-MM-DD". */
  readonly iso: string;
}

export type DateErrorCode = 'INVALID_FORMAT' | 'INVALID_YEAR' | 'INVALID_MONTH' | 'INVALID_DAY';

function buildDate(year: number, month: number, day: number, shown: string): DomainResult<CalendarDate, DateErrorCode> {
  if (year < 1 || year > 9999) return domainErr('INVALID_YEAR', 'domain.dateBadYear', { year, date: shown });
  if (month < 1 || month > 12) return domainErr('INVALID_MONTH', 'domain.dateBadMonth', { month, date: shown });
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    return domainErr('INVALID_DAY', 'domain.dateNoSuchDay', { date: shown, month, year, days: max });
  }
  return domainOk({ year, month, day, iso: `${pad4(year)}-${pad2(month)}-${pad2(day)}` });
}

/**
 * Reads a calendar date "YYYY-MM-DD" (the wire and storage form). Rejects other shapes and dates
 * that do not exist (2026-02-30, 2025-02-29, month 13) with a Vietnamese message.
 * Invariant on success: `value.iso === s.trim()`.
 */
export function parseIsoDate(s: string): DomainResult<CalendarDate, DateErrorCode> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return domainErr('INVALID_FORMAT', 'domain.dateNotIso', { text: s });
  return buildDate(Number(m[1]), Number(m[2]), Number(m[3]), s.trim());
}

/**
 * Reads a date as Vietnamese clerks type it: day first, "05/03/2026", "5/3/2026", "05-03-2026",
 * "05.03.2026". A two-digit year is refused (ambiguous century in an archive).
 */
export function parseDdMmYyyy(s: string): DomainResult<CalendarDate, DateErrorCode> {
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s.trim());
  if (!m) return domainErr('INVALID_FORMAT', 'domain.dateNotDmy', { text: s });
  return buildDate(Number(m[4]), Number(m[3]), Number(m[1]), s.trim());
}

function requireDate(isoDate: string): CalendarDate {
  const r = parseIsoDate(isoDate);
  if (!r.ok) throw new RangeError(r.error.message);
  return r.value;
}

/** "2026-03-05" → "05/03/2026" (register books and tables). Throws RangeError on an invalid date. */
export function formatDdMmYyyy(isoDate: string): string {
  const d = requireDate(isoDate);
  return `${pad2(d.day)}/${pad2(d.month)}/${pad4(d.year)}`;
}

/**
 * Place and date line of a document (Phụ lục I Mục II.4.b): "Hà Nội, ngày 05 tháng 3 năm 2026".
 * The decree: "đối với những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía
 * trước" — so days 1–9 and months 1–2 get a zero ("ngày 05 tháng 01"), months 3–12 do not
 * ("tháng 3").
 * An empty place name yields the date part alone ("ngày 05 tháng 3 năm 2026").
 * Throws RangeError on an invalid date.
 */
export function formatNgayThangNam(isoDate: string, placeName: string): string {
  const d = requireDate(isoDate);
  const day = pad2(d.day);
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  const datePart = `ngày ${day} tháng ${month} năm ${d.year}`;
  const place = placeName.normalize('NFC').trim();
  return place.length > 0 ? `${place}, ${datePart}` : datePart;
}
