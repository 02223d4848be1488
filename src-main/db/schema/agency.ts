import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Exactly one row (id = 1): the agency this data folder belongs to. */
export const agencyProfile = sqliteTable('agency_profile', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  parentName: text('parent_name').notNull(),
  code: text('code').notNull(),
  abbreviation: text('abbreviation').notNull(),
  address: text('address').notNull(),
  placeName: text('place_name').notNull(),
  /**
   * Which rules the agency's own documents follow: 'state' (Nghị định 30/2020) or 'party'
   * (Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW). Read by numbering, notation, headings and books.
   */
  system: text('system', { enum: ['state', 'party'] })
    .notNull()
    .default('state'),
  updatedAt: text('updated_at').notNull(),
});

/** Agency settings as JSON values under stable keys (numbering series, exchange, antivirus policy ...). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Terms (nhiệm kỳ) of a Party body's cấp ủy: numbering restarts at 01 in each (36-HD/VPTW
 * II.1.3.1.a). Dates are "YYYY-MM-DD" in Vietnam; end_date null = the current, open term. The
 * service refuses overlapping terms; rows are never deleted once a number was given in them.
 */
export const partyTerm = sqliteTable(
  'party_term',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('party_term_start_ux').on(t.startDate),
    check('party_term_dates_ck', sql`end_date IS NULL OR end_date >= start_date`),
  ],
);

/**
 * Document types an agency adds itself (the type picker's last group); code is "x-<slug>". Each
 * belongs to one system (its abbreviation may not collide with a built-in of that system) and is
 * offered for incoming and/or outgoing documents. Never deleted: a disabled type is no longer
 * offered but entries registered with it keep their type name and code.
 */
export const customDocumentType = sqliteTable('custom_document_type', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  abbreviation: text('abbreviation'),
  system: text('system', { enum: ['state', 'party'] })
    .notNull()
    .default('state'),
  forIncoming: integer('for_incoming', { mode: 'boolean' }).notNull().default(true),
  forOutgoing: integer('for_outgoing', { mode: 'boolean' }).notNull().default(true),
  disabledAt: text('disabled_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at'),
});
