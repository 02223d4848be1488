import type { Sqlite } from '../../db/open';
import { statementCache } from '../../db/statements';

export interface AccountRow {
  id: string;
  username: string;
  full_name: string;
  person_id: string | null;
  unit_id: string | null;
  roles: string;
  disabled: number;
  password_hash: string;
  password_changed_at: string;
  must_change_password: number;
  failed_count: number;
  locked_until: string | null;
  permissions_changed_seq: number | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = [
  'id',
  'username',
  'full_name',
  'person_id',
  'unit_id',
  'roles',
  'disabled',
  'password_hash',
  'password_changed_at',
  'must_change_password',
  'failed_count',
  'locked_until',
  'permissions_changed_seq',
  'created_at',
  'updated_at',
] as const;

/** Accounts and their password history. Raw statements; no DELETE exists (a trigger refuses it too). */
export function createAccountsRepo(sqlite: Sqlite) {
  const stmt = statementCache(sqlite);
  return {
    count: () => (stmt('SELECT count(*) AS n FROM account').get() as { n: number }).n,
    byId: (id: string) => stmt('SELECT * FROM account WHERE id = ?').get(id) as AccountRow | undefined,
    byUsername: (username: string) => stmt('SELECT * FROM account WHERE username = ?').get(username) as AccountRow | undefined,
    byPerson: (personId: string) =>
      stmt('SELECT * FROM account WHERE person_id = ? AND disabled = 0 ORDER BY created_at LIMIT 1').get(personId) as
        AccountRow | undefined,
    all: () => stmt('SELECT * FROM account ORDER BY disabled, username').all() as AccountRow[],
    unitName: (id: string) => (stmt('SELECT name FROM directory_unit WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? null,
    unitExists: (id: string) => stmt('SELECT 1 FROM directory_unit WHERE id = ?').get(id) !== undefined,
    person: (id: string) =>
      stmt('SELECT id, full_name, unit_id FROM directory_person WHERE id = ?').get(id) as
        { id: string; full_name: string; unit_id: string | null } | undefined,
    insert(row: AccountRow): void {
      stmt(`INSERT INTO account (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`).run(row);
    },
    update(id: string, changes: Partial<AccountRow>): void {
      const keys = Object.keys(changes).filter((k) => k !== 'id' && (COLUMNS as readonly string[]).includes(k));
      if (keys.length === 0) return;
      stmt(`UPDATE account SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @__id`).run({ ...changes, __id: id });
    },
    history: (accountId: string, n: number) =>
      (
        stmt('SELECT password_hash FROM account_password_history WHERE account_id = ? ORDER BY seq DESC LIMIT ?').all(accountId, n) as {
          password_hash: string;
        }[]
      ).map((r) => r.password_hash),
    pushHistory(accountId: string, hash: string, at: string): void {
      stmt(
        `INSERT INTO account_password_history (account_id, seq, password_hash, changed_at)
         VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM account_password_history WHERE account_id = ?), ?, ?)`,
      ).run(accountId, accountId, hash, at);
    },
    /** Open incoming entries (not completed or withdrawn) given to a person of the directory. */
    openEntriesOfPerson: (personId: string) =>
      (
        stmt(
          `SELECT DISTINCT w.entry_id FROM entry_access a JOIN incoming_workflow w ON w.entry_seq = a.entry_seq
            WHERE a.party_kind = 'person' AND a.party_id = ? AND w.state NOT IN ('hoan-thanh', 'thu-hoi')`,
        ).all(personId) as { entry_id: string }[]
      ).map((r) => r.entry_id),
  };
}

export type AccountsRepo = ReturnType<typeof createAccountsRepo>;
