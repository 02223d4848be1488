import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Exactly one row (id = 1): the agency this data folder belongs to. */
export const agencyProfile = sqliteTable('agency_profile', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  parentName: text('parent_name').notNull(),
  code: text('code').notNull(),
  abbreviation: text('abbreviation').notNull(),
  address: text('address').notNull(),
  placeName: text('place_name').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Agency settings as JSON values under stable keys (numbering series, exchange, antivirus policy ...). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});
