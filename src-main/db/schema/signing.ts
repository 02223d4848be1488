import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { registerEntry, storedFile } from './register';

/**
 * Signed revisions of a register entry's file. The entry keeps the file it was registered with;
 * each signature made in the app (leader, then agency seal …) stores a NEW file and appends a row
 * here. Invariants: rows are only inserted; the revisions of an entry form one chain — each row's
 * parent is the entry's file or the previous revision, and a parent is signed at most once
 * (unique entry_id + parent_sha256), so two clerks signing the same version cannot fork it. The
 * entry's current file is its newest revision (highest seq), else its registered file.
 */
export const registerEntryRevision = sqliteTable(
  'register_entry_revision',
  {
    seq: integer('seq').primaryKey(),
    entryId: text('entry_id')
      .notNull()
      .references(() => registerEntry.id),
    sha256: text('sha256')
      .notNull()
      .references(() => storedFile.sha256),
    parentSha256: text('parent_sha256')
      .notNull()
      .references(() => storedFile.sha256),
    role: text('role', { enum: ['signer', 'seal', 'attachment', 'copy'] }).notNull(),
    fieldName: text('field_name').notNull(),
    signer: text('signer').notNull(),
    organization: text('organization').notNull(),
    signingTime: text('signing_time').notNull(),
    level: text('level', { enum: ['B-B', 'B-T'] }).notNull(),
    numberStamped: integer('number_stamped', { mode: 'boolean' }).notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    index('register_entry_revision_entry_ix').on(t.entryId, t.seq),
    uniqueIndex('register_entry_revision_parent_ux').on(t.entryId, t.parentSha256),
    index('register_entry_revision_sha_ix').on(t.sha256),
  ],
);
