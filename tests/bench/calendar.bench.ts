/**
 * Benchmark (not a timed test): deadline arithmetic on the working calendar.
 *   npx tsx tests/bench/calendar.bench.ts [pairs]
 * For 1,000,000 random (date, N) pairs (dates 2000–2085, N 0–3650, so every result stays within
 * 2100): per-call cost of addWorkingDays and addWorkingHours, beside a naive peer that steps one
 * day at a time through the same calendar tables (measured on the first 5,000 pairs, the same
 * ones, and checked to give the same answers). Also the cold cost of a year's first call
 * (lunar months + table), for every year 2000–2100.
 * Targets (issue 12): ≥ 10× faster than the naive loop; first call of a year ≤ 5 ms.
 */
import notice2025 from '../../resources/calendar/2025.json';
import notice2026 from '../../resources/calendar/2026.json';
import {
  DEFAULT_CALENDAR_SETTINGS,
  clearLunarCache,
  createWorkingCalendar,
  dayNumberToIso,
  isoToDayNumber,
  type YearNotice,
} from '../../src-shared/domain';

const PAIRS = Number(process.argv[2] ?? 1_000_000);
const NAIVE_PAIRS = Math.min(PAIRS, 5_000);
const notices = new Map<number, YearNotice>([
  [2025, notice2025],
  [2026, notice2026],
]);
const make = () => createWorkingCalendar({ settings: DEFAULT_CALENDAR_SETTINGS, notice: (y) => notices.get(y) });

// Deterministic pseudo-random pairs (mulberry32), so runs compare.
let seed = 12;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const d0 = isoToDayNumber('2000-01-01');
const d1 = isoToDayNumber('2085-12-31');
const dates: string[] = [];
const ns = new Int32Array(PAIRS);
for (let i = 0; i < PAIRS; i++) {
  dates.push(dayNumberToIso(d0 + Math.floor(rand() * (d1 - d0))));
  ns[i] = Math.floor(rand() * 3651);
}
const hoursFrom = dates.map((d, i) => `${d}T${String(7 + (i % 11)).padStart(2, '0')}:${i % 2 ? '15' : '45'}`);

// Cold first call of each year (a first pass warms the JIT; the second, measured, clears the memo).
const coldMs: number[] = [];
for (const measured of [false, true]) {
  for (let y = 2000; y <= 2100; y++) {
    clearLunarCache();
    const cal = make();
    const t = performance.now();
    cal.table(y);
    if (measured) coldMs.push(performance.now() - t);
  }
}
coldMs.sort((a, b) => a - b);

const cal = make();
for (let y = 1999; y <= 2100; y++) if (y >= 1968) cal.table(y); // warm: measure the arithmetic

const naiveDays = (from: string, n: number): string => {
  let d = isoToDayNumber(from);
  let t = cal.table(Number(from.slice(0, 4)));
  const working = (dn: number) => {
    if (dn - t.first >= t.length) t = cal.table(t.year + 1);
    return t.working[dn - t.first] === 1;
  };
  if (n === 0) {
    while (!working(d)) d++;
    return dayNumberToIso(d);
  }
  let left = n;
  while (left > 0) {
    d++;
    if (working(d)) left--;
  }
  return dayNumberToIso(d);
};

function time(label: string, count: number, fn: (i: number) => string): { perCallNs: number; results: string[] } {
  const results: string[] = new Array(count);
  const t = performance.now();
  for (let i = 0; i < count; i++) results[i] = fn(i);
  const ms = performance.now() - t;
  const perCallNs = (ms * 1e6) / count;
  console.log(
    `${label.padEnd(44)} ${count.toLocaleString('en').padStart(9)} calls  ${ms.toFixed(0).padStart(7)} ms  ${perCallNs.toFixed(0).padStart(9)} ns/call`,
  );
  return { perCallNs, results };
}

const value = (r: { ok: boolean; value?: { result: string } }) => (r.ok ? r.value!.result : 'ERR');

console.log(`calendar bench — ${PAIRS.toLocaleString('en')} random (date, N) pairs, dates 2000–2085, N 0–3650`);
console.log(
  `first call of a year (cold, 2000–2100): median ${coldMs[50]!.toFixed(2)} ms, p95 ${coldMs[95]!.toFixed(2)} ms, max ${coldMs[coldMs.length - 1]!.toFixed(2)} ms (target ≤ 5 ms)`,
);
const fastDays = time('vanthu addWorkingDays', PAIRS, (i) => value(cal.addWorkingDays(dates[i]!, ns[i]!)));
const slowDays = time('naive peer: step one day at a time', NAIVE_PAIRS, (i) => naiveDays(dates[i]!, ns[i]!));
const mismatch = slowDays.results.findIndex((r, i) => r !== fastDays.results[i]);
console.log(
  `  same answers on the ${NAIVE_PAIRS.toLocaleString('en')} shared pairs: ${mismatch < 0 ? 'yes' : `NO (pair ${mismatch}: ${dates[mismatch]} + ${ns[mismatch]})`}`,
);
console.log(`  speed-up: ${(slowDays.perCallNs / fastDays.perCallNs).toFixed(0)}× (target ≥ 10×)`);

const dayMinutes = cal.dayMinutes;
const naiveHours = (i: number): string => {
  // Same start rule as the calendar, then whole days stepped one at a time.
  const start = value(cal.addWorkingHours(hoursFrom[i]!, 0));
  const startDay = start.slice(0, 10);
  const startMinute = Number(start.slice(11, 13)) * 60 + Number(start.slice(14, 16));
  const sessions = cal.settings.officeHours.map(
    (s) => [Number(s.start.slice(0, 2)) * 60 + Number(s.start.slice(3)), Number(s.end.slice(0, 2)) * 60 + Number(s.end.slice(3))] as const,
  );
  let offset = 0;
  for (const [a, b] of sessions) offset += Math.max(0, Math.min(startMinute, b) - a);
  let total = offset + ns[i]! * 60;
  let day = startDay;
  while (total > dayMinutes) {
    total -= dayMinutes;
    day = naiveDays(day, 1);
  }
  let before = 0;
  for (const [a, b] of sessions) {
    if (total <= before + (b - a)) {
      const m = a + total - before;
      return `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+07:00`;
    }
    before += b - a;
  }
  return 'ERR';
};
const fastHours = time('vanthu addWorkingHours', PAIRS, (i) => value(cal.addWorkingHours(hoursFrom[i]!, ns[i]!)));
const slowHours = time('naive peer: step one day at a time', NAIVE_PAIRS, naiveHours);
const mismatchH = slowHours.results.findIndex((r, i) => r !== fastHours.results[i]);
console.log(
  `  same answers on the ${NAIVE_PAIRS.toLocaleString('en')} shared pairs: ${mismatchH < 0 ? 'yes' : `NO (pair ${mismatchH}: ${hoursFrom[mismatchH]} + ${ns[mismatchH]}h: ${fastHours.results[mismatchH]} vs ${slowHours.results[mismatchH]})`}`,
);
console.log(`  speed-up: ${(slowHours.perCallNs / fastHours.perCallNs).toFixed(0)}× (target ≥ 10×)`);
