/**
 * Vietnamese lunisolar calendar (âm lịch), computed at the UTC+07:00 meridian (105°E), which
 * Vietnam has used since 1968. Written from the algorithms in Jean Meeus, *Astronomical Algorithms*
 * (2nd ed.): chapter 49 for the true new moon, chapter 25 for the Sun's apparent longitude, and the
 * Espenak–Meeus polynomials for ΔT. The calendar rules:
 *   - a month starts on the local (UTC+7) day of a new moon;
 *   - month 11 is the month that contains the winter solstice (Sun at 270°);
 *   - a year between two months 11 that has 13 months gets a leap month: the first month after
 *     month 11 that contains no major solar term (trung khí, a multiple of 30° of solar longitude).
 * A Chinese-calendar library (UTC+8) differs in some years (1985, 2007, 2030): never substitute one.
 * Tests compare every Tết, every 10/3 and every leap month of 1968–2100 with date-chinese's
 * CalendarVietnamese, an independent implementation (VSOP87).
 */

export const LUNAR_MIN_YEAR = 1968;
export const LUNAR_MAX_YEAR = 2100;

const TZ_HOURS = 7;
const SYNODIC_MONTH = 29.530588861;
const DEG = Math.PI / 180;

const sinDeg = (d: number): number => Math.sin(d * DEG);

/** Julian Day Number (integer, noon-based) of a Gregorian date. */
export function jdnFromYmd(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** Gregorian date of a Julian Day Number. */
export function ymdFromJdn(jdn: number): { year: number; month: number; day: number } {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** ΔT = TT − UT in days (Espenak & Meeus, NASA eclipse site polynomials), for 1900–2150. */
function deltaTDays(year: number): number {
  let s: number;
  if (year < 1920) {
    const t = year - 1900;
    s = -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  } else if (year < 1941) {
    const t = year - 1920;
    s = 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  } else if (year < 1961) {
    const t = year - 1950;
    s = 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  } else if (year < 1986) {
    const t = year - 1975;
    s = 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  } else if (year < 2005) {
    const t = year - 2000;
    s = 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  } else if (year < 2050) {
    const t = year - 2000;
    s = 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  } else {
    const u = (year - 1820) / 100;
    s = -20 + 32 * u ** 2 - 0.5628 * (2150 - year);
  }
  return s / 86400;
}

const yearOfJd = (jd: number): number => 2000 + (jd - 2451545) / 365.25;

/** JDE (TT) of the true new moon of lunation k (k = 0: 6 January 2000). Meeus ch. 49. */
function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  const jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  const corr =
    -0.4072 * sinDeg(Mp) +
    0.17241 * E * sinDeg(M) +
    0.01608 * sinDeg(2 * Mp) +
    0.01039 * sinDeg(2 * F) +
    0.00739 * E * sinDeg(Mp - M) -
    0.00514 * E * sinDeg(Mp + M) +
    0.00208 * E * E * sinDeg(2 * M) -
    0.00111 * sinDeg(Mp - 2 * F) -
    0.00057 * sinDeg(Mp + 2 * F) +
    0.00056 * E * sinDeg(2 * Mp + M) -
    0.00042 * sinDeg(3 * Mp) +
    0.00042 * E * sinDeg(M + 2 * F) +
    0.00038 * E * sinDeg(M - 2 * F) -
    0.00024 * E * sinDeg(2 * Mp - M) -
    0.00017 * sinDeg(Om) -
    0.00007 * sinDeg(Mp + 2 * M) +
    0.00004 * sinDeg(2 * Mp - 2 * F) +
    0.00004 * sinDeg(3 * M) +
    0.00003 * sinDeg(Mp + M - 2 * F) +
    0.00003 * sinDeg(2 * Mp + 2 * F) -
    0.00003 * sinDeg(Mp + M + 2 * F) +
    0.00003 * sinDeg(Mp - M + 2 * F) -
    0.00002 * sinDeg(Mp - M - 2 * F) -
    0.00002 * sinDeg(3 * Mp + M) +
    0.00002 * sinDeg(4 * Mp);
  const planetary =
    0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * T2) +
    0.000165 * sinDeg(251.88 + 0.016321 * k) +
    0.000164 * sinDeg(251.83 + 26.651886 * k) +
    0.000126 * sinDeg(349.42 + 36.412478 * k) +
    0.00011 * sinDeg(84.66 + 18.206239 * k) +
    0.000062 * sinDeg(141.74 + 53.303771 * k) +
    0.00006 * sinDeg(207.14 + 2.453732 * k) +
    0.000056 * sinDeg(154.84 + 7.30686 * k) +
    0.000047 * sinDeg(34.52 + 27.261239 * k) +
    0.000042 * sinDeg(207.19 + 0.121824 * k) +
    0.00004 * sinDeg(291.34 + 1.844379 * k) +
    0.000037 * sinDeg(161.72 + 24.198154 * k) +
    0.000035 * sinDeg(239.56 + 25.513099 * k) +
    0.000023 * sinDeg(331.55 + 3.592518 * k);
  return jde + corr + planetary;
}

/** Local (UTC+7) Julian Day Number of the day on which new moon k falls. */
function newMoonDay(k: number): number {
  const jde = newMoonJde(k);
  const jdUt = jde - deltaTDays(yearOfJd(jde));
  return Math.floor(jdUt + 0.5 + TZ_HOURS / 24);
}

/** Apparent geocentric longitude of the Sun in degrees [0, 360) at a JDE (TT). Meeus ch. 25. */
function sunLongitude(jde: number): number {
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * sinDeg(M) + (0.019993 - 0.000101 * T) * sinDeg(2 * M) + 0.000289 * sinDeg(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const lambda = L0 + C - 0.00569 - 0.00478 * sinDeg(omega);
  return ((lambda % 360) + 360) % 360;
}

/** Sun's longitude at 00:00 local time (UTC+7) at the start of a local day. */
function sunLongitudeAtDayStart(jdn: number): number {
  const jdUt = jdn - 0.5 - TZ_HOURS / 24;
  return sunLongitude(jdUt + deltaTDays(yearOfJd(jdUt)));
}

/** Index of the lunation whose new moon day is the last one on or before a local day. */
function lunationOnOrBefore(jdn: number): number {
  let k = Math.floor((jdn - 2451550.09766) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= jdn) k++;
  while (newMoonDay(k) > jdn) k--;
  return k;
}

/** Lunation that starts month 11 of the lunar year ending around December of `year`. */
function month11Lunation(year: number): number {
  let k = lunationOnOrBefore(jdnFromYmd(year, 12, 31));
  // The month must contain the solstice: its first day must begin before the Sun reaches 270°.
  while (sunLongitudeAtDayStart(newMoonDay(k)) >= 270) k--;
  return k;
}

export interface LunarMonthStart {
  /** Local Julian Day Number of day 1 of the month. */
  readonly jdn: number;
  readonly month: number;
  readonly leap: boolean;
  /** Lunar year the month belongs to (the solar year in which its Tết falls). */
  readonly year: number;
}

const tableCache = new Map<number, LunarMonthStart[]>();

/**
 * The months from month 11 of lunar year Y−1 up to (not including) month 11 of lunar year Y,
 * i.e. the span between the solstices of December Y−1 and December Y.
 */
function monthsOfSuiYear(y: number): LunarMonthStart[] {
  const cached = tableCache.get(y);
  if (cached) return cached;
  const k0 = month11Lunation(y - 1);
  const k1 = month11Lunation(y);
  const count = k1 - k0;
  const starts: number[] = [];
  for (let i = 0; i <= count; i++) starts.push(newMoonDay(k0 + i));
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      const a = Math.floor(sunLongitudeAtDayStart(starts[i]!) / 30);
      const b = Math.floor(sunLongitudeAtDayStart(starts[i + 1]!) / 30);
      if (a === b) {
        leapIndex = i;
        break;
      }
    }
  }
  const out: LunarMonthStart[] = [];
  let month = 11;
  let year = y - 1;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) {
      month = month === 12 ? 1 : month + 1;
      if (month === 1) year = y;
    }
    out.push({ jdn: starts[i]!, month, leap, year });
  }
  tableCache.set(y, out);
  return out;
}

export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

function checkYear(year: number, what: string): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new RangeError(`${what} ${year} nằm ngoài khoảng lịch hỗ trợ (${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}).`);
  }
}

/** Lunar date of a solar date (years 1968–2100). Throws RangeError outside that range. */
export function solarToLunar(year: number, month: number, day: number): LunarDate {
  checkYear(year, 'Năm');
  const jdn = jdnFromYmd(year, month, day);
  for (const suiYear of [year + 1, year]) {
    const months = monthsOfSuiYear(suiYear);
    if (jdn < months[0]!.jdn) continue;
    let found = months[0]!;
    for (const m of months) if (m.jdn <= jdn) found = m;
    return { year: found.year, month: found.month, leap: found.leap, day: jdn - found.jdn + 1 };
  }
  // Before month 11 of year−1: the previous suì year.
  const months = monthsOfSuiYear(year - 1);
  let found = months[0]!;
  for (const m of months) if (m.jdn <= jdn) found = m;
  return { year: found.year, month: found.month, leap: found.leap, day: jdn - found.jdn + 1 };
}

/** Months of a lunar year, month 1 (Tết) to month 12, with the leap month in its place. */
export function lunarYearMonths(year: number): LunarMonthStart[] {
  checkYear(year, 'Năm âm lịch');
  return [...monthsOfSuiYear(year), ...monthsOfSuiYear(year + 1)].filter((m) => m.year === year);
}

/** The leap month of a lunar year (its number), or null if the year has 12 months. */
export function lunarLeapMonth(year: number): number | null {
  return lunarYearMonths(year).find((m) => m.leap)?.month ?? null;
}

/**
 * Solar date (JDN) of a lunar date; the regular (non-leap) month unless `leap` is asked for.
 * Throws RangeError when the month or day does not exist that year.
 */
export function lunarToJdn(year: number, month: number, day: number, leap = false): number {
  const m = lunarYearMonths(year).find((x) => x.month === month && x.leap === leap);
  if (!m) throw new RangeError(`Năm âm lịch ${year} không có tháng ${month}${leap ? ' nhuận' : ''}.`);
  const all = [...monthsOfSuiYear(year), ...monthsOfSuiYear(year + 1)];
  const next = all[all.indexOf(m) + 1];
  const length = next ? next.jdn - m.jdn : 30;
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(`Tháng ${month}${leap ? ' nhuận' : ''} năm âm lịch ${year} không có ngày ${day}.`);
  }
  return m.jdn + day - 1;
}

/** Empties the month-table memo (benchmarks measure a year's first, cold computation). */
export function clearLunarCache(): void {
  tableCache.clear();
}
