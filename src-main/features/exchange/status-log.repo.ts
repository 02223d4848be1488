import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { exchangeAgency, exchangeStatusLog } from '../../db/schema';

export type StatusLogRow = typeof exchangeStatusLog.$inferSelect;
export type AgencyRow = typeof exchangeAgency.$inferSelect;

/** Where a status sits in the flow of one document (edxml.md §C.2 typical flows). */
export const STATUS_RANK: Readonly<Record<string, number>> = {
  '01': 1,
  '02': 3,
  '03': 3,
  '04': 4,
  '05': 5,
  '06': 6,
  '13': 7,
  '15': 8,
  '16': 8,
};

/** Status history and the cached agency directory. */
export function createStatusLogRepo(db: Db) {
  return {
    /** Records a status once; returns false when the same status was already recorded (a redelivery). */
    record(row: typeof exchangeStatusLog.$inferInsert): boolean {
      const r = db.insert(exchangeStatusLog).values(row).onConflictDoNothing().run();
      return r.changes > 0;
    },
    /**
     * History in business order: by the time written in the packet, then by the code's place in the
     * flow — statuses within one second (01 and 03 of a quick clerk) may arrive in either order.
     */
    history(documentId: string): StatusLogRow[] {
      const rows = db
        .select()
        .from(exchangeStatusLog)
        .where(eq(exchangeStatusLog.documentId, documentId))
        .orderBy(asc(exchangeStatusLog.statusAt), asc(exchangeStatusLog.seq))
        .all();
      return rows.sort(
        (x, y) => x.statusAt.localeCompare(y.statusAt) || (STATUS_RANK[x.statusCode] ?? 0) - (STATUS_RANK[y.statusCode] ?? 0),
      );
    },
    replaceAgencies(rows: AgencyRow[]): void {
      db.transaction(
        (tx) => {
          for (const r of rows) tx.insert(exchangeAgency).values(r).onConflictDoUpdate({ target: exchangeAgency.code, set: r }).run();
        },
        { behavior: 'immediate' },
      );
    },
    agenciesByCode(codes: string[]): AgencyRow[] {
      if (codes.length === 0) return [];
      return db.select().from(exchangeAgency).where(inArray(exchangeAgency.code, codes)).all();
    },
    searchAgencies(foldedQuery: string, limit: number): AgencyRow[] {
      const q = `%${foldedQuery.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      return db
        .select()
        .from(exchangeAgency)
        .where(
          foldedQuery
            ? sql`(${exchangeAgency.searchKey} LIKE ${q} ESCAPE '\\' OR lower(${exchangeAgency.code}) LIKE ${q} ESCAPE '\\')`
            : undefined,
        )
        .orderBy(asc(exchangeAgency.code))
        .limit(limit)
        .all();
    },
  };
}

export type StatusLogRepo = ReturnType<typeof createStatusLogRepo>;
