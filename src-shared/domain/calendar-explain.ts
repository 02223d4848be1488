/** Human explanations of deadlines: the non-working days passed over, grouped into ranges. */
import type { DayNote } from './calendar-year';

/** "2026-02-16" → "16/02/2026". */
export function formatDayMonthYear(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function range(a: string, b: string): string {
  if (a === b) return formatDayMonthYear(a);
  if (a.slice(0, 7) === b.slice(0, 7)) return `${a.slice(8, 10)}–${formatDayMonthYear(b)}`;
  if (a.slice(0, 4) === b.slice(0, 4)) return `${a.slice(8, 10)}/${a.slice(5, 7)}–${formatDayMonthYear(b)}`;
  return `${formatDayMonthYear(a)}–${formatDayMonthYear(b)}`;
}

const nextIso = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * "Tết Âm lịch 16–20/02/2026, nghỉ hằng tuần 21–22/02/2026". Holidays and swaps are listed with
 * their dates; plain weekends are listed while few, then counted ("12 ngày nghỉ hằng tuần").
 */
export function explainSkipped(skipped: readonly DayNote[]): string {
  const groups: { reason: string; from: string; to: string; weekend: boolean }[] = [];
  for (const s of skipped) {
    const g = groups[groups.length - 1];
    if (g && g.reason === s.reason && nextIso(g.to) === s.date) g.to = s.date;
    else groups.push({ reason: s.reason, from: s.date, to: s.date, weekend: s.kind === 'weekend' });
  }
  const special = groups.filter((g) => !g.weekend);
  const weekends = groups.filter((g) => g.weekend);
  const parts = special.map((g) => `${g.reason} ${range(g.from, g.to)}`);
  if (weekends.length > 0 && weekends.length <= 3) {
    parts.push(...weekends.map((g) => `nghỉ hằng tuần ${range(g.from, g.to)}`));
  } else if (weekends.length > 3) {
    const days = skipped.filter((s) => s.kind === 'weekend').length;
    parts.push(`${days} ngày nghỉ hằng tuần`);
  }
  return parts.join(', ');
}
