import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
