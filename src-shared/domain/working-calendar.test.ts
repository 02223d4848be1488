import { describe, expect, it } from 'vitest';
import notice2025 from '../../resources/calendar/2025.json';
import notice2026 from '../../resources/calendar/2026.json';
import { DEFAULT_CALENDAR_SETTINGS, checkNotice, checkSettings, type CalendarSettings, type YearNotice } from './calendar-model';
import { createWorkingCalendar } from './working-calendar';

const shipped = new Map<number, YearNotice>([
  [2025, notice2025],
  [2026, notice2026],
]);
const calendar = (settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS, notices = shipped) =>
  createWorkingCalendar({ settings, notice: (y) => notices.get(y) });

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('working calendar — the shipped notices', () => {
  it('the shipped notices pass their own checks', () => {
    for (const n of shipped.values()) expect(checkNotice(n, [0, 6]).ok).toBe(true);
  });

  it('2026: Tết 16–20/02 off, Sat 22/08 worked, Mon 31/08 off; +1 working day from 13/02 is 23/02 with its reasons', () => {
    const cal = calendar();
    for (const d of ['2026-02-16', '2026-02-20', '2026-04-27', '2026-08-31', '2026-09-01', '2026-09-02']) {
      expect(value(cal.isWorkingDay(d)).working, d).toBe(false);
    }
    expect(value(cal.isWorkingDay('2026-08-22')).working).toBe(true);
    expect(value(cal.isWorkingDay('2026-02-23')).working).toBe(true);
    const r = value(cal.addWorkingDays('2026-02-13', 1, true));
    expect(r.result).toBe('2026-02-23');
    expect(r.explanation).toBe(
      'hạn 23/02/2026: cộng 1 ngày làm việc từ 13/02/2026, bỏ qua Tết Âm lịch 16–20/02/2026, nghỉ hằng tuần 14–15/02/2026, nghỉ hằng tuần 21–22/02/2026',
    );
    expect(r.provisional).toBe(false);
    expect(r.calendarVersions).toHaveLength(1);
    expect(r.calendarVersions[0]).toMatch(/^2026-[0-9a-f]{14}$/);
  });

  it('2025: Tết 27–31/01, Giỗ Tổ 07/04, the 26/04 ↔ 02/05 swap, Quốc khánh 01–02/09', () => {
    const cal = calendar();
    const t = cal.table(2025);
    expect(t.tet).toBe('2025-01-29');
    expect(t.gioTo).toBe('2025-04-07');
    expect(value(cal.isWorkingDay('2025-04-26')).working).toBe(true);
    expect(value(cal.isWorkingDay('2025-05-02')).working).toBe(false);
    expect(value(cal.addWorkingDays('2025-04-29', 1)).result).toBe('2025-05-05');
    expect(value(cal.addWorkingDays('2025-01-24', 1)).result).toBe('2025-02-03');
    expect(value(cal.workingDaysBetween('2025-01-24', '2025-02-03')).days).toBe(1);
  });

  it('the statutory defaults reproduce the 2025 and 2026 notices (except the negotiated swaps)', () => {
    const defaults = calendar(DEFAULT_CALENDAR_SETTINGS, new Map());
    const withNotice = calendar();
    for (const year of [2025, 2026]) {
      const a = defaults.table(year);
      const b = withNotice.table(year);
      expect(a.provisional).toBe(true);
      const diffs: string[] = [];
      for (let i = 0; i < a.length; i++)
        if (a.working[i] !== b.working[i]) diffs.push(b.notes.get(i)?.date ?? a.notes.get(i)?.date ?? String(i));
      // 2025: Tết defaults 28/01–01/02 + make-up; the notice chose 27–31/01 and swapped 02/05 for 26/04.
      // 2026: the 22/08 ↔ 31/08 swap is negotiated, not statutory.
      expect(diffs.sort(), String(year)).toEqual(
        year === 2025 ? ['2025-01-27', '2025-02-03', '2025-04-26', '2025-05-02'] : ['2026-08-22', '2026-08-31'],
      );
    }
  });
});

describe('working calendar — defaults without a notice', () => {
  const cal = calendar(DEFAULT_CALENDAR_SETTINGS, new Map());

  it('2033: Tết 31/01, Giỗ Tổ from the lunar calendar, make-up days for holidays on rest days', () => {
    const t = cal.table(2033);
    expect(t.tet).toBe('2033-01-31');
    expect(t.provisional).toBe(true);
    // 30/4/2033 is a Saturday: Điều 111.3 gives Monday 02/05 off (01/05 is itself a holiday, Sunday → Tuesday 03/05).
    expect(value(cal.isWorkingDay('2033-05-02')).note?.kind).toBe('make-up');
    expect(value(cal.isWorkingDay('2033-05-03')).note?.kind).toBe('make-up');
    expect(value(cal.isWorkingDay('2033-05-04')).working).toBe(true);
  });

  it('Quốc khánh gets 01/9, or 03/9 when 01/9 is a rest day (2024: Mon 02/9 + Tue 03/9)', () => {
    expect(value(cal.isWorkingDay('2024-09-03')).working).toBe(false);
    expect(value(cal.isWorkingDay('2027-09-01')).working).toBe(false); // Wed 01/9, Thu 02/9
    expect(value(cal.isWorkingDay('2027-09-03')).working).toBe(true);
  });

  it('24/11 from 2026 only, and the agency can switch it off', () => {
    expect(value(cal.isWorkingDay('2027-11-24')).working).toBe(false);
    expect(value(cal.isWorkingDay('2025-11-24')).working).toBe(true);
    const off = calendar({ ...DEFAULT_CALENDAR_SETTINGS, disabledRules: ['van-hoa-viet-nam'] }, new Map());
    expect(value(off.isWorkingDay('2027-11-24')).working).toBe(true);
    expect(off.table(2027).version).not.toBe(cal.table(2027).version);
  });
});

describe('working calendar — hours, next day, between', () => {
  const cal = calendar();

  it('adds working hours inside office hours, across lunch, nights and Tết', () => {
    expect(value(cal.addWorkingHours('2026-03-05T10:30', 2)).result).toBe('2026-03-05T14:30:00+07:00');
    expect(value(cal.addWorkingHours('2026-03-05T09:30', 2)).result).toBe('2026-03-05T11:30:00+07:00');
    expect(value(cal.addWorkingHours('2026-03-05T16:00', 2)).result).toBe('2026-03-06T08:30:00+07:00');
    expect(value(cal.addWorkingHours('2026-03-05T20:00+07:00', 2)).result).toBe('2026-03-06T09:30:00+07:00');
    expect(value(cal.addWorkingHours('2026-02-13T16:00:00Z', 2)).result).toBe('2026-02-23T09:30:00+07:00'); // 23:00 VN Friday
    expect(value(cal.addWorkingHours('2026-03-05T07:30', 15)).result).toBe('2026-03-06T17:00:00+07:00');
    const r = value(cal.addWorkingHours('2026-02-13T16:00', 2, true));
    expect(r.explanation).toMatch(/^hạn 08:30 23\/02\/2026: cộng 2 giờ làm việc .*Tết Âm lịch 16–20\/02\/2026/);
  });

  it('"same day or at the latest the next working day" ends the next working day', () => {
    const r = value(cal.sameDayOrNextWorkingDay('2026-02-13T09:00', true));
    expect(r.result).toBe('2026-02-23T17:00:00+07:00');
    expect(r.explanation).toMatch(/chậm nhất là ngày làm việc tiếp theo/);
    expect(value(cal.nextWorkingDay('2026-08-21')).result).toBe('2026-08-22');
  });

  it('working days between two dates is the inverse of adding, across years', () => {
    for (const [from, n] of [
      ['2025-12-20', 30],
      ['2026-02-10', 5],
      ['2024-06-01', 600],
    ] as const) {
      const to = value(cal.addWorkingDays(from, n)).result;
      expect(value(cal.workingDaysBetween(from, to)).days).toBe(n);
      expect(value(cal.workingDaysBetween(to, from)).days).toBe(-n);
    }
    expect(value(cal.addWorkingDays('2025-12-31', 3)).calendarVersions).toHaveLength(2);
  });
});

describe('working calendar — bad input is named, nothing computed', () => {
  const cal = calendar();
  it.each([
    [() => cal.addWorkingDays('2026-01-05', -1), /-1/],
    [() => cal.addWorkingDays('2026-01-05', 3651), /3651/],
    [() => cal.addWorkingDays('1967-12-31', 1), /31\/12\/1967/],
    [() => cal.addWorkingDays('2101-01-01', 1), /01\/01\/2101/],
    [() => cal.addWorkingDays('2100-12-20', 30), /2100/],
    [() => cal.addWorkingDays('2026-02-30', 1), /2026-02-30/],
    [() => cal.addWorkingHours('2026-03-05T25:00', 1), /25:00/],
    [() => cal.addWorkingHours('2026-03-05T10:00', 1.5), /1\.5/],
  ])('%#', (run, message) => {
    const r = run();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(message);
  });

  it('a notice day outside its year, a swap on a weekday, a week without work, hours that end before they start', () => {
    const n: YearNotice = { year: 2027, source: '1/TB-BNV', daysOff: [{ date: '2026-12-31', reason: 'x' }], workingDays: [] };
    expect(checkNotice(n, [0, 6])).toMatchObject({
      ok: false,
      error: { code: 'DAY_OUTSIDE_YEAR', message: expect.stringMatching(/2026-12-31/) },
    });
    const swap = { ...n, daysOff: [], workingDays: [{ date: '2027-03-03', reason: 'x' }] };
    expect(checkNotice(swap, [0, 6])).toMatchObject({ ok: false, error: { code: 'NOT_A_REST_DAY' } });
    const week = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'].map((date) => ({ date, reason: 'x' }));
    expect(checkNotice({ ...n, daysOff: week }, [0, 6])).toMatchObject({
      ok: false,
      error: { code: 'WEEK_WITHOUT_WORK', message: expect.stringMatching(/2027-03-01/) },
    });
    expect(checkNotice({ ...n, daysOff: week, workingDays: [{ date: '2027-03-06', reason: 'làm bù' }] }, [0, 6]).ok).toBe(true);
    const hours = { ...DEFAULT_CALENDAR_SETTINGS, officeHours: [{ start: '13:30', end: '11:30' }] };
    expect(checkSettings(hours)).toMatchObject({ ok: false, error: { code: 'BAD_HOURS', message: expect.stringMatching(/13:30–11:30/) } });
  });
});
