import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The notice entered for a year (thông báo nghỉ lễ, Tết), one per year; saving a new one replaces
 * it, and the audit log keeps the old one. Years without a row use the shipped notice, if any,
 * else the statutory defaults (provisional).
 */
export const calendarNotice = sqliteTable('calendar_notice', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  title: text('title'),
  daysOff: text('days_off', { mode: 'json' }).notNull(),
  workingDays: text('working_days', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});

/**
 * Every calendar version a result was ever computed with: the settings and notice of one year,
 * under the version id that results carry. Only inserted, never changed, so a deadline given to
 * a document can be re-explained with exactly the calendar it was computed with.
 */
export const calendarVersion = sqliteTable('calendar_version', {
  id: text('id').primaryKey(),
  year: integer('year').notNull(),
  definition: text('definition', { mode: 'json' }).notNull(),
  createdAt: text('created_at').notNull(),
});
