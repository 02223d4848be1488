/**
 * edXML date forms: `yyyy/MM/dd` for dates and `yyyy/MM/dd HH:mm:ss` (Vietnam wall-clock time, no
 * zone) for timestamps. We emit exactly those; we read leniently, because real traffic also carries
 * `yyyy-MM-dd`, `dd/MM/yyyy` and `dd/MM/yyyy HH:mm:ss` (legacy SOAP gateway, .NET clients).
 */
import { parseDdMmYyyy, parseIsoDate, toEpochMs, toVnIso, type Instant } from '../../../../src-shared/domain';

/** "2025-03-05" → "2025/03/05". Throws RangeError on an invalid date (a caller bug: input is validated). */
export function formatEdxmlDate(isoDate: string): string {
  const r = parseIsoDate(isoDate);
  if (!r.ok) throw new RangeError(r.error.message);
  return r.value.iso.replace(/-/g, '/');
}

/** An instant → "2025/03/05 09:16:42" in Vietnam time. */
export function formatEdxmlTimestamp(instant: Instant): string {
  const iso = toVnIso(instant); // 2025-03-05T09:16:42+07:00
  return `${iso.slice(0, 10).replace(/-/g, '/')} ${iso.slice(11, 19)}`;
}

/** Reads a date in any of the forms seen; returns "YYYY-MM-DD" or null when unreadable. */
export function parseEdxmlDate(text: string): string | null {
  const t = text.trim().replace(/[T ].*$/, '');
  if (t === '') return null;
  const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(t);
  if (ymd) {
    const r = parseIsoDate(`${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}`);
    return r.ok ? r.value.iso : null;
  }
  const dmy = parseDdMmYyyy(t);
  return dmy.ok ? dmy.value.iso : null;
}

/**
 * Reads a timestamp as Vietnam wall-clock time ("2025/03/05 09:16:42", "05/03/2025 09:16:42",
 * "2025-03-05T09:16:42", or ISO with its own offset) → ISO 8601 with +07:00; null when unreadable.
 */
export function parseEdxmlTimestamp(text: string): string | null {
  const t = text.trim();
  if (t === '' || t.toLowerCase() === 'null') return null;
  const m = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (!m) return null;
  const month = m[2]!;
  let [year, day] = [m[1]!, m[3]!];
  if (year.length !== 4) {
    if (day.length !== 4) return null;
    [year, day] = [day, year];
  }
  const hh = (m[4] ?? '0').padStart(2, '0');
  const zone = m[7] ?? '+07:00';
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}T${hh}:${m[5] ?? '00'}:${m[6] ?? '00'}${zone}`;
  try {
    return toVnIso(toEpochMs(iso));
  } catch {
    return null;
  }
}
