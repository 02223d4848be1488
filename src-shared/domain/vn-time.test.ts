import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatDdMmYyyy,
  formatNgayThangNam,
  parseDdMmYyyy,
  parseIsoDate,
  toEpochMs,
  toVnIso,
  vnDate,
  vnDayStartMs,
  vnYear,
  vnYearRangeMs,
} from './vn-time';

describe('Vietnam time of an instant', () => {
  it('puts 2025-12-31T17:00:00Z in 2026 (New Year in Vietnam)', () => {
    expect(vnYear('2025-12-31T17:00:00Z')).toBe(2026);
    expect(vnDate('2025-12-31T17:00:00Z')).toBe('2026-01-01');
    expect(toVnIso('2025-12-31T17:00:00Z')).toBe('2026-01-01T00:00:00+07:00');
  });

  it('keeps one millisecond earlier in 2025', () => {
    const ms = Date.UTC(2025, 11, 31, 17, 0, 0) - 1;
    expect(vnYear(ms)).toBe(2025);
    expect(vnDate(ms)).toBe('2025-12-31');
    expect(toVnIso(ms)).toBe('2025-12-31T23:59:59+07:00');
  });

  it('accepts epoch ms, Date and ISO strings with any offset alike', () => {
    const ms = Date.UTC(2026, 2, 5, 1, 30, 0);
    for (const i of [
      ms,
      new Date(ms),
      '2026-03-05T01:30:00Z',
      '2026-03-05T08:30:00+07:00',
      '2026-03-04T20:30:00-05:00',
      '2026-03-05T08:30+0700',
    ]) {
      expect(toEpochMs(i)).toBe(ms);
      expect(toVnIso(i)).toBe('2026-03-05T08:30:00+07:00');
    }
  });

  it('does not depend on the machine time zone', () => {
    // Mid-day UTC and late evening UTC of the same UTC date fall on different Vietnamese dates.
    expect(vnDate('2026-06-30T16:59:59Z')).toBe('2026-06-30');
    expect(vnDate('2026-06-30T17:00:00Z')).toBe('2026-07-01');
  });

  it('keeps fractional seconds in the instant but truncates them in the ISO text', () => {
    expect(toEpochMs('2026-01-01T00:00:00.999+07:00') % 1000).toBe(999);
    expect(toVnIso('2026-01-01T00:00:00.999+07:00')).toBe('2026-01-01T00:00:00+07:00');
  });

  it('refuses instants without an offset or that do not exist', () => {
    expect(() => toEpochMs('2026-01-01T00:00:00')).toThrow(RangeError);
    expect(() => toEpochMs('2026-01-01')).toThrow(RangeError);
    expect(() => toEpochMs('2026-02-30T00:00:00Z')).toThrow(RangeError);
    expect(() => toEpochMs('2026-01-01T24:00:00Z')).toThrow(RangeError);
    expect(() => toEpochMs(Number.NaN)).toThrow(RangeError);
    expect(() => toEpochMs(new Date('nope'))).toThrow(RangeError);
  });

  it('gives day and year boundaries in Vietnam time', () => {
    expect(vnDayStartMs('2026-01-01')).toBe(Date.parse('2025-12-31T17:00:00Z'));
    const { startMs, endMs } = vnYearRangeMs(2026);
    expect(startMs).toBe(Date.parse('2025-12-31T17:00:00Z'));
    expect(endMs).toBe(Date.parse('2026-12-31T17:00:00Z'));
    expect(vnYear(startMs)).toBe(2026);
    expect(vnYear(endMs - 1)).toBe(2026);
    expect(vnYear(endMs)).toBe(2027);
  });
});

describe('parseIsoDate', () => {
  it('reads valid dates including 29 February of leap years', () => {
    expect(parseIsoDate('2026-03-05')).toEqual({ ok: true, value: { year: 2026, month: 3, day: 5, iso: '2026-03-05' } });
    expect(parseIsoDate('2024-02-29').ok).toBe(true);
    expect(parseIsoDate('2000-02-29').ok).toBe(true);
  });

  it('rejects impossible dates with a clear message', () => {
    const r = parseIsoDate('2026-02-30');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('INVALID_DAY');
    expect(!r.ok && r.error.message).toContain('28 ngày');
    expect(parseIsoDate('2025-02-29').ok).toBe(false);
    expect(parseIsoDate('1900-02-29').ok).toBe(false);
    const april = parseIsoDate('2026-04-31');
    expect(!april.ok && april.error.code).toBe('INVALID_DAY');
    const m13 = parseIsoDate('2026-13-01');
    expect(!m13.ok && m13.error.code).toBe('INVALID_MONTH');
    const d0 = parseIsoDate('2026-01-00');
    expect(!d0.ok && d0.error.code).toBe('INVALID_DAY');
  });

  it('rejects other shapes', () => {
    for (const s of ['05/03/2026', '2026-3-5', '2026-03-05T00:00:00Z', '', '20260305']) {
      const r = parseIsoDate(s);
      expect(!r.ok && r.error.code, s).toBe('INVALID_FORMAT');
    }
  });
});

describe('parseDdMmYyyy', () => {
  it('reads day-first dates as clerks type them', () => {
    for (const s of ['05/03/2026', '5/3/2026', '05-03-2026', '05.03.2026']) {
      const r = parseDdMmYyyy(s);
      expect(r.ok && r.value.iso, s).toBe('2026-03-05');
    }
  });

  it('rejects impossible dates, mixed separators and two-digit years', () => {
    const r = parseDdMmYyyy('30/02/2026');
    expect(!r.ok && r.error.code).toBe('INVALID_DAY');
    expect(parseDdMmYyyy('05/03-2026').ok).toBe(false);
    expect(parseDdMmYyyy('05/03/26').ok).toBe(false);
  });
});

describe('date formatting', () => {
  it('formats dd/mm/yyyy with zeros', () => {
    expect(formatDdMmYyyy('2026-03-05')).toBe('05/03/2026');
    expect(formatDdMmYyyy('2026-12-31')).toBe('31/12/2026');
  });

  it('writes the place and date line per Phụ lục I: zero for days < 10 and months 1, 2 only', () => {
    expect(formatNgayThangNam('2026-03-05', 'Hà Nội')).toBe('Hà Nội, ngày 05 tháng 3 năm 2026');
    expect(formatNgayThangNam('2020-01-05', 'Hà Nội')).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(formatNgayThangNam('2019-06-29', 'Thành phố Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019');
    expect(formatNgayThangNam('2026-02-10', 'Huế')).toBe('Huế, ngày 10 tháng 02 năm 2026');
    expect(formatNgayThangNam('2026-10-01', 'Đà Nẵng')).toBe('Đà Nẵng, ngày 01 tháng 10 năm 2026');
    expect(formatNgayThangNam('2026-12-25', '  Hà Nội ')).toBe('Hà Nội, ngày 25 tháng 12 năm 2026');
    expect(formatNgayThangNam('2026-03-05', '')).toBe('ngày 05 tháng 3 năm 2026');
  });

  it('NFC-normalises the place name', () => {
    expect(formatNgayThangNam('2026-03-05', 'Hà Nội'.normalize('NFD'))).toBe('Hà Nội, ngày 05 tháng 3 năm 2026');
  });

  it('throws on invalid dates', () => {
    expect(() => formatDdMmYyyy('2026-02-30')).toThrow(RangeError);
    expect(() => formatNgayThangNam('2026-02-30', 'Hà Nội')).toThrow(/28 ngày/);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});
