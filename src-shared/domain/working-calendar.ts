/**
 * Deadline arithmetic on the agency's working calendar, in Vietnam time (UTC+07:00): is a working
 * day, next working day, add N working days, add N working hours, working days between two dates,
 * and "trong ngày, chậm nhất là ngày làm việc tiếp theo" (NĐ 30/2020 Điều 15, 18, 23).
 *
 * Invariants:
 *   - every result names the calendar versions (one per year touched) it was computed with, so a
 *     deadline given to a document can later be re-explained against the same calendar;
 *   - the arithmetic jumps through per-year prefix tables (built once per year, lazily), never
 *     steps day by day; the explanation (on request) lists the non-working days skipped.
 */
import { explainSkipped, formatDayMonthYear } from './calendar-explain';
import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  MAX_WORKING_STEPS,
  dayNumberToIso,
  isoToDayNumber,
  minutesOfHhmm,
  type CalendarErrorCode,
  type CalendarSettings,
  type YearNotice,
} from './calendar-model';
import { buildYearTable, type DayNote, type YearTable } from './calendar-year';
import { domainErr, domainErrAs, domainOk, type DomainResult } from './domain-result';
import { daysInMonth, parseInstant, parseIsoDate, VN_OFFSET_MINUTES } from './vn-time';

export interface DeadlineResult {
  /** "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:00+07:00" for results in hours. */
  readonly result: string;
  /** Calendar version ids of the years the computation touched. */
  readonly calendarVersions: readonly string[];
  /** True when a year touched has no notice yet (statutory defaults used). */
  readonly provisional: boolean;
  /** "hạn 23/02/2026: cộng 1 ngày làm việc từ 13/02/2026, bỏ qua …" — only when asked for. */
  readonly explanation?: string;
  /** Non-working days passed over — only when an explanation is asked for. */
  readonly skipped?: readonly DayNote[];
}

export type CalendarResult<T> = DomainResult<T, CalendarErrorCode>;

const FIRST_DAY = isoToDayNumber(`${CALENDAR_MIN_YEAR}-01-01`);
const LAST_DAY = isoToDayNumber(`${CALENDAR_MAX_YEAR}-12-31`);
const YEAR_FIRST: number[] = [];
for (let y = CALENDAR_MIN_YEAR; y <= CALENDAR_MAX_YEAR + 1; y++) YEAR_FIRST.push(isoToDayNumber(`${y}-01-01`));

function yearOfDay(dn: number): number {
  let i = Math.floor((dn - FIRST_DAY) / 365.2425);
  if (YEAR_FIRST[i + 1]! <= dn) i++;
  else if (YEAR_FIRST[i]! > dn) i--;
  return CALENDAR_MIN_YEAR + i;
}

/** A day (as shown), the day after one, or one plus n working days, beyond the supported calendar. */
const OUT_OF_RANGE = {
  day: 'domain.dayOutOfRange',
  nextDay: 'domain.nextDayOutOfRange',
  workingDays: 'domain.workingDaysOutOfRange',
  workingHours: 'domain.workingHoursOutOfRange',
} as const;
const outOfRange = (day: string, how: keyof typeof OUT_OF_RANGE = 'day', n = 0) =>
  domainErr<CalendarErrorCode>('DATE_OUT_OF_RANGE', OUT_OF_RANGE[how], {
    day,
    ...(how === 'workingDays' || how === 'workingHours' ? { n } : {}),
    min: CALENDAR_MIN_YEAR,
    max: CALENDAR_MAX_YEAR,
  });

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function readDate(s: string): CalendarResult<number> {
  // Fast path for the canonical form; anything else goes through the full parser for its message.
  const m = ISO_DAY.exec(s);
  if (m) {
    const y = +m[1]!;
    const mo = +m[2]!;
    const d = +m[3]!;
    if (y >= CALENDAR_MIN_YEAR && y <= CALENDAR_MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) {
      return domainOk(isoToDayNumber(s));
    }
  }
  const p = parseIsoDate(s);
  if (!p.ok) return domainErrAs('BAD_DATE', p.error);
  const dn = isoToDayNumber(p.value.iso);
  if (dn < FIRST_DAY || dn > LAST_DAY) return outOfRange(formatDayMonthYear(p.value.iso));
  return domainOk(dn);
}

/** Vietnam wall-clock day and minute of an instant; "YYYY-MM-DDTHH:MM" without offset is Vietnam time. */
function readDateTime(s: string): CalendarResult<{ dn: number; minute: number }> {
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/.exec(s.trim());
  const read = parseInstant(local ? `${local[1]}T${local[2]}:${local[3]}:00+07:00` : s);
  if (!read.ok) return domainErrAs('BAD_DATE', read.error);
  const ms = read.value;
  const localMs = ms + VN_OFFSET_MINUTES * 60_000;
  const dn = Math.floor(localMs / 86_400_000);
  if (dn < FIRST_DAY || dn > LAST_DAY) return outOfRange(s);
  return domainOk({ dn, minute: Math.floor((localMs - dn * 86_400_000) / 60_000) });
}

function checkSteps(n: number, unit: 'days' | 'hours'): CalendarResult<number> {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_STEPS) {
    return domainErr('BAD_STEPS', 'domain.stepsRange', { unit, max: MAX_WORKING_STEPS, n });
  }
  return domainOk(n);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export interface WorkingCalendarSource {
  /** Office hours come from here; so do rest days and rules unless `settingsOf` says otherwise. */
  readonly settings: CalendarSettings;
  /** The entered or shipped notice of a year, if any. */
  notice(year: number): YearNotice | undefined;
  /** Per-year settings, when re-explaining with old calendar versions. */
  settingsOf?(year: number): CalendarSettings;
}

export function createWorkingCalendar(source: WorkingCalendarSource) {
  const tables = new Map<number, YearTable>();
  const sessions = source.settings.officeHours.map((s) => ({ start: minutesOfHhmm(s.start), end: minutesOfHhmm(s.end) }));
  const dayMinutes = sessions.reduce((sum, s) => sum + s.end - s.start, 0);

  function table(year: number): YearTable {
    let t = tables.get(year);
    if (!t) {
      t = buildYearTable(year, source.settingsOf?.(year) ?? source.settings, source.notice(year));
      tables.set(year, t);
    }
    return t;
  }

  const isWorking = (dn: number): boolean => {
    const t = table(yearOfDay(dn));
    return t.working[dn - t.first] === 1;
  };

  /** The n-th working day after dn (n = 0: dn itself if worked, else the next); null past 2100. */
  function addDays(dn: number, n: number): number | null {
    let y = yearOfDay(dn);
    let t = table(y);
    const i = dn - t.first;
    let target = t.cum[i + 1]! + n;
    if (n === 0 && t.working[i] === 0) target += 1;
    while (target > t.cum[t.length]!) {
      target -= t.cum[t.length]!;
      if (++y > CALENDAR_MAX_YEAR) return null;
      t = table(y);
    }
    if (target <= 0) return null;
    return t.first + t.workIndex[target - 1]!;
  }

  /** Working days d with a < d ≤ b (negative when b < a). */
  function between(a: number, b: number): number {
    if (b < a) return -between(b, a);
    const rank = (dn: number, y: number) => {
      const t = table(y);
      return t.cum[dn - t.first + 1]!;
    };
    const ya = yearOfDay(a);
    const yb = yearOfDay(b);
    let total = rank(b, yb) - rank(a, ya);
    for (let y = ya; y < yb; y++) total += table(y).cum[table(y).length]!;
    return total;
  }

  function meta(fromDn: number, toDn: number): { calendarVersions: string[]; provisional: boolean } {
    const versions: string[] = [];
    let provisional = false;
    for (let y = yearOfDay(fromDn), last = yearOfDay(toDn); y <= last; y++) {
      const t = table(y);
      versions.push(t.version);
      provisional ||= t.provisional;
    }
    return { calendarVersions: versions, provisional };
  }

  function skippedBetween(fromDn: number, toDn: number): DayNote[] {
    const out: DayNote[] = [];
    for (let d = fromDn + 1; d <= toDn; d++) {
      if (isWorking(d)) continue;
      const t = table(yearOfDay(d));
      const note = t.notes.get(d - t.first);
      if (note) out.push(note);
    }
    return out;
  }

  function explained(result: string, fromDn: number, toDn: number, headOf: () => string, explain: boolean): DeadlineResult {
    const m = meta(Math.min(fromDn, toDn), Math.max(fromDn, toDn));
    if (!explain) return { result, ...m };
    const head = headOf();
    const skipped = skippedBetween(fromDn, toDn);
    const tail = explainSkipped(skipped);
    const provisional = m.provisional ? ' (lịch tạm tính: chưa có thông báo nghỉ lễ của năm)' : '';
    return { result, ...m, skipped, explanation: `${head}${tail ? `, bỏ qua ${tail}` : ''}${provisional}` };
  }

  /** Clock time of a working-minute offset r (0 < r ≤ dayMinutes) in a working day. */
  function clockOf(r: number): number {
    let before = 0;
    for (const s of sessions) {
      const len = s.end - s.start;
      if (r <= before + len) return s.start + (r - before);
      before += len;
    }
    return sessions[sessions.length - 1]!.end;
  }

  /** Working minutes of a day already past at a clock minute. */
  function workedBefore(minute: number): number {
    let worked = 0;
    for (const s of sessions) worked += Math.max(0, Math.min(minute, s.end) - s.start);
    return worked;
  }

  const dateTimeIso = (dn: number, minute: number) =>
    `${dayNumberToIso(dn)}T${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}:00+07:00`;

  return {
    settings: source.settings,
    /** Working minutes in a working day (office hours). */
    dayMinutes,
    table(year: number): YearTable {
      return table(year);
    },

    isWorkingDay(date: string): CalendarResult<{ working: boolean; note: DayNote | null; calendarVersion: string }> {
      const d = readDate(date);
      if (!d.ok) return d;
      const t = table(yearOfDay(d.value));
      const i = d.value - t.first;
      return domainOk({ working: t.working[i] === 1, note: t.notes.get(i) ?? null, calendarVersion: t.version });
    },

    /** The first working day strictly after `date`. */
    nextWorkingDay(date: string, explain = false): CalendarResult<DeadlineResult> {
      const d = readDate(date);
      if (!d.ok) return d;
      const r = addDays(d.value, 1);
      if (r === null) return outOfRange(formatDayMonthYear(date), 'nextDay');
      const iso = dayNumberToIso(r);
      return domainOk(
        explained(
          iso,
          d.value,
          r,
          () => `hạn ${formatDayMonthYear(iso)}: ngày làm việc tiếp theo sau ${formatDayMonthYear(date)}`,
          explain,
        ),
      );
    },

    /** The n-th working day after `date` (the day itself is not counted); n = 0 gives `date` if worked. */
    addWorkingDays(date: string, n: number, explain = false): CalendarResult<DeadlineResult> {
      const d = readDate(date);
      if (!d.ok) return d;
      const steps = checkSteps(n, 'days');
      if (!steps.ok) return steps;
      const r = addDays(d.value, n);
      if (r === null) return outOfRange(formatDayMonthYear(date), 'workingDays', n);
      const iso = dayNumberToIso(r);
      return domainOk(
        explained(iso, d.value, r, () => `hạn ${formatDayMonthYear(iso)}: cộng ${n} ngày làm việc từ ${formatDayMonthYear(date)}`, explain),
      );
    },

    /**
     * `from` plus n working hours counted in office hours. A start outside office hours counts from
     * the next session; a result at the end of a session stays there (11:30, not 13:30).
     */
    addWorkingHours(from: string, n: number, explain = false): CalendarResult<DeadlineResult> {
      const d = readDateTime(from);
      if (!d.ok) return d;
      const steps = checkSteps(n, 'hours');
      if (!steps.ok) return steps;
      let startDn = d.value.dn;
      let offset = isWorking(startDn) ? workedBefore(d.value.minute) : dayMinutes;
      if (offset >= dayMinutes) {
        const next = addDays(startDn, 1);
        if (next === null) return outOfRange(from);
        startDn = next;
        offset = 0;
      }
      const total = offset + n * 60;
      let k = Math.floor(total / dayMinutes);
      let r = total - k * dayMinutes;
      if (r === 0 && k > 0) {
        k -= 1;
        r = dayMinutes;
      }
      const dayDn = k === 0 ? startDn : addDays(startDn, k);
      if (dayDn === null) return outOfRange(from, 'workingHours', n);
      const minute = r === 0 ? sessions[0]!.start : clockOf(r);
      const iso = dateTimeIso(dayDn, minute);
      const head = () =>
        `hạn ${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)} ${formatDayMonthYear(dayNumberToIso(dayDn))}: cộng ${n} giờ làm việc (giờ hành chính) từ ${from}`;
      return domainOk(explained(iso, d.value.dn, dayDn, head, explain));
    },

    /** Working days d with from < d ≤ to; negative when `to` is before `from`. */
    workingDaysBetween(from: string, to: string): CalendarResult<{ days: number; calendarVersions: readonly string[] }> {
      const a = readDate(from);
      if (!a.ok) return a;
      const b = readDate(to);
      if (!b.ok) return b;
      return domainOk({
        days: between(a.value, b.value),
        calendarVersions: meta(Math.min(a.value, b.value), Math.max(a.value, b.value)).calendarVersions,
      });
    },

    /**
     * "Trong ngày, chậm nhất là ngày làm việc tiếp theo" (Điều 15.1, 18.1, 23.1): the latest
     * deadline is the end of office hours of the next working day after the day of `at`.
     */
    sameDayOrNextWorkingDay(at: string, explain = false): CalendarResult<DeadlineResult> {
      const d = readDateTime(at);
      if (!d.ok) return d;
      const r = addDays(d.value.dn, 1);
      if (r === null) return outOfRange(at);
      const end = sessions[sessions.length - 1]!.end;
      const dayIso = dayNumberToIso(d.value.dn);
      const head = () =>
        `hạn ${pad2(Math.floor(end / 60))}:${pad2(end % 60)} ${formatDayMonthYear(dayNumberToIso(r))}: trong ngày ${formatDayMonthYear(dayIso)}, chậm nhất là ngày làm việc tiếp theo (NĐ 30/2020)`;
      return domainOk(explained(dateTimeIso(r, end), d.value.dn, r, head, explain));
    },
  };
}

export type WorkingCalendar = ReturnType<typeof createWorkingCalendar>;
