import { and, asc, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { exchangeInbox, registerEntry } from '../../db/schema';
import type { InboxItem } from '../../../src-shared/contracts/exchange.contract';

export type InboxRow = typeof exchangeInbox.$inferSelect;
export type NewInboxRow = typeof exchangeInbox.$inferInsert;

export function createInboxRepo(db: Db) {
  return {
    insert(row: NewInboxRow): void {
      db.insert(exchangeInbox).values(row).run();
    },
    byHubDocId(hubDocId: string): InboxRow | undefined {
      return db.select().from(exchangeInbox).where(eq(exchangeInbox.hubDocId, hubDocId)).get();
    },
    byId(id: string): InboxRow | undefined {
      return db.select().from(exchangeInbox).where(eq(exchangeInbox.id, id)).get();
    },
    /** The first stored (non-duplicate, non-rejected) row with this business identity. */
    original(dedupeKey: string): InboxRow | undefined {
      return db
        .select()
        .from(exchangeInbox)
        .where(and(eq(exchangeInbox.dedupeKey, dedupeKey), ne(exchangeInbox.state, 'duplicate'), ne(exchangeInbox.state, 'rejected')))
        .orderBy(asc(exchangeInbox.seq))
        .get();
    },
    /** The incoming document (not a duplicate, not a change request) with this DocumentId from this sender. */
    incomingDocument(documentId: string, fromOrgan?: string): InboxRow | undefined {
      const conds = [
        eq(exchangeInbox.kind, 'edoc'),
        eq(exchangeInbox.documentId, documentId),
        inArray(exchangeInbox.state, ['new', 'registered', 'refused']),
      ];
      if (fromOrgan) conds.push(eq(exchangeInbox.fromOrgan, fromOrgan));
      return db
        .select()
        .from(exchangeInbox)
        .where(and(...conds))
        .orderBy(asc(exchangeInbox.seq))
        .get();
    },
    waitingStatuses(documentId: string): InboxRow[] {
      return db
        .select()
        .from(exchangeInbox)
        .where(and(eq(exchangeInbox.state, 'waiting'), eq(exchangeInbox.documentId, documentId)))
        .all();
    },
    unacked(limit: number): InboxRow[] {
      return db.select().from(exchangeInbox).where(isNull(exchangeInbox.ackedAt)).orderBy(asc(exchangeInbox.seq)).limit(limit).all();
    },
    markAcked(id: string, status: string, at: string): void {
      db.update(exchangeInbox).set({ ackStatus: status, ackedAt: at }).where(eq(exchangeInbox.id, id)).run();
    },
    setState(id: string, state: string, extra: Partial<NewInboxRow> = {}): void {
      db.update(exchangeInbox)
        .set({ state, ...extra })
        .where(eq(exchangeInbox.id, id))
        .run();
    },
    /**
     * Electronic documents still "new" here whose DocumentId the incoming register already holds:
     * a crash between a registration and its status 03 (see linkExchangeToRegister.reconcile).
     */
    newButRegistered(): { documentId: string; number: number }[] {
      return db
        .select({ documentId: registerEntry.documentId, number: registerEntry.number })
        .from(exchangeInbox)
        .innerJoin(
          registerEntry,
          and(
            eq(registerEntry.documentId, exchangeInbox.documentId),
            eq(registerEntry.direction, 'den'),
            eq(registerEntry.status, 'registered'),
          ),
        )
        .where(and(eq(exchangeInbox.kind, 'edoc'), eq(exchangeInbox.state, 'new')))
        .all() as { documentId: string; number: number }[];
    },
    list(filter: { kind?: 'edoc' | 'status'; states?: string[]; limit: number }): InboxRow[] {
      const conds = [];
      if (filter.kind) conds.push(eq(exchangeInbox.kind, filter.kind));
      if (filter.states?.length) conds.push(inArray(exchangeInbox.state, filter.states));
      return db
        .select()
        .from(exchangeInbox)
        .where(conds.length ? and(...conds) : undefined)
        .orderBy(desc(exchangeInbox.priority), desc(exchangeInbox.seq))
        .limit(filter.limit)
        .all();
    },
  };
}

export type InboxRepo = ReturnType<typeof createInboxRepo>;

/** The wire view of an inbox row; attachment paths point into the exchange file store. */
export function toInboxItem(r: InboxRow, pathOf: (sha256: string) => string): InboxItem {
  const attachments = r.attachments
    ? (JSON.parse(r.attachments) as { AttachmentName: string; ContentType: string; size: number; sha256: string }[])
    : [];
  return {
    id: r.id,
    kind: r.kind,
    State: r.state,
    HubDocId: r.hubDocId,
    DocumentId: r.documentId,
    From: { OrganId: r.fromOrgan, OrganName: r.fromName },
    BussinessDocType: r.businessType,
    StatusCode: r.statusCode,
    Subject: r.subject,
    Code: r.code,
    PromulgationDate: r.promulgationDate,
    Attachments: attachments.map((a) => ({ ...a, path: pathOf(a.sha256) })),
    Error: r.error,
    ArrivalNumber: r.arrivalNumber,
    DuplicateOf: r.duplicateOf,
    ReceivedAt: r.receivedAt,
    Acked: r.ackedAt !== null,
  };
}
