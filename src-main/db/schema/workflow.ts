import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The internal directory: units (phòng, ban). Ids are UUID text, stable across machines; rows are
 * never deleted (active = 0 instead). name_key / short_key are foldVietnamese of the texts, for
 * search and autocomplete.
 */
export const directoryUnit = sqliteTable(
  'directory_unit',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    shortName: text('short_name'),
    shortKey: text('short_key'),
    parentId: text('parent_id'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('directory_unit_name_ix').on(t.nameKey), index('directory_unit_short_ix').on(t.shortKey)],
);

/** People of the directory; leaders (is_leader) are those who receive trình and give directions. */
export const directoryPerson = sqliteTable(
  'directory_person',
  {
    id: text('id').primaryKey(),
    fullName: text('full_name').notNull(),
    nameKey: text('name_key').notNull(),
    position: text('position'),
    unitId: text('unit_id'),
    email: text('email'),
    phone: text('phone'),
    isLeader: integer('is_leader', { mode: 'boolean' }).notNull().default(false),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('directory_person_name_ix').on(t.nameKey), index('directory_person_unit_ix').on(t.unitId)],
);

/**
 * One row per step of an incoming document's workflow (trình, chỉ đạo, chuyển, …). Append-only:
 * UPDATE and DELETE are refused by triggers (hand-written block of the migration). `payload` is the
 * step's JSON as validated by the contract, references resolved to { kind, id, name }.
 */
export const incomingStep = sqliteTable(
  'incoming_step',
  {
    id: text('id').primaryKey(),
    entryId: text('entry_id').notNull(),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    payload: text('payload').notNull(),
    decidedById: text('decided_by_id'),
    decidedByName: text('decided_by_name'),
    enteredBy: text('entered_by').notNull(),
    /** When it happened (as the clerk gives it), Vietnam time ISO. */
    at: text('at').notNull(),
    recordedAt: text('recorded_at').notNull(),
    stateAfter: text('state_after').notNull(),
    /** JSON array of calendar version ids of the deadline this step set; '[]' when none. */
    calendarVersions: text('calendar_versions').notNull().default('[]'),
  },
  (t) => [uniqueIndex('incoming_step_entry_seq_ux').on(t.entryId, t.seq)],
);

/**
 * Current state of every incoming register entry, projected from its steps in the same transaction
 * as each step; created by a trigger when the entry is registered (state 'cho-trinh', the sender's
 * DueDate as deadline). The Việc cần làm lists are indexed queries on it (indexes with DESC columns
 * are in the hand-written block).
 */
export const incomingWorkflow = sqliteTable(
  'incoming_workflow',
  {
    entrySeq: integer('entry_seq').primaryKey(),
    entryId: text('entry_id').notNull(),
    state: text('state').notNull().default('cho-trinh'),
    beforeCompletion: text('before_completion'),
    /** 0 Thường … 3 Hỏa tốc (urgencyRank). */
    urgencyRank: integer('urgency_rank').notNull().default(0),
    arrivalDate: text('arrival_date').notNull(),
    dueDate: text('due_date'),
    dueSource: text('due_source'),
    dueVersions: text('due_versions').notNull().default('[]'),
    handedTo: text('handed_to'),
    handedOn: text('handed_on'),
    chuTriUnitId: text('chu_tri_unit_id'),
    replyEntryId: text('reply_entry_id'),
    completedOn: text('completed_on'),
    completionHow: text('completion_how'),
    stepCount: integer('step_count').notNull().default(0),
    /** Hub statuses already queued for this document, e.g. "04,05". */
    hubSent: text('hub_sent').notNull().default(''),
    /** 1 once the overdue event was sent for the current deadline. */
    overdueNotified: integer('overdue_notified').notNull().default(0),
    updatedAt: text('updated_at'),
  },
  (t) => [
    uniqueIndex('incoming_workflow_entry_ux').on(t.entryId),
    index('incoming_workflow_reply_ix')
      .on(t.replyEntryId)
      .where(sql`reply_entry_id IS NOT NULL`),
    index('incoming_workflow_arrival_ix').on(t.arrivalDate),
    check(
      'incoming_workflow_state_ck',
      sql`state IN ('cho-trinh', 'cho-chi-dao', 'cho-chuyen', 'dang-giai-quyet', 'hoan-thanh', 'thu-hoi')`,
    ),
  ],
);
