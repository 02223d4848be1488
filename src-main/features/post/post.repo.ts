/**
 * SQL of the post book: post sendings are appended (triggers refuse UPDATE and DELETE); the latest
 * row per (entry, recipient) is the one in force.
 */
import type { Sqlite } from '../../db/open';
import { statementCache } from '../../db/statements';

export interface SendingRow {
  seq: number;
  entry_id: string;
  recipient: string;
  recipient_key: string;
  address: string | null;
  sent_date: string;
  receipt_no: string | null;
  cost: number | null;
  envelopes: number;
  note: string | null;
  recorded_at: string;
  recorded_by: string;
}

export type NewSending = Omit<SendingRow, 'seq'>;

export function createPostRepo(sqlite: Sqlite) {
  const stmt = statementCache(sqlite);
  return {
    /** The sending in force for each recipient of these entries. */
    latestFor(entryIds: string[]): SendingRow[] {
      if (entryIds.length === 0) return [];
      const out: SendingRow[] = [];
      // Bounded IN lists (SQLite's variable limit); a period holds at most thousands of entries.
      for (let i = 0; i < entryIds.length; i += 500) {
        const ids = entryIds.slice(i, i + 500);
        out.push(
          ...(stmt(
            `SELECT s.* FROM post_sending s
             JOIN (SELECT MAX(seq) AS seq FROM post_sending WHERE entry_id IN (${ids.map(() => '?').join(',')})
                   GROUP BY entry_id, recipient_key) m ON m.seq = s.seq`,
          ).all(...ids) as SendingRow[]),
        );
      }
      return out;
    },
    /** Entries with a sending dated in [from, to] (their document date may lie outside). */
    entriesSentBetween(from: string, to: string): string[] {
      return (
        stmt('SELECT DISTINCT entry_id FROM post_sending WHERE sent_date BETWEEN ? AND ?').all(from, to) as { entry_id: string }[]
      ).map((r) => r.entry_id);
    },
    /** The last address used for this recipient on any envelope. */
    lastAddress(recipientKey: string): string | null {
      const r = stmt('SELECT address FROM post_sending WHERE recipient_key = ? AND address IS NOT NULL ORDER BY seq DESC LIMIT 1').get(
        recipientKey,
      ) as { address: string } | undefined;
      return r?.address ?? null;
    },
    insert(row: NewSending): void {
      const cols = Object.keys(row);
      stmt(`INSERT INTO post_sending (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(row);
    },
  };
}

export type PostRepo = ReturnType<typeof createPostRepo>;
