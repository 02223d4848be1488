/**
 * Which register entries a chuyên viên may see, as SQL: the one rule the router's gate
 * (permission.service.ts) and the register's own reads (register.repo.ts, workflow.repo.ts) share.
 * No imports, so any repo can use it without reaching the accounts service.
 */

/** What the chuyên viên may see: the parties entry_access is matched against, in SQL. */
export interface EntryScope {
  unitId: string | null;
  personId: string | null;
  accountId: string;
}

/**
 * The SQL condition on `<alias>.seq` for a scope (named parameters @scopeUnit, @scopePerson, @scopeAccount).
 * An entry given to the person, or drafted by the account, is visible; one given to their unit only
 * when it is not mật (a mật document goes to the person assigned, Điều 15 Nghị định 30/2020).
 */
export function scopeCondition(alias: string, scope: EntryScope, params: Record<string, unknown>): string {
  params.scopeUnit = scope.unitId ?? '';
  params.scopePerson = scope.personId ?? '';
  params.scopeAccount = scope.accountId;
  return `(${alias}.seq IN (SELECT entry_seq FROM entry_access WHERE (party_kind = 'person' AND party_id = @scopePerson)
    OR (party_kind = 'account' AND party_id = @scopeAccount))
    OR (${alias}.confidentiality = 'none' AND ${alias}.seq IN (SELECT entry_seq FROM entry_access WHERE party_kind = 'unit' AND party_id = @scopeUnit)))`;
}

/** "May this scope see entry @id": the query the gate and the register both ask. */
export function entryVisibleQuery(id: string, scope: EntryScope): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = { id };
  return { sql: `SELECT 1 FROM register_entry e WHERE e.id = @id AND ${scopeCondition('e', scope, params)}`, params };
}
