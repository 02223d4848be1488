import { and, asc, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { exchangeInbox, registerEntry } from '../../db/schema';
import type { InboxAntivirus, InboxItem, InboxKind, InboxSignature } from '../../../src-shared/contracts/exchange.contract';

export type InboxRow = typeof exchangeInbox.$inferSelect;
export type NewInboxRow = typeof exchangeInbox.$inferInsert;

export function createInboxRepo(db: Db) {
  const repo = {
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
        inArray(exchangeInbox.state, ['new', 'registered', 'refused', 'recalled']),
      ];
      if (fromOrgan) conds.push(eq(exchangeInbox.fromOrgan, fromOrgan));
      return db
        .select()
        .from(exchangeInbox)
        .where(and(...conds))
        .orderBy(asc(exchangeInbox.seq))
        .get();
    },
    /** The incoming document a request row is about, as received here (see targetDocumentId). */
    concernsOf(r: InboxRow): InboxRow | undefined {
      const target = targetDocumentId(r);
      return target ? repo.incomingDocument(target, r.fromOrgan ?? undefined) : undefined;
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
  return repo;
}

export type InboxRepo = ReturnType<typeof createInboxRepo>;

/** What the row asks of the clerk (edXML BussinessDocType 0–3; a status 13 is a take-back request). */
export function inboxKindOf(r: Pick<InboxRow, 'kind' | 'businessType' | 'statusCode'>): InboxKind {
  if (r.kind === 'status') return r.statusCode === '13' ? 'take-back' : 'status';
  return (['document', 'recall', 'update', 'replace'] as const)[r.businessType ?? 0] ?? 'document';
}

interface StoredPacketFacts {
  Bussiness?: { BussinessDocReason?: string; DocumentId?: string | null; ReplacementInfoList?: { DocumentId: string }[] };
}
const packetOf = (r: InboxRow): StoredPacketFacts => {
  try {
    return r.packet ? (JSON.parse(r.packet) as StoredPacketFacts) : {};
  } catch {
    return {};
  }
};

/** The DocumentId of the document a request is about (the replaced one for a replacement); null for a document or status. */
export function targetDocumentId(r: InboxRow): string | null {
  const kind = inboxKindOf(r);
  if (kind === 'replace') return packetOf(r).Bussiness?.ReplacementInfoList?.[0]?.DocumentId ?? null;
  return kind === 'recall' || kind === 'update' || kind === 'take-back' ? r.documentId : null;
}

const parseJson = <T>(text: string | null): T | null => {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
};

/** The wire view of an inbox row; attachment paths point into the exchange file store. */
export function toInboxItem(r: InboxRow, pathOf: (sha256: string) => string, concerns?: (r: InboxRow) => InboxRow | undefined): InboxItem {
  const attachments = r.attachments
    ? (JSON.parse(r.attachments) as { AttachmentName: string; ContentType: string; size: number; sha256: string }[])
    : [];
  const kind = inboxKindOf(r);
  const target = kind === 'document' || kind === 'status' ? undefined : concerns?.(r);
  const senderReason =
    r.kind === 'status'
      ? r.statusCode === '13'
        ? r.subject
        : null
      : r.businessType
        ? (packetOf(r).Bussiness?.BussinessDocReason ?? null)
        : null;
  return {
    id: r.id,
    kind: r.kind,
    Kind: kind,
    Priority: r.priority,
    DueDate: r.dueDate,
    Signer: r.signer,
    Signature: parseJson<InboxSignature>(r.signature),
    Antivirus: parseJson<InboxAntivirus>(r.antivirus),
    Concerns: target
      ? { inboxId: target.id, Subject: target.subject, Code: target.code, State: target.state, ArrivalNumber: target.arrivalNumber }
      : null,
    Reason: r.decisionReason ?? r.error ?? senderReason,
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
