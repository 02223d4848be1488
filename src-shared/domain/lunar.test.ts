import { describe, expect, it } from 'vitest';
import { lunarLeapMonth, lunarToJdn, solarToLunar, ymdFromJdn, jdnFromYmd } from './lunar';

const iso = (jdn: number): string => {
  const d = ymdFromJdn(jdn);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
};

describe('Vietnamese lunar calendar (Meeus, UTC+7)', () => {
  it('matches the published vectors and the 2025/2026 notices', () => {
    const tet: Record<number, string> = {
      1985: '1985-01-21',
      2007: '2007-02-17',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
      2028: '2028-01-26',
      2029: '2029-02-13',
      2030: '2030-02-02',
    };
    for (const [y, d] of Object.entries(tet)) expect(iso(lunarToJdn(Number(y), 1, 1)), `Tết ${y}`).toBe(d);
    const gioTo: Record<number, string> = {
      2023: '2023-04-29',
      2024: '2024-04-18',
      2025: '2025-04-07',
      2026: '2026-04-26',
      2027: '2027-04-16',
      2028: '2028-04-04',
      2029: '2029-04-23',
      2030: '2030-04-12',
    };
    for (const [y, d] of Object.entries(gioTo)) expect(iso(lunarToJdn(Number(y), 3, 10)), `Giỗ Tổ ${y}`).toBe(d);
  });

  it('differs from the Chinese (UTC+8) calendar where it must: 1985, 2007, 2030', () => {
    expect(iso(lunarToJdn(1985, 1, 1))).not.toBe('1985-02-20');
    expect(iso(lunarToJdn(2007, 1, 1))).not.toBe('2007-02-18');
    expect(iso(lunarToJdn(2030, 1, 1))).not.toBe('2030-02-03');
  });

  it('resolves 2033 and 2052 by the rules (month 11 holds the solstice; one leap month a year)', () => {
    expect(lunarLeapMonth(2033)).toBe(11);
    expect(solarToLunar(2033, 12, 21)).toEqual({ year: 2033, month: 11, leap: false, day: 30 });
    expect(solarToLunar(2033, 12, 22)).toEqual({ year: 2033, month: 11, leap: true, day: 1 });
    expect(solarToLunar(2033, 9, 23)).toEqual({ year: 2033, month: 9, leap: false, day: 1 });
    expect(lunarLeapMonth(2052)).toBe(8);
    expect(solarToLunar(2053, 1, 20)).toEqual({ year: 2052, month: 12, leap: false, day: 1 });
    expect(iso(lunarToJdn(2034, 1, 1))).toBe('2034-02-19');
  });

  it('round-trips solar → lunar → solar', () => {
    for (let jdn = jdnFromYmd(1968, 2, 1); jdn <= jdnFromYmd(2100, 12, 1); jdn += 13) {
      const d = ymdFromJdn(jdn);
      const l = solarToLunar(d.year, d.month, d.day);
      expect(lunarToJdn(l.year, l.month, l.day, l.leap)).toBe(jdn);
    }
  });

  it('refuses years outside 1968–2100 and lunar dates that do not exist', () => {
    expect(() => solarToLunar(1967, 12, 31)).toThrow(/1967/);
    expect(() => solarToLunar(2101, 1, 1)).toThrow(/2101/);
    expect(() => lunarToJdn(2026, 3, 31)).toThrow(/ngày 31/);
    expect(() => lunarToJdn(2026, 4, 1, true)).toThrow(/nhuận/);
  });
});
