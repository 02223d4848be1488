import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A locked volume (quyển) of a Phụ lục IV book: a register book (book 'register', direction đến/đi),
 * the Sổ theo dõi giải quyết văn bản đến ('theo-doi', direction 'den') or the Sổ gửi văn bản đi bưu
 * điện ('buu-dien', direction 'di'). Invariants: quyển số counts from 1 within (book, direction,
 * year) without gaps; a row is never updated or deleted; `snapshot` is the exact print model (cover
 * lines and every printed cell) the PDF was rendered from, and `pdf_sha256` the hash of those
 * bytes, so a reprint can be rendered again and checked byte for byte. The register's own columns
 * (series, number range, amendment rows) are null / 0 for the other books.
 */
export const lockedVolume = sqliteTable(
  'locked_volume',
  {
    id: text('id').primaryKey(),
    book: text('book', { enum: ['register', 'theo-doi', 'buu-dien'] }).notNull(),
    direction: text('direction', { enum: ['den', 'di'] }).notNull(),
    year: integer('year').notNull(),
    volumeNo: integer('volume_no').notNull(),
    series: text('series'),
    dateFrom: text('date_from'),
    dateTo: text('date_to'),
    numberFrom: integer('number_from'),
    numberTo: integer('number_to'),
    firstNumber: text('first_number'),
    lastNumber: text('last_number'),
    entryCount: integer('entry_count').notNull(),
    amendmentRows: integer('amendment_rows').notNull().default(0),
    paper: text('paper', { enum: ['a4', 'a3'] }).notNull(),
    pageCount: integer('page_count').notNull(),
    /** JSON print model (BookModel); rendered again on reprint. */
    snapshot: text('snapshot').notNull(),
    snapshotSha256: text('snapshot_sha256').notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    pdfSize: integer('pdf_size').notNull(),
    /** Font family embedded and the SHA-256 of the regular face, so a reprint uses the same font. */
    fontName: text('font_name').notNull(),
    fontSha256: text('font_sha256').notNull(),
    layoutVersion: integer('layout_version').notNull(),
    lockedAt: text('locked_at').notNull(),
    lockedBy: text('locked_by').notNull(),
  },
  (t) => [uniqueIndex('locked_volume_no_ux').on(t.book, t.direction, t.year, t.volumeNo)],
);

/**
 * Which register entries a locked volume printed, with the hash of the printed cells at lock time.
 * An entry is printed as a regular row in at most one locked volume (unique entry_id).
 */
export const bookVolumeEntry = sqliteTable(
  'book_volume_entry',
  {
    volumeId: text('volume_id')
      .notNull()
      .references(() => lockedVolume.id),
    entryId: text('entry_id').notNull(),
    number: integer('number').notNull(),
    rowSha256: text('row_sha256').notNull(),
  },
  (t) => [primaryKey({ columns: [t.volumeId, t.entryId] }), uniqueIndex('book_volume_entry_entry_ux').on(t.entryId)],
);

/**
 * A change to an entry after it was locked (correction, cancellation), or an entry registered into
 * the range of a locked volume after the lock (late entry). Printed in the Ghi chú of the next
 * locked volume of the direction; `reported_in` is set by that lock and never changes afterwards.
 */
export const bookAmendment = sqliteTable(
  'book_amendment',
  {
    id: text('id').primaryKey(),
    entryId: text('entry_id').notNull(),
    volumeId: text('volume_id')
      .notNull()
      .references(() => lockedVolume.id),
    kind: text('kind', { enum: ['correction', 'cancellation', 'late-entry'] }).notNull(),
    /** JSON: [{ column, from, to }] of printed cells (empty for a late entry). */
    changes: text('changes').notNull(),
    reason: text('reason'),
    /** Hash of the printed cells after the change: the same state is never recorded twice. */
    rowSha256: text('row_sha256').notNull(),
    detectedAt: text('detected_at').notNull(),
    reportedIn: text('reported_in').references(() => lockedVolume.id),
  },
  (t) => [uniqueIndex('book_amendment_state_ux').on(t.entryId, t.rowSha256), index('book_amendment_pending_ix').on(t.reportedIn)],
);
