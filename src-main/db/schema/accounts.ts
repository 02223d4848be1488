import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * One account per person. Ids are UUID text, stable across machines (a later version may share
 * accounts between seats). Rows are never deleted (a trigger refuses DELETE): a person who leaves is
 * disabled, so history stays attributable. `roles` is a JSON array of role codes.
 * `password_hash` is `scrypt$N$r$p$salt$hash` (base64url), parameters kept so they can be raised.
 */
export const account = sqliteTable(
  'account',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    personId: text('person_id'),
    unitId: text('unit_id'),
    roles: text('roles').notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: text('password_changed_at').notNull(),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(true),
    failedCount: integer('failed_count').notNull().default(0),
    lockedUntil: text('locked_until'),
    /** Audit position of the last change of this account's roles/unit the person has not confirmed yet. */
    permissionsChangedSeq: integer('permissions_changed_seq'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('account_username_ux').on(t.username), index('account_person_ix').on(t.personId)],
);

/** Previous password hashes of an account, newest last; the policy refuses the last N. */
export const accountPasswordHistory = sqliteTable(
  'account_password_history',
  {
    accountId: text('account_id').notNull(),
    seq: integer('seq').notNull(),
    passwordHash: text('password_hash').notNull(),
    changedAt: text('changed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.seq] })],
);

/**
 * Who may see an entry besides the roles that see everything: one row per party the workflow gave it
 * to (chủ trì, phối hợp, để biết, chuyển) and per account that drafted an outgoing entry. Filled by
 * a trigger on the workflow step (hand-written block of 0012) and by the register service for the
 * drafter (since 0017), each in the same transaction as the step or the entry;
 * the chuyên viên's lists, search and counts join on it in SQL.
 */
export const entryAccess = sqliteTable(
  'entry_access',
  {
    entrySeq: integer('entry_seq').notNull(),
    /** 'unit' | 'person' (directory ids) or 'account' (account id: the drafter of an outgoing entry). */
    partyKind: text('party_kind').notNull(),
    partyId: text('party_id').notNull(),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partyKind, t.partyId, t.entrySeq, t.role] }), index('entry_access_entry_ix').on(t.entrySeq)],
);
