/**
 * SQL of the register books' locked entries and amendments (book_volume_entry, book_amendment), read
 * with the register entries and the locked volumes they refer to (volumes.repo.ts owns
 * locked_volume). Entries of a range are read through the register's ranges repo; audit positions
 * through the audit service (only audit owns audit_log SQL). Nothing here writes to another
 * feature's table.
 */
import type { Sqlite } from '../../db/open';
import { statementCache } from '../../db/statements';
import { ENTRY_COLUMNS, rangeWhere } from '../register/register-ranges.repo';
import type { EntryWithFile } from '../register/register.repo';
import type { VolumeRow } from './volumes.repo';

export interface AmendmentRow {
  id: string;
  entry_id: string;
  volume_id: string;
  kind: 'correction' | 'cancellation' | 'late-entry';
  /** JSON { columns: number[], cells: string[] }. */
  changes: string;
  reason: string | null;
  row_sha256: string;
  detected_at: string;
  reported_in: string | null;
}

/** A locked entry with the state it was last printed in (volume row, or its latest amendment). */
export type LockedEntry = EntryWithFile & {
  volume_id: string;
  volume_no: number;
  volume_year: number;
  locked_at: string;
  printed_sha256: string;
  last_amendment_at: string | null;
};

export function createBooksRepo(sqlite: Sqlite) {
  const stmt = statementCache(sqlite);

  return {
    // ---- entries of locked volumes (the volumes themselves: volumes.repo.ts) ----------------------

    insertVolumeEntry(volumeId: string, entryId: string, number: number, rowSha256: string): void {
      stmt('INSERT INTO book_volume_entry (volume_id, entry_id, number, row_sha256) VALUES (?, ?, ?, ?)').run(
        volumeId,
        entryId,
        number,
        rowSha256,
      );
    },

    /** The locked volume an entry was printed in as a regular row, if any. */
    volumeOfEntries(ids: readonly string[]): Map<string, number> {
      const out = new Map<string, number>();
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = sqlite
          .prepare(
            `SELECT ve.entry_id, v.volume_no FROM book_volume_entry ve JOIN locked_volume v ON v.id = ve.volume_id WHERE ve.entry_id IN (${chunk.map(() => '?').join(',')})`,
          )
          .all(...chunk) as { entry_id: string; volume_no: number }[];
        for (const r of rows) out.set(r.entry_id, r.volume_no);
      }
      return out;
    },

    /** Every locked entry of a direction with the hash of the state it was last printed in. */
    lockedEntries(direction: 'den' | 'di'): IterableIterator<LockedEntry> {
      return stmt(
        `SELECT ${ENTRY_COLUMNS}, v.id AS volume_id, v.volume_no, v.year AS volume_year, v.locked_at,
                COALESCE((SELECT a.row_sha256 FROM book_amendment a WHERE a.entry_id = e.id ORDER BY a.detected_at DESC, a.rowid DESC LIMIT 1), ve.row_sha256) AS printed_sha256,
                (SELECT a.detected_at FROM book_amendment a WHERE a.entry_id = e.id ORDER BY a.detected_at DESC, a.rowid DESC LIMIT 1) AS last_amendment_at
           FROM book_volume_entry ve
           JOIN locked_volume v ON v.id = ve.volume_id
           JOIN register_entry e ON e.id = ve.entry_id
          WHERE v.direction = ?`,
      ).iterate(direction) as IterableIterator<LockedEntry>;
    },

    /** Entries inside a locked volume's range that no volume printed and no amendment holds yet. */
    lateEntries(v: VolumeRow): EntryWithFile[] {
      const params: Record<string, unknown> = {};
      const where = rangeWhere(
        {
          direction: v.direction,
          year: v.year,
          dateFrom: v.date_from,
          dateTo: v.date_to,
          numberFrom: v.number_from ?? undefined,
          numberTo: v.number_to ?? undefined,
          series: v.series ?? undefined,
        },
        params,
      );
      return stmt(
        `SELECT ${ENTRY_COLUMNS} FROM register_entry e WHERE ${where}
           AND NOT EXISTS (SELECT 1 FROM book_volume_entry ve WHERE ve.entry_id = e.id)
           AND NOT EXISTS (SELECT 1 FROM book_amendment a WHERE a.entry_id = e.id AND a.kind = 'late-entry')
         ORDER BY e.series, e.number`,
      ).all(params) as EntryWithFile[];
    },

    /** The latest amendment of an entry: its printed cells and the audit position it covered. */
    lastAmendment(entryId: string): { cells: string[]; auditSeq: number } | null {
      const row = stmt('SELECT changes FROM book_amendment WHERE entry_id = ? ORDER BY detected_at DESC, rowid DESC LIMIT 1').get(
        entryId,
      ) as { changes: string } | undefined;
      if (!row) return null;
      const c = JSON.parse(row.changes) as { cells: string[]; auditSeq?: number };
      return { cells: c.cells, auditSeq: c.auditSeq ?? 0 };
    },

    insertAmendment(a: AmendmentRow): void {
      stmt(
        `INSERT OR IGNORE INTO book_amendment (id, entry_id, volume_id, kind, changes, reason, row_sha256, detected_at, reported_in)
         VALUES (@id, @entry_id, @volume_id, @kind, @changes, @reason, @row_sha256, @detected_at, @reported_in)`,
      ).run(a);
    },

    /** Amendments of a direction not yet printed in a locked volume, oldest first. */
    pendingAmendments(direction?: 'den' | 'di'): (AmendmentRow & { volume_no: number; volume_year: number; number: number })[] {
      return stmt(
        `SELECT a.*, v.volume_no, v.year AS volume_year, e.number
           FROM book_amendment a JOIN locked_volume v ON v.id = a.volume_id JOIN register_entry e ON e.id = a.entry_id
          WHERE a.reported_in IS NULL ${direction ? 'AND v.direction = @direction' : ''}
          ORDER BY v.year, v.volume_no, e.series, e.number, a.detected_at`,
      ).all(direction ? { direction } : {}) as (AmendmentRow & { volume_no: number; volume_year: number; number: number })[];
    },

    markReported(ids: readonly string[], volumeId: string): void {
      const s = stmt('UPDATE book_amendment SET reported_in = ? WHERE id = ? AND reported_in IS NULL');
      for (const id of ids) s.run(volumeId, id);
    },
  };
}

export type BooksRepo = ReturnType<typeof createBooksRepo>;
