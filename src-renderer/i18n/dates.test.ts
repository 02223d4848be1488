import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, monthName } from './dates';

describe('dates follow the language', () => {
  it('a calendar date: dd/MM/yyyy in Vietnamese, day month-name year in English', () => {
    expect(formatDate('2026-03-05', 'vi')).toBe('05/03/2026');
    expect(formatDate('2026-03-05', 'en')).toBe('5 Mar 2026');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('an instant is shown on the agency clock (Vietnam), whatever zone it was written in', () => {
    // 20:30 UTC on 4 March is 03:30 on 5 March in Vietnam.
    expect(formatDateTime('2026-03-04T20:30:15Z', 'vi')).toBe('03:30 05/03/2026');
    expect(formatDateTime('2026-03-04T20:30:15Z', 'en')).toBe('5 Mar 2026, 03:30');
    expect(formatDateTime('2026-03-05T08:30:15+07:00', 'vi', { seconds: true })).toBe('08:30:15 05/03/2026');
    expect(formatDate('2026-03-04T20:30:15Z', 'en')).toBe('5 Mar 2026');
    // A wall time without an offset is already the agency's clock, never the machine's zone.
    expect(formatDateTime('2026-03-04T20:30:15', 'en')).toBe('4 Mar 2026, 20:30');
  });

  it('an unreadable value is shown as it came rather than as a wrong date', () => {
    expect(formatDateTime('not a time', 'en')).toBe('not a time');
    expect(formatDate('2026-13-45', 'vi')).toBe('2026-13-45');
  });

  it('month names', () => {
    expect(monthName(3, 'vi')).toBe('tháng 3');
    expect(monthName(12, 'en')).toBe('December');
  });
});
