/**
 * Read-only SQL over the register for the books feature: entries of a range in book order (by
 * series, then number — gap-free within a series) and the figures of a period report. The
 * register's tables are written by the register service only; other features read them here.
 */
import type { Sqlite } from '../../db/open';
import { statementCache } from '../../db/statements';
import { isSecretSeries } from '../../../src-shared/domain';
import type { EntryWithFile } from './register.repo';

export interface EntryRange {
  direction: 'den' | 'di';
  /** A calendar year; absent for a Party body's term (its dates bound the range instead). */
  year?: number | undefined;
  /** A Party body's term: outgoing entries of its series ("<type>@k<termId>") only. */
  termId?: number | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
  numberFrom?: number | undefined;
  numberTo?: number | undefined;
  series?: string | undefined;
}

/** Entry columns as lists read them, without the file join (books print no file facts). */
export const ENTRY_COLUMNS = 'e.*, NULL AS f_size, NULL AS f_page_count, NULL AS f_media_type';

/** WHERE clause (over alias `e`) of a range; fills `params`. */
export function rangeWhere(r: EntryRange, params: Record<string, unknown>): string {
  const c = ['e.direction = @direction'];
  params.direction = r.direction;
  if (r.year !== undefined) {
    c.push('e.year = @year');
    params.year = r.year;
  }
  if (r.termId !== undefined && r.direction === 'di') {
    c.push(`e.series LIKE @termSeries`);
    params.termSeries = `%@k${r.termId}`;
  }
  if (r.dateFrom) {
    c.push('e.reg_date >= @dateFrom AND e.reg_date <= @dateTo');
    params.dateFrom = r.dateFrom;
    params.dateTo = r.dateTo;
  }
  if (r.numberFrom !== undefined) {
    c.push('e.number >= @numberFrom AND e.number <= @numberTo');
    params.numberFrom = r.numberFrom;
    params.numberTo = r.numberTo;
  }
  if (r.series) {
    c.push('e.series = @series');
    params.series = r.series;
  }
  // Văn bản mật are registered under the state-secret law, in their own book and series (Điều 16.3,
  // 22.4): an ordinary book never lists them; only a range naming a mật series ('den-mat', 'mat') does.
  if (!r.series || !isSecretSeries(r.series)) c.push(`e.confidentiality = 'none'`);
  return c.join(' AND ');
}

export interface PeriodTotals {
  total: number;
  cancelled: number | null;
  paper: number | null;
  electronic: number | null;
}

const PERIOD = 'direction = @direction AND reg_date >= @from AND reg_date <= @to';

export function createRegisterRangesRepo(sqlite: Sqlite) {
  const stmt = statementCache(sqlite);

  return {
    /** Entries of a range in book order: by series, then number (a term's incoming book: by year, then number). */
    entries(r: EntryRange): IterableIterator<EntryWithFile> {
      const params: Record<string, unknown> = {};
      const where = rangeWhere(r, params);
      return stmt(`SELECT ${ENTRY_COLUMNS} FROM register_entry e WHERE ${where} ORDER BY e.series, e.year, e.number`).iterate(
        params,
      ) as IterableIterator<EntryWithFile>;
    },

    seriesIn(r: EntryRange): string[] {
      const params: Record<string, unknown> = {};
      const where = rangeWhere(r, params);
      return (
        stmt(`SELECT DISTINCT e.series FROM register_entry e WHERE ${where} ORDER BY e.series`).all(params) as { series: string }[]
      ).map((x) => x.series);
    },

    // ---- period reports (reg_date between from and to, inclusive) -------------------------------

    totals(direction: 'den' | 'di', from: string, to: string): PeriodTotals {
      return stmt(
        `SELECT COUNT(*) AS total, SUM(status = 'cancelled') AS cancelled, SUM(medium = 'giay') AS paper, SUM(medium = 'dien-tu') AS electronic
           FROM register_entry WHERE ${PERIOD}`,
      ).get({ direction, from, to }) as PeriodTotals;
    },

    byType(direction: 'den' | 'di', from: string, to: string): { key: string; label: string; count: number }[] {
      return stmt(
        `SELECT type_code AS key, MIN(type_name) AS label, COUNT(*) AS count FROM register_entry WHERE ${PERIOD} GROUP BY type_code ORDER BY count DESC, label`,
      ).all({
        direction,
        from,
        to,
      }) as { key: string; label: string; count: number }[];
    },

    byUrgency(direction: 'den' | 'di', from: string, to: string): { key: string; count: number }[] {
      return stmt(`SELECT urgency AS key, COUNT(*) AS count FROM register_entry WHERE ${PERIOD} GROUP BY urgency`).all({
        direction,
        from,
        to,
      }) as { key: string; count: number }[];
    },

    /** Sender names of incoming entries, one per entry. */
    senders(from: string, to: string): IterableIterator<{ organ_name: string }> {
      return stmt(`SELECT organ_name FROM register_entry WHERE ${PERIOD}`).iterate({ direction: 'den', from, to }) as IterableIterator<{
        organ_name: string;
      }>;
    },

    /** Recipient lists (JSON) of outgoing entries that have one. */
    recipientLists(from: string, to: string): IterableIterator<{ recipients: string }> {
      return stmt(`SELECT recipients FROM register_entry WHERE ${PERIOD} AND recipients IS NOT NULL`).iterate({
        direction: 'di',
        from,
        to,
      }) as IterableIterator<{ recipients: string }>;
    },

    byMonth(from: string, to: string): { month: number; incoming: number; outgoing: number }[] {
      return stmt(
        `SELECT CAST(substr(reg_date, 6, 2) AS INTEGER) AS month, SUM(direction = 'den') AS incoming, SUM(direction = 'di') AS outgoing
           FROM register_entry WHERE reg_date >= @from AND reg_date <= @to GROUP BY month ORDER BY month`,
      ).all({ from, to }) as { month: number; incoming: number; outgoing: number }[];
    },
  };
}

export type RegisterRangesRepo = ReturnType<typeof createRegisterRangesRepo>;
