import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Files in the content-addressed store (`<data>/files/ab/<sha256>`). The row is written after the
 * bytes are durable on disk; `text` is the PDF text layer, kept so the search index can be rebuilt
 * when the folding rules change without re-reading every PDF.
 */
export const storedFile = sqliteTable('stored_file', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  mediaType: text('media_type').notNull(),
  pageCount: integer('page_count'),
  text: text('text'),
  originalName: text('original_name'),
  createdAt: text('created_at').notNull(),
  /**
   * Tombstone of a purge (material entered by mistake, e.g. secret): the bytes and text are gone from
   * the store, the search index and later backups; the row stays so the entry keeps its number.
   */
  purgedAt: text('purged_at'),
  purgedBy: text('purged_by'),
  purgeReason: text('purge_reason'),
});

/**
 * One row per registered document, incoming (`den`) and outgoing (`di`), named after Phụ lục VI
 * Phần II of Nghị định 30/2020. Invariants (enforced by the indexes below and the triggers of
 * migration register_fts): rows are never deleted; (direction, year, series, number) never changes
 * after insert; số đến is unique per year; số đi is unique per (year, series) and — for a State
 * agency — số + ký hiệu per year (a Party body's series carry their term, "@k<id>", and restart
 * at 01 in each term, so the same số + ký hiệu may recur in one year across two terms);
 * `seq` is the rowid (stable under VACUUM) that the contentless FTS5 index points at; `id` is
 * the opaque UUID the outside world sees.
 */
export const registerEntry = sqliteTable(
  'register_entry',
  {
    seq: integer('seq').primaryKey(),
    id: text('id').notNull(),
    direction: text('direction', { enum: ['den', 'di'] }).notNull(),
    /** Calendar year in Vietnam time when the number was given. */
    year: integer('year').notNull(),
    /**
     * Number series: 'den' for incoming; 'hanh-chinh', a type code, or 'ban-sao' for outgoing; a
     * Party body's series carry their term: '<type code>@k<term id>' or 'dai-hoi@k<term id>'.
     */
    series: text('series').notNull(),
    /** Số đến (ArrivalNumber) or số văn bản đi (CodeNumber), as an integer. */
    number: integer('number').notNull(),
    status: text('status', { enum: ['registered', 'cancelled'] })
      .notNull()
      .default('registered'),
    medium: text('medium', { enum: ['giay', 'dien-tu'] }).notNull(),
    typeCode: text('type_code').notNull(),
    typeName: text('type_name').notNull(),
    codeNumber: text('code_number'),
    codeNotation: text('code_notation'),
    /**
     * "Số, ký hiệu" as printed ("19-QC/HU", "45/UBND-VP", or unparsed text kept verbatim); null
     * for rows written before it existed, whose text is code_number "/" code_notation.
     */
    soKyHieu: text('so_ky_hieu'),
    /** Which form so_ky_hieu follows: 'state', 'party' or 'unparsed' (see src-shared readSoKyHieu). */
    notationSystem: text('notation_system'),
    issuedDate: text('issued_date'),
    organName: text('organ_name').notNull(),
    /** foldVietnamese(organName): the sender filter and autocomplete key. */
    organKey: text('organ_key').notNull(),
    subject: text('subject').notNull(),
    language: text('language'),
    pageAmount: integer('page_amount'),
    description: text('description'),
    signerPosition: text('signer_position'),
    signerFullName: text('signer_full_name'),
    urgency: text('urgency').notNull().default('thuong'),
    /**
     * Độ mật: 'none', 'mat', 'toi-mat' or 'tuyet-mat' (src-shared/domain/priority.ts). A mật entry
     * takes its own number series ('den-mat' incoming, 'mat' outgoing: Điều 15.2, 22.4 Nghị định
     * 30/2020), stays out of the ordinary books and the search index, and never goes through the hub.
     */
    confidentiality: text('confidentiality').notNull().default('none'),
    /**
     * A category kept off the electronic channel by the agency's rules ('khen-thuong-ky-luat',
     * 'ho-so-goc', 'nhay-cam'), or null: sending it through the hub asks the clerk to confirm.
     */
    channelRestriction: text('channel_restriction'),
    arrivalDate: text('arrival_date'),
    /** ArrivalDate for incoming, IssuedDate for outgoing: the date the register book is ordered by. */
    regDate: text('reg_date').notNull(),
    toPlaces: text('to_places'),
    /** Outgoing "Nơi nhận" (To): JSON array of { OrganId?, OrganName }. */
    recipients: text('recipients'),
    issuedAmount: integer('issued_amount'),
    archiveKeeper: text('archive_keeper'),
    dueDate: text('due_date'),
    traceHeaderList: text('trace_header_list'),
    documentId: text('document_id'),
    /** Folded (số, ký hiệu, cơ quan ban hành, năm ban hành) for the Phụ lục VI.III.1.h warning. */
    dupKey: text('dup_key'),
    fileSha256: text('file_sha256').references(() => storedFile.sha256),
    confirmedNotDuplicate: integer('confirmed_not_duplicate', { mode: 'boolean' }).notNull().default(false),
    cancelReason: text('cancel_reason'),
    cancelledAt: text('cancelled_at'),
    registeredAt: text('registered_at').notNull(),
    registeredBy: text('registered_by').notNull(),
  },
  (t) => [
    uniqueIndex('register_entry_id_ux').on(t.id),
    uniqueIndex('register_den_series_number_ux')
      .on(t.year, t.series, t.number)
      .where(sql`direction = 'den'`),
    uniqueIndex('register_di_series_number_ux')
      .on(t.year, t.series, t.number)
      .where(sql`direction = 'di'`),
    // Số + ký hiệu unique per year among ordinary documents; the mật series ('mat') numbers apart.
    uniqueIndex('register_di_so_ky_hieu_ux')
      .on(t.year, t.number, t.codeNotation)
      .where(sql`direction = 'di' AND instr(series, '@') = 0 AND series <> 'mat'`),
    index('register_direction_ix').on(t.direction),
    index('register_direction_year_ix').on(t.direction, t.year),
    index('register_direction_organ_ix').on(t.direction, t.organKey),
    index('register_dup_key_ix')
      .on(t.dupKey)
      .where(sql`dup_key IS NOT NULL`),
    index('register_document_id_ix')
      .on(t.documentId)
      .where(sql`document_id IS NOT NULL`),
    index('register_file_ix')
      .on(t.fileSha256)
      .where(sql`file_sha256 IS NOT NULL`),
    check('register_direction_ck', sql`direction IN ('den', 'di')`),
    check('register_status_ck', sql`status IN ('registered', 'cancelled')`),
    check('register_number_ck', sql`number >= 1`),
  ],
);

/** Names of senders and recipients seen so far, for OrganName autocomplete (key = folded name). */
export const organName = sqliteTable('organ_name', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  uses: integer('uses').notNull(),
  lastUsedAt: text('last_used_at').notNull(),
});

/**
 * Append-only, hash-chained audit log: hash = sha256(prevHash + canonical JSON of the entry).
 * UPDATE and DELETE are refused by triggers (migration register_fts); `audit.verify` recomputes
 * the chain and names the first bad sequence number.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    data: text('data').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_entity_ix').on(t.entityType, t.entityId)],
);
