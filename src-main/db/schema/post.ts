import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The post sending of one paper recipient (Nơi nhận served without the hub) of an outgoing entry:
 * the line of the Sổ gửi văn bản đi bưu điện (Phụ lục IV.III). Rows are appended, never updated or
 * deleted: a correction is a new row for the same (entry, recipient), and the latest (highest seq)
 * is the one the book prints; the earlier ones stay as history (and in the audit log).
 */
export const postSending = sqliteTable(
  'post_sending',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    entryId: text('entry_id').notNull(),
    /** The recipient as written in the entry's Nơi nhận (OrganName). */
    recipient: text('recipient').notNull(),
    /** foldVietnamese(recipient): matches the Nơi nhận line and remembers its address. */
    recipientKey: text('recipient_key').notNull(),
    address: text('address'),
    /** Ngày chuyển (YYYY-MM-DD): the day the envelope went to the post office. */
    sentDate: text('sent_date').notNull(),
    /** Số biên lai / số hiệu bưu gửi. */
    receiptNo: text('receipt_no'),
    /** Cước phí in đồng. */
    cost: integer('cost'),
    envelopes: integer('envelopes').notNull().default(1),
    note: text('note'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('post_sending_entry_ix').on(t.entryId, t.recipientKey), index('post_sending_date_ix').on(t.sentDate)],
);

/**
 * A locked volume (quyển) of the Sổ gửi văn bản đi bưu điện; the same invariants as the follow-up
 * book's volumes (follow_up_volume): quyển số 1, 2, 3 … within a year, periods never overlap, never
 * updated, and the snapshot and PDF hash let a reprint be checked byte for byte.
 */
export const postVolume = sqliteTable(
  'post_volume',
  {
    id: text('id').primaryKey(),
    year: integer('year').notNull(),
    volumeNo: integer('volume_no').notNull(),
    dateFrom: text('date_from').notNull(),
    dateTo: text('date_to').notNull(),
    entryCount: integer('entry_count').notNull(),
    paper: text('paper', { enum: ['a4', 'a3'] }).notNull(),
    pageCount: integer('page_count').notNull(),
    snapshot: text('snapshot').notNull(),
    snapshotSha256: text('snapshot_sha256').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    pdfSize: integer('pdf_size').notNull(),
    fontName: text('font_name').notNull(),
    fontSha256: text('font_sha256').notNull(),
    layoutVersion: integer('layout_version').notNull(),
    lockedAt: text('locked_at').notNull(),
    lockedBy: text('locked_by').notNull(),
  },
  (t) => [uniqueIndex('post_volume_no_ux').on(t.year, t.volumeNo)],
);
