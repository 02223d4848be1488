/**
 * The one place the window turns dates and times into text, in the window's language. The clock is
 * always the agency's (Vietnam, UTC+07:00) whatever the machine's zone. Vietnamese: 05/03/2026,
 * 08:30 05/03/2026, "tháng 3" where a month is written out; English: 5 Mar 2026, 5 Mar 2026, 08:30,
 * "March". Legal forms (register books, PDFs) are not made here: they stay Vietnamese.
 */
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { parseIsoDate, toVnIso } from '../../src-shared/domain/vn-time';

export type DateLanguage = 'vi' | 'en';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "YYYY-MM-DD" of a calendar date, or of an instant (ISO with offset) in Vietnam time; null if unreadable. */
function parts(value: string): { y: number; m: number; d: number; time: string | null } | null {
  let iso = value;
  // An instant with an offset is moved to Vietnam time; a wall time without one is already the agency's.
  if (/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) return null;
    iso = toVnIso(ms);
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}:\d{2}))?/.exec(iso);
  const date = match ? parseIsoDate(`${match[1]}-${match[2]}-${match[3]}`) : null;
  if (!match || !date?.ok) return null;
  return { y: date.value.year, m: date.value.month, d: date.value.day, time: match[4] ?? null };
}

/** A calendar date ("2026-03-05") or an instant: "05/03/2026" (vi) or "5 Mar 2026" (en). Empty in, empty out. */
export function formatDate(value: string | null | undefined, lang: DateLanguage): string {
  if (!value) return '';
  const p = parts(value);
  if (!p) return value;
  if (lang === 'vi') return `${String(p.d).padStart(2, '0')}/${String(p.m).padStart(2, '0')}/${p.y}`;
  return `${p.d} ${EN_MONTHS[p.m - 1]!.slice(0, 3)} ${p.y}`;
}

/**
 * An instant in Vietnam time: "08:30 05/03/2026" (vi) or "5 Mar 2026, 08:30" (en); with `seconds`,
 * 08:30:15. An unreadable value is shown as it came.
 */
export function formatDateTime(value: string | null | undefined, lang: DateLanguage, opts: { seconds?: boolean } = {}): string {
  if (!value) return '';
  const p = parts(value);
  if (!p || p.time === null) return value;
  const time = opts.seconds ? p.time : p.time.slice(0, 5);
  const date = formatDate(value, lang);
  return lang === 'vi' ? `${time} ${date}` : `${date}, ${time}`;
}

/** A month written out: "tháng 3" (vi) or "March" (en). */
export function monthName(month: number, lang: DateLanguage): string {
  return lang === 'vi' ? `tháng ${month}` : (EN_MONTHS[month - 1] ?? String(month));
}

/** Formats for antd date pickers: the first is how a date is shown; all are accepted when typed. */
export function pickerFormat(lang: DateLanguage): string[] {
  return lang === 'vi' ? ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'] : ['D MMM YYYY', 'DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];
}

function currentLanguage(): DateLanguage {
  return i18next.language === 'en' ? 'en' : 'vi';
}

/**
 * `formatDate` in the window's current language, for render code (a component that calls `t` is
 * re-rendered when the language changes, so the date follows it); `dash` shows "—" for no date.
 */
export function showDate(value: string | null | undefined, dash = false): string {
  return formatDate(value, currentLanguage()) || (dash ? '—' : '');
}

/** `formatDateTime` in the window's current language (see `showDate`). */
export function showDateTime(value: string | null | undefined, opts: { seconds?: boolean; dash?: boolean } = {}): string {
  return formatDateTime(value, currentLanguage(), opts) || (opts.dash ? '—' : '');
}

/** The helpers above bound to the window's current language (re-rendered when it changes). */
export function useDates() {
  const { i18n } = useTranslation();
  const lang: DateLanguage = i18n.language === 'en' ? 'en' : 'vi';
  return {
    lang,
    date: (value: string | null | undefined) => formatDate(value, lang),
    dateTime: (value: string | null | undefined, opts?: { seconds?: boolean }) => formatDateTime(value, lang, opts),
    month: (m: number) => monthName(m, lang),
    picker: pickerFormat(lang),
  };
}
