import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Outgoing edXML packets (documents and statuses). Invariants: a row is written in the same
 * transaction as the business change that caused it and is never deleted; the packet bytes are in
 * the exchange file store under `packet_sha256` and never rebuilt, so a resend is byte-identical;
 * rows sharing `order_key` (the DocumentId concerned) are sent strictly in `seq` order, so a status
 * never overtakes its document; `hub_doc_id` is set once the hub has acknowledged the packet.
 * `state`: pending → sending (an attempt may have reached the hub) → sent | failed (needs the clerk).
 */
export const exchangeOutbox = sqliteTable(
  'exchange_outbox',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    kind: text('kind', { enum: ['edoc', 'status'] }).notNull(),
    documentId: text('document_id').notNull(),
    orderKey: text('order_key').notNull(),
    statusCode: text('status_code'),
    businessType: integer('business_type'),
    fromOrgan: text('from_organ').notNull(),
    /** JSON array of OrganIds the packet is addressed to. */
    recipients: text('recipients').notNull(),
    title: text('title').notNull(),
    notation: text('notation'),
    packetSha256: text('packet_sha256').notNull(),
    packetSize: integer('packet_size').notNull(),
    /** Urgency rank: 3 Hỏa tốc (and hẹn giờ), 2 Thượng khẩn, 1 Khẩn, 0 Thường; higher leaves first. */
    priority: integer('priority').notNull().default(0),
    state: text('state', { enum: ['pending', 'sending', 'sent', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    lastError: text('last_error'),
    lastErrorAt: text('last_error_at'),
    hubDocId: text('hub_doc_id'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
  },
  (t) => [
    uniqueIndex('exchange_outbox_id_ux').on(t.id),
    uniqueIndex('exchange_outbox_hub_doc_ux')
      .on(t.hubDocId)
      .where(sql`hub_doc_id IS NOT NULL`),
    index('exchange_outbox_due_ix').on(t.state, t.nextAttemptAt),
    index('exchange_outbox_order_ix').on(t.orderKey, t.seq),
    index('exchange_outbox_priority_ix').on(t.state, t.priority, t.seq),
  ],
);

/**
 * Every packet fetched from the hub, one row per hub docId (so a redelivery is recognised and only
 * acknowledged again). `dedupe_key` is the business identity (sender, DocumentId, business type,
 * sender's trace time; or for statuses reporter, DocumentId, code, time): a second row with the
 * same key is stored as `duplicate` and never shown as a new document. The row is committed before
 * the hub is told `done`, so a crash in between loses nothing.
 */
export const exchangeInbox = sqliteTable(
  'exchange_inbox',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    hubDocId: text('hub_doc_id').notNull(),
    kind: text('kind', { enum: ['edoc', 'status'] }).notNull(),
    /** new | registered | refused | change-requested | answered | applied | waiting | duplicate | rejected */
    state: text('state').notNull(),
    dedupeKey: text('dedupe_key'),
    duplicateOf: text('duplicate_of'),
    documentId: text('document_id'),
    fromOrgan: text('from_organ'),
    fromName: text('from_name'),
    businessType: integer('business_type'),
    statusCode: text('status_code'),
    subject: text('subject'),
    code: text('code'),
    promulgationDate: text('promulgation_date'),
    /** Urgency rank as on the outbox (3 Hỏa tốc … 0 Thường): the inbox lists and handles urgent first. */
    priority: integer('priority').notNull().default(0),
    dueDate: text('due_date'),
    /** "Position FullName" of the signer, from SignerInfo. */
    signer: text('signer'),
    /** JSON { state, text, fileState?, signatures? }: the verifier's verdict on the main PDF, stored at receive time. */
    signature: text('signature'),
    /** JSON { verdict: clean|unavailable|not-checked, engine, warning }: the antivirus result at receive time. */
    antivirus: text('antivirus'),
    /** The parsed packet (JSON model) without local paths. */
    packet: text('packet'),
    /** JSON array of { AttachmentName, ContentType, size, sha256, Description }. */
    attachments: text('attachments'),
    packetSha256: text('packet_sha256'),
    error: text('error'),
    arrivalNumber: integer('arrival_number'),
    decisionReason: text('decision_reason'),
    receivedAt: text('received_at').notNull(),
    ackStatus: text('ack_status'),
    ackedAt: text('acked_at'),
    decidedAt: text('decided_at'),
  },
  (t) => [
    uniqueIndex('exchange_inbox_id_ux').on(t.id),
    uniqueIndex('exchange_inbox_hub_doc_ux').on(t.hubDocId),
    index('exchange_inbox_dedupe_ix').on(t.dedupeKey),
    index('exchange_inbox_document_ix').on(t.documentId),
    index('exchange_inbox_state_ix').on(t.kind, t.state),
    index('exchange_inbox_unacked_ix').on(t.ackedAt),
  ],
);

/** Each recipient of an outgoing document, with its latest business status (delivery view). */
export const exchangeDelivery = sqliteTable(
  'exchange_delivery',
  {
    documentId: text('document_id').notNull(),
    organId: text('organ_id').notNull(),
    organName: text('organ_name').notNull(),
    outboxId: text('outbox_id').notNull(),
    latestCode: text('latest_code'),
    latestAt: text('latest_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.organId] })],
);

/**
 * Status history in both directions ('in' = reported to us about our document or by the sender of
 * a document we hold; 'out' = we reported). Unique per (direction, document, party, code, time),
 * so a status delivered twice is recorded once.
 */
export const exchangeStatusLog = sqliteTable(
  'exchange_status_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    documentId: text('document_id').notNull(),
    organId: text('organ_id').notNull(),
    statusCode: text('status_code').notNull(),
    description: text('description').notNull(),
    statusAt: text('status_at').notNull(),
    recordedAt: text('recorded_at').notNull(),
    sourceId: text('source_id').notNull(),
  },
  (t) => [
    uniqueIndex('exchange_status_log_ux').on(t.direction, t.documentId, t.organId, t.statusCode, t.statusAt),
    index('exchange_status_log_doc_ix').on(t.documentId),
  ],
);

/** The hub's agency directory, cached for recipient pickers and offline use. */
export const exchangeAgency = sqliteTable(
  'exchange_agency',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    /** foldVietnamese(name + code): the search key. */
    searchKey: text('search_key').notNull(),
    mail: text('mail'),
    parentId: text('parent_id'),
    oldCode: text('old_code'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('exchange_agency_search_ix').on(t.searchKey)],
);

/**
 * The files of a register entry: one `main` document and its attachments, in the order the sender
 * gave them (an electronic document from the hub may carry a PDF plus docx, xlsx, images…).
 * `register_entry.file_sha256` stays the main file; this table holds every file, the main one too.
 */
export const registerEntryFile = sqliteTable(
  'register_entry_file',
  {
    entryId: text('entry_id').notNull(),
    sha256: text('sha256').notNull(),
    role: text('role', { enum: ['main', 'attachment'] }).notNull(),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    ord: integer('ord').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.ord] }), index('register_entry_file_sha_ix').on(t.sha256)],
);

/**
 * Links between register entries made by the exchange: `replaces` / `updates` (edXML
 * BussinessDocType 3 / 2, both registers) and `answers` (ResponseFor: our outgoing entry answered).
 */
export const registerEntryLink = sqliteTable(
  'register_entry_link',
  {
    fromEntryId: text('from_entry_id').notNull(),
    toEntryId: text('to_entry_id').notNull(),
    kind: text('kind', { enum: ['replaces', 'updates', 'answers'] }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fromEntryId, t.toEntryId, t.kind] }), index('register_entry_link_to_ix').on(t.toEntryId)],
);

/**
 * An entry recalled through the exchange (thu hồi): outgoing = we recalled it and it is frozen;
 * incoming = the sender recalled it and we accepted, its files are no longer served (ND30 Điều 18.4).
 * Metadata stays in the register; the row is never deleted.
 */
export const registerEntryRecall = sqliteTable('register_entry_recall', {
  entryId: text('entry_id').primaryKey(),
  reason: text('reason').notNull(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
});
