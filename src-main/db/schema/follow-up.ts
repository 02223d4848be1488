import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A locked volume (quyển) of the Sổ theo dõi giải quyết văn bản đến (Phụ lục IV.VIII): the documents
 * that arrived in [date_from, date_to] as their handling stood at the lock. Invariants as for the
 * register books: quyển số counts from 1 within a year without gaps; periods of one year do not
 * overlap; a row is never updated or deleted; `snapshot` is the exact print model and `pdf_sha256`
 * the hash of the bytes, so a reprint is checked byte for byte.
 */
export const followUpVolume = sqliteTable(
  'follow_up_volume',
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
  (t) => [uniqueIndex('follow_up_volume_no_ux').on(t.year, t.volumeNo)],
);
