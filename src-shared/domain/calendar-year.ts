/**
 * One year of the working calendar as a table: which days are worked, why the others are not,
 * and prefix counts of working days so that deadline arithmetic jumps instead of stepping.
 * A year without a notice gets the statutory defaults (with the Điều 111.3 make-up rule) and is
 * marked provisional; with a notice, the notice decides.
 */
import {
  STATUTORY_RULES,
  dayNumberToIso,
  hashText,
  isoToDayNumber,
  weekdayOfDayNumber,
  type CalendarSettings,
  type HolidayRule,
  type YearNotice,
} from './calendar-model';
import { jdnFromYmd, lunarLeapMonth, lunarToJdn, solarToLunar } from './lunar';

/** Offset between a Julian Day Number and our day number (days since 1970-01-01). */
const JDN_UNIX = 2440588;

export type DayKind = 'weekend' | 'holiday' | 'make-up' | 'notice-off' | 'swap-work';

export interface DayNote {
  readonly date: string;
  readonly kind: DayKind;
  readonly reason: string;
  readonly source: string;
}

export interface YearTable {
  readonly year: number;
  /** Day number of 1 January. */
  readonly first: number;
  readonly length: number;
  /** 1 where the day is worked. */
  readonly working: Uint8Array;
  /** cum[i] = working days among the first i days of the year; cum[length] = the year's total. */
  readonly cum: Int32Array;
  /** workIndex[k] = day-of-year index of the k-th working day (0-based). */
  readonly workIndex: Int32Array;
  /** Why a day is not worked (or is worked although a rest day), by day-of-year index. */
  readonly notes: ReadonlyMap<number, DayNote>;
  /** Version id of this year's calendar: a hash of the settings, rules and notice used. */
  readonly version: string;
  /** True when no notice was entered: the statutory defaults are used. */
  readonly provisional: boolean;
  readonly noticeSource: string | null;
  readonly tet: string;
  readonly gioTo: string;
  readonly lunarLeapMonth: number | null;
}

function rulesInForce(settings: CalendarSettings, year: number): HolidayRule[] {
  return STATUTORY_RULES.filter((r) => r.fromYear <= year && !settings.disabledRules.includes(r.id));
}

/** Statutory days off of a year, before make-up days: day number → rule. */
function statutoryDays(year: number, rules: readonly HolidayRule[], rest: ReadonlySet<number>): Map<number, HolidayRule> {
  const out = new Map<number, HolidayRule>();
  for (const r of rules) {
    const anchor = r.calendar === 'lunar' ? lunarToJdn(year, r.month, r.day) - JDN_UNIX : jdnFromYmd(year, r.month, r.day) - JDN_UNIX;
    for (let i = -r.daysBefore; i < r.days - r.daysBefore; i++) out.set(anchor + i, r);
    if (r.adjacentDay) {
      const before = anchor - 1;
      out.set(rest.has(weekdayOfDayNumber(before)) ? anchor + 1 : before, r);
    }
  }
  return out;
}

export function buildYearTable(year: number, settings: CalendarSettings, notice: YearNotice | undefined): YearTable {
  const first = jdnFromYmd(year, 1, 1) - JDN_UNIX;
  const length = jdnFromYmd(year + 1, 1, 1) - JDN_UNIX - first;
  const rest = new Set(settings.weeklyRestDays);
  const working = new Uint8Array(length);
  const notes = new Map<number, DayNote>();
  const rules = rulesInForce(settings, year);
  for (let i = 0; i < length; i++) {
    if (rest.has(weekdayOfDayNumber(first + i))) {
      notes.set(i, { date: dayNumberToIso(first + i), kind: 'weekend', reason: 'Nghỉ hằng tuần', source: 'Chế độ tuần làm việc 40 giờ' });
    } else {
      working[i] = 1;
    }
  }
  if (notice) {
    for (const d of notice.daysOff) {
      const i = isoToDayNumber(d.date) - first;
      working[i] = 0;
      notes.set(i, { date: d.date, kind: 'notice-off', reason: d.reason, source: d.source ?? notice.source });
    }
    for (const d of notice.workingDays) {
      const i = isoToDayNumber(d.date) - first;
      working[i] = 1;
      notes.set(i, { date: d.date, kind: 'swap-work', reason: d.reason, source: d.source ?? notice.source });
    }
  } else {
    const days = statutoryDays(year, rules, rest);
    const sorted = [...days.keys()].sort((a, b) => a - b);
    for (const n of sorted) {
      const r = days.get(n)!;
      const i = n - first;
      if (i < 0 || i >= length) continue;
      working[i] = 0;
      notes.set(i, { date: dayNumberToIso(n), kind: 'holiday', reason: r.name, source: r.basis });
    }
    // Điều 111.3: a holiday on a weekly rest day gives the next working day off.
    for (const n of sorted) {
      const r = days.get(n)!;
      if (!r.makeUp || !rest.has(weekdayOfDayNumber(n))) continue;
      let j = n - first + 1;
      while (j < length && working[j] === 0) j++;
      if (j >= length) continue;
      working[j] = 0;
      notes.set(j, {
        date: dayNumberToIso(first + j),
        kind: 'make-up',
        reason: `Nghỉ bù ${r.name} (${dayNumberToIso(n).split('-').reverse().join('/')})`,
        source: 'BLLĐ 2019 Điều 111.3',
      });
    }
  }
  const cum = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) cum[i + 1] = cum[i]! + working[i]!;
  const workIndex = new Int32Array(cum[length]!);
  for (let i = 0, k = 0; i < length; i++) if (working[i]) workIndex[k++] = i;

  const tetJdn = lunarToJdn(year, 1, 1);
  const gioToJdn = lunarToJdn(year, 3, 10);
  const version = `${year}-${hashText(
    JSON.stringify({
      rest: [...rest].sort(),
      hours: settings.officeHours,
      rules: notice ? [] : rules.map((r) => r.id),
      notice: notice ?? null,
    }),
  )}`;
  return {
    year,
    first,
    length,
    working,
    cum,
    workIndex,
    notes,
    version,
    provisional: notice === undefined,
    noticeSource: notice?.source ?? null,
    tet: dayNumberToIso(tetJdn - JDN_UNIX),
    gioTo: dayNumberToIso(gioToJdn - JDN_UNIX),
    lunarLeapMonth: lunarLeapMonth(year),
  };
}

/** Lunar date of a solar date as the clerk reads it beside the solar date: "29/12", "1/4 nhuận". */
export function lunarLabel(iso: string): { day: number; month: number; leap: boolean; year: number; text: string } {
  const l = solarToLunar(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  return { ...l, text: `${l.day}/${l.month}${l.leap ? ' nhuận' : ''}` };
}
