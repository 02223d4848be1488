/**
 * The data a working calendar is made of: the agency's settings (weekly rest days, office hours,
 * which statutory rules apply) and the yearly notices (thông báo nghỉ lễ, Tết). Pure data and its
 * validation; the arithmetic is in `working-calendar.ts`.
 *
 * Nothing here that a yearly notice can change is fixed in code: the statutory holidays are rules
 * (law, Bộ luật Lao động 2019 Điều 112.1) that give the provisional defaults of a year; a notice,
 * once entered, decides that year's days off and swapped working days entirely.
 */
import { domainErr, domainErrAround, domainOk, type DomainResult } from './domain-result';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, jdnFromYmd, lunarToJdn, ymdFromJdn } from './lunar';
import { parseIsoDate } from './vn-time';

export const CALENDAR_MIN_YEAR = LUNAR_MIN_YEAR;
export const CALENDAR_MAX_YEAR = LUNAR_MAX_YEAR;
/** Largest N accepted for "add N working days/hours" (about ten years of days). */
export const MAX_WORKING_STEPS = 3650;

/** A statutory holiday rule. `calendar: 'lunar'` dates are Vietnamese lunar (âm lịch) dates. */
export interface HolidayRule {
  readonly id: string;
  readonly name: string;
  readonly calendar: 'solar' | 'lunar';
  readonly month: number;
  readonly day: number;
  /** Number of days off (Tết: 5). */
  readonly days: number;
  /** Days off before the anchor date (Tết: 1, the last day of the old year). */
  readonly daysBefore: number;
  /** Quốc khánh: one adjacent day (01/9, or 03/9 when 01/9 is a rest day) until the notice names it. */
  readonly adjacentDay: boolean;
  /** The legal basis shown as the source of a computed day. */
  readonly basis: string;
  /** Whether Điều 111.3 (a holiday on a weekly rest day gives the next working day off) applies. */
  readonly makeUp: boolean;
  readonly fromYear: number;
}

/**
 * Statutory holidays, Bộ luật Lao động 2019 (45/2019/QH14) Điều 112.1 a–e, plus the Ngày Văn hóa
 * Việt Nam (24/11) from 2026.
 *
 * 24/11 — source and decision: Nghị quyết 80-NQ/TW (Bộ Chính trị, 07/01/2026) chose 24/11 as the
 * Ngày Văn hóa Việt Nam "là ngày nghỉ, người lao động được hưởng nguyên lương"; Nghị quyết
 * 30/NQ-CP (02/2026) tasks the amendment of Điều 112.1 (news reports: vneconomy.vn 26/02/2026,
 * dantri.com.vn 25/02/2026). Two public repositories cite Nghị quyết 28/2026/QH16 Điều 2 (in force
 * 01/07/2026) as the law text; we could not read that text itself. So 24/11 is a rule the agency
 * can switch off in its settings, it gets no Điều 111.3 make-up day (it is not in Điều 112.1 as
 * read), and it is listed in the 2026 notice data with its own source, where a notice can drop it.
 */
export const STATUTORY_RULES: readonly HolidayRule[] = [
  {
    id: 'tet-duong-lich',
    name: 'Tết Dương lịch',
    calendar: 'solar',
    month: 1,
    day: 1,
    days: 1,
    daysBefore: 0,
    adjacentDay: false,
    basis: 'BLLĐ 2019 Điều 112.1.a',
    makeUp: true,
    fromYear: CALENDAR_MIN_YEAR,
  },
  {
    id: 'tet-am-lich',
    name: 'Tết Âm lịch',
    calendar: 'lunar',
    month: 1,
    day: 1,
    days: 5,
    daysBefore: 1,
    adjacentDay: false,
    basis: 'BLLĐ 2019 Điều 112.1.b',
    makeUp: true,
    fromYear: CALENDAR_MIN_YEAR,
  },
  {
    id: 'gio-to',
    name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    calendar: 'lunar',
    month: 3,
    day: 10,
    days: 1,
    daysBefore: 0,
    adjacentDay: false,
    basis: 'BLLĐ 2019 Điều 112.1.e',
    makeUp: true,
    fromYear: CALENDAR_MIN_YEAR,
  },
  {
    id: 'chien-thang',
    name: 'Ngày Chiến thắng (30/4)',
    calendar: 'solar',
    month: 4,
    day: 30,
    days: 1,
    daysBefore: 0,
    adjacentDay: false,
    basis: 'BLLĐ 2019 Điều 112.1.c',
    makeUp: true,
    fromYear: CALENDAR_MIN_YEAR,
  },
  {
    id: 'quoc-te-lao-dong',
    name: 'Ngày Quốc tế lao động (01/5)',
    calendar: 'solar',
    month: 5,
    day: 1,
    days: 1,
    daysBefore: 0,
    adjacentDay: false,
    basis: 'BLLĐ 2019 Điều 112.1.d',
    makeUp: true,
    fromYear: CALENDAR_MIN_YEAR,
  },
  {
    id: 'quoc-khanh',
    name: 'Quốc khánh (02/9)',
    calendar: 'solar',
    month: 9,
    day: 2,
    days: 1,
    daysBefore: 0,
    adjacentDay: true,
    basis: 'BLLĐ 2019 Điều 112.1.đ',
    makeUp: true,
    fromYear: CALENDAR_MIN_YEAR,
  },
  {
    id: 'van-hoa-viet-nam',
    name: 'Ngày Văn hóa Việt Nam (24/11)',
    calendar: 'solar',
    month: 11,
    day: 24,
    days: 1,
    daysBefore: 0,
    adjacentDay: false,
    basis: 'NQ 28/2026/QH16 Điều 2 (chưa đối chiếu văn bản gốc)',
    makeUp: false,
    fromYear: 2026,
  },
];

export interface OfficeSession {
  /** "HH:MM", Vietnam time. */
  readonly start: string;
  readonly end: string;
}

export interface CalendarSettings {
  /** 0 = Sunday … 6 = Saturday. */
  readonly weeklyRestDays: readonly number[];
  readonly officeHours: readonly OfficeSession[];
  /** Statutory rule ids switched off by the agency (e.g. 'van-hoa-viet-nam' if not in force). */
  readonly disabledRules: readonly string[];
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  weeklyRestDays: [0, 6],
  officeHours: [
    { start: '07:30', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  disabledRules: [],
};

export interface NoticeDay {
  /** "YYYY-MM-DD". */
  readonly date: string;
  readonly reason: string;
  /** Own source when it differs from the notice's (e.g. a law adopted after the notice). */
  readonly source?: string | undefined;
}

/** A year's official notice: it decides the year's days off and swapped working days. */
export interface YearNotice {
  readonly year: number;
  /** Số, ký hiệu of the notice, e.g. "9441/TB-BNV". */
  readonly source: string;
  readonly title?: string | undefined;
  /** Every weekday off that year (holidays, make-up days, swapped days off). */
  readonly daysOff: readonly NoticeDay[];
  /** Weekly rest days worked that year (swapped working days). */
  readonly workingDays: readonly NoticeDay[];
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function minutesOfHhmm(s: string): number {
  const m = HHMM.exec(s);
  if (!m) return Number.NaN;
  return Number(m[1]) * 60 + Number(m[2]);
}

export type CalendarErrorCode =
  | 'YEAR_OUT_OF_RANGE'
  | 'BAD_DATE'
  | 'DAY_OUTSIDE_YEAR'
  | 'DUPLICATE_DAY'
  | 'NOT_A_REST_DAY'
  | 'WEEK_WITHOUT_WORK'
  | 'BAD_HOURS'
  | 'BAD_REST_DAYS'
  | 'BAD_STEPS'
  | 'DATE_OUT_OF_RANGE'
  | 'BAD_SOURCE';

export function checkYear(year: number): DomainResult<number, CalendarErrorCode> {
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    return domainErr('YEAR_OUT_OF_RANGE', 'domain.yearOutOfRange', { year, min: CALENDAR_MIN_YEAR, max: CALENDAR_MAX_YEAR });
  }
  return domainOk(year);
}

/** Checks office hours and rest days. Sessions must be in order, each ending after it starts. */
export function checkSettings(s: CalendarSettings): DomainResult<CalendarSettings, CalendarErrorCode> {
  const rest = [...new Set(s.weeklyRestDays)].sort();
  if (rest.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
    return domainErr('BAD_REST_DAYS', 'domain.restDaysRange', { days: s.weeklyRestDays.join(', ') });
  }
  if (rest.length > 6) return domainErr('BAD_REST_DAYS', 'domain.noWorkingDay');
  if (s.officeHours.length === 0 || s.officeHours.length > 4) {
    return domainErr('BAD_HOURS', 'domain.sessionCount');
  }
  let last = -1;
  for (const session of s.officeHours) {
    const a = minutesOfHhmm(session.start);
    const b = minutesOfHhmm(session.end);
    if (Number.isNaN(a) || Number.isNaN(b)) {
      return domainErr('BAD_HOURS', 'domain.sessionFormat', { start: session.start, end: session.end });
    }
    if (b <= a) return domainErr('BAD_HOURS', 'domain.sessionReversed', { start: session.start, end: session.end });
    if (a < last) return domainErr('BAD_HOURS', 'domain.sessionOverlap', { start: session.start, end: session.end });
    last = b;
  }
  return domainOk({ ...s, weeklyRestDays: rest });
}

/**
 * Checks a notice against the year and the weekly rest days: every day inside its year and
 * listed once, a swapped working day really a rest day, and no week left without a working day
 * (Tết's weeks excepted).
 */
export function checkNotice(n: YearNotice, weeklyRestDays: readonly number[]): DomainResult<YearNotice, CalendarErrorCode> {
  const y = checkYear(n.year);
  if (!y.ok) return y;
  const source = n.source.normalize('NFC').trim();
  if (source.length === 0 || source.length > 100) {
    return domainErr('BAD_SOURCE', 'domain.noticeSource');
  }
  const seen = new Set<string>();
  const rest = new Set(weeklyRestDays);
  const off = new Set<string>();
  const work = new Set<string>();
  for (const [list, kind] of [
    [n.daysOff, 'off'],
    [n.workingDays, 'work'],
  ] as const) {
    for (const d of list) {
      const p = parseIsoDate(d.date);
      if (!p.ok) return domainErrAround('BAD_DATE', 'domain.noticeDate', p.error, { day: d.date, source });
      if (p.value.year !== n.year) {
        return domainErr('DAY_OUTSIDE_YEAR', 'domain.noticeOtherYear', { day: p.value.iso, year: n.year, source });
      }
      if (seen.has(p.value.iso)) return domainErr('DUPLICATE_DAY', 'domain.noticeTwice', { day: p.value.iso, source });
      seen.add(p.value.iso);
      if (kind === 'work') {
        if (!rest.has(weekdayOfIso(p.value.iso))) {
          return domainErr('NOT_A_REST_DAY', 'domain.notRestDay', { day: p.value.iso });
        }
        work.add(p.value.iso);
      } else {
        off.add(p.value.iso);
      }
    }
  }
  // Every Monday-starting week that lies (at least partly) in the year needs a working day, except
  // around Tết, whose five days off (Điều 112.1.b) can legitimately fill a whole week.
  const tet = lunarToJdn(n.year, 1, 1) - 2440588;
  const first = isoToDayNumber(`${n.year}-01-01`);
  const last = isoToDayNumber(`${n.year}-12-31`);
  let weekStart = first - ((weekdayOfDayNumber(first) + 6) % 7);
  for (; weekStart <= last; weekStart += 7) {
    let anyWork = false;
    for (let d = weekStart; d < weekStart + 7 && !anyWork; d++) {
      const iso = dayNumberToIso(d);
      const isRest = rest.has(weekdayOfDayNumber(d));
      if (d < first || d > last) anyWork = !isRest;
      else anyWork = work.has(iso) || (!isRest && !off.has(iso));
    }
    if (!anyWork && Math.abs(weekStart + 3 - tet) > 7) {
      const from = dayNumberToIso(Math.max(weekStart, first));
      return domainErr('WEEK_WITHOUT_WORK', 'domain.weekWithoutWork', { source, from });
    }
  }
  return domainOk({ ...n, source });
}

// Day numbers: days since 1970-01-01 (integer calendar arithmetic, no Date objects: these run on
// every deadline computation; dates carry no time zone).
export function isoToDayNumber(iso: string): number {
  return jdnFromYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)) - 2440588;
}

export function dayNumberToIso(n: number): string {
  const d = ymdFromJdn(n + 2440588);
  return `${d.year}-${d.month < 10 ? '0' : ''}${d.month}-${d.day < 10 ? '0' : ''}${d.day}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function weekdayOfIso(iso: string): number {
  return weekdayOfDayNumber(isoToDayNumber(iso));
}

/** Short, stable, non-cryptographic hash (cyrb53) as 14 hex digits: calendar version ids. */
export function hashText(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
