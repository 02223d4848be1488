import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { exchangeDelivery, exchangeOutbox } from '../../db/schema';

export type OutboxRow = typeof exchangeOutbox.$inferSelect;
export type NewOutboxRow = typeof exchangeOutbox.$inferInsert;

/** Outbox storage. All writes are single statements or run inside the caller's transaction. */
export function createOutboxRepo(db: Db) {
  // The drain writes one of these per packet: prepared once, not rebuilt by the query builder each time.
  const sentStmt = db
    .update(exchangeOutbox)
    .set({ state: 'sent', hubDocId: sql`${sql.placeholder('hubDocId')}`, sentAt: sql`${sql.placeholder('at')}`, lastError: null })
    .where(eq(exchangeOutbox.id, sql.placeholder('id')))
    .prepare();
  return {
    insert(row: NewOutboxRow): void {
      db.insert(exchangeOutbox).values(row).run();
    },

    insertDeliveries(rows: (typeof exchangeDelivery.$inferInsert)[]): void {
      if (rows.length === 0) return;
      db.insert(exchangeDelivery).values(rows).onConflictDoNothing().run();
    },

    byId(id: string): OutboxRow | undefined {
      return db.select().from(exchangeOutbox).where(eq(exchangeOutbox.id, id)).get();
    },

    /** The urgency of a document known here (sent by us or received): its statuses travel at it. */
    chainPriority(documentId: string): number {
      if (!documentId) return 0;
      const r = db.get<{ p: number | null }>(
        sql`SELECT max(p) AS p FROM (SELECT max(priority) AS p FROM exchange_outbox WHERE order_key = ${documentId}
                                     UNION ALL SELECT max(priority) FROM exchange_inbox WHERE document_id = ${documentId})`,
      );
      return r?.p ?? 0;
    },

    /**
     * Items due now, most urgent first (Hỏa tốc, Thượng khẩn, Khẩn, Thường), oldest first within
     * one urgency, each the head of its chain: an item waits while an earlier item with the same
     * order_key (its document, or an earlier status about it) is not yet sent, whatever their ranks.
     */
    due(nowMs: number, limit: number): OutboxRow[] {
      return db
        .select()
        .from(exchangeOutbox)
        .where(
          sql`${exchangeOutbox.state} IN ('pending', 'sending') AND ${exchangeOutbox.nextAttemptAt} <= ${nowMs}
              AND NOT EXISTS (SELECT 1 FROM exchange_outbox p WHERE p.order_key = ${exchangeOutbox.orderKey}
                              AND p.seq < ${exchangeOutbox.seq} AND p.state <> 'sent')`,
        )
        .orderBy(desc(exchangeOutbox.priority), exchangeOutbox.seq)
        .limit(limit)
        .all();
    },

    /** Claims items for an attempt: one write for the whole batch. */
    markAttempt(ids: string[]): void {
      if (ids.length === 0) return;
      db.update(exchangeOutbox)
        .set({ state: 'sending', attempts: sql`${exchangeOutbox.attempts} + 1` })
        .where(inArray(exchangeOutbox.id, ids))
        .run();
    },

    /** Gives back items claimed but never sent (the phase stopped first): their state as before, the attempt not counted. */
    unclaim(rows: Pick<OutboxRow, 'id' | 'state'>[]): void {
      db.transaction((tx) => {
        for (const state of ['pending', 'sending'] as const) {
          const ids = rows.filter((r) => r.state === state).map((r) => r.id);
          if (ids.length === 0) continue;
          tx.update(exchangeOutbox)
            .set({ state, attempts: sql`max(0, ${exchangeOutbox.attempts} - 1)` })
            .where(and(eq(exchangeOutbox.state, 'sending'), inArray(exchangeOutbox.id, ids)))
            .run();
        }
      });
    },

    markSent(id: string, hubDocId: string, at: string): void {
      sentStmt.run({ id, hubDocId, at });
    },

    /** A failed attempt: stays retryable (`sending` = the hub may have it) or becomes `failed`. */
    markError(
      id: string,
      state: 'sending' | 'pending' | 'failed',
      error: string,
      at: string,
      nextAttemptAt: number,
      refundAttempt = false,
    ): void {
      db.update(exchangeOutbox)
        .set({
          state,
          lastError: error,
          lastErrorAt: at,
          nextAttemptAt,
          ...(refundAttempt ? { attempts: sql`max(0, ${exchangeOutbox.attempts} - 1)` } : {}),
        })
        .where(eq(exchangeOutbox.id, id))
        .run();
    },

    retry(id: string, nowMs: number): void {
      db.update(exchangeOutbox)
        .set({ state: 'pending', attempts: 0, nextAttemptAt: nowMs })
        .where(and(eq(exchangeOutbox.id, id), inArray(exchangeOutbox.state, ['failed', 'pending', 'sending'])))
        .run();
    },

    hubDocIdTaken(hubDocId: string): boolean {
      return db.select({ id: exchangeOutbox.id }).from(exchangeOutbox).where(eq(exchangeOutbox.hubDocId, hubDocId)).get() !== undefined;
    },

    list(filter: { state?: OutboxRow['state']; documentId?: string; limit: number }): OutboxRow[] {
      const conds = [];
      if (filter.state) conds.push(eq(exchangeOutbox.state, filter.state));
      if (filter.documentId) conds.push(eq(exchangeOutbox.documentId, filter.documentId));
      return db
        .select()
        .from(exchangeOutbox)
        .where(conds.length ? and(...conds) : undefined)
        .orderBy(desc(exchangeOutbox.seq))
        .limit(filter.limit)
        .all();
    },

    counts(stuckAfter: number): { pending: number; sending: number; failed: number; stuck: number } {
      const r = db
        .select({
          pending: sql<number>`sum(state = 'pending')`,
          sending: sql<number>`sum(state = 'sending')`,
          failed: sql<number>`sum(state = 'failed')`,
          stuck: sql<number>`sum(state IN ('pending', 'sending') AND attempts >= ${stuckAfter})`,
        })
        .from(exchangeOutbox)
        .get();
      return { pending: r?.pending ?? 0, sending: r?.sending ?? 0, failed: r?.failed ?? 0, stuck: r?.stuck ?? 0 };
    },

    deliveries(documentId: string) {
      return db.select().from(exchangeDelivery).where(eq(exchangeDelivery.documentId, documentId)).all();
    },

    /** Our outgoing document matching a status: by DocumentId, else by number/notation and date (edxml.md §A.2). */
    findOutgoing(documentId: string | undefined, code: string | undefined, date: string | null | undefined): string | null {
      if (documentId) {
        const hit = db
          .select({ d: exchangeDelivery.documentId })
          .from(exchangeDelivery)
          .where(eq(exchangeDelivery.documentId, documentId))
          .get();
        if (hit) return hit.d;
      }
      if (code) {
        const rows = db
          .select({ d: exchangeOutbox.documentId })
          .from(exchangeOutbox)
          .where(and(eq(exchangeOutbox.kind, 'edoc'), eq(exchangeOutbox.notation, code)))
          .all();
        const ymd = date ? date.replace(/-/g, '/') : null;
        const match = rows.find((r) => !ymd || r.d.includes(`,${ymd},`)) ?? (rows.length === 1 ? rows[0] : undefined);
        if (match) return match.d;
      }
      return null;
    },

    updateDeliveryLatest(documentId: string, organId: string, code: string, at: string, now: string): void {
      db.update(exchangeDelivery)
        .set({ latestCode: code, latestAt: at, updatedAt: now })
        .where(and(eq(exchangeDelivery.documentId, documentId), eq(exchangeDelivery.organId, organId)))
        .run();
    },
  };
}

export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
