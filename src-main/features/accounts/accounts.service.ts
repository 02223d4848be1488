import { ROLES, ROLE_NAMES, type Account, type PasswordPolicy, type Role } from '../../../src-shared/contracts/accounts.contract';
import { toVnIso } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import { newId } from '../../core/ids';
import type { Logger } from '../../core/logger';
import type { Sqlite } from '../../db/open';
import type { AuditService } from '../audit/audit.service';
import type { SettingSlot } from '../settings/settings-store';
import type { AccountRow, AccountsRepo } from './accounts.repo';
import { DEFAULT_SCRYPT, hashPassword, oneTimePassword, policyProblem, verifyPassword, type ScryptParams } from './password';
import { createAuthenticator } from './sign-in';

/** Hands an entry to another person of the directory (the workflow service's "chuyển"); throws to refuse. */
export type HandOverPort = (entryId: string, toPersonId: string, actor: string) => void;

export interface NewAccount {
  username: string;
  fullName: string;
  roles: readonly Role[];
  unitId?: string | null | undefined;
  personId?: string | null | undefined;
  password: string;
}

const DAY_MS = 86_400_000;

export function rolesOf(row: AccountRow): Role[] {
  try {
    const parsed = JSON.parse(row.roles) as unknown;
    return Array.isArray(parsed) ? parsed.filter((r): r is Role => (ROLES as readonly unknown[]).includes(r)) : [];
  } catch {
    return [];
  }
}

/**
 * Accounts: one per person, never deleted. Invariants: passwords exist only as scrypt hashes (never
 * logged, never in audit data, never returned); every change is audited in the transaction that makes
 * it; an unknown username costs the same scrypt as a wrong password.
 */
export function createAccountsService(deps: {
  sqlite: Sqlite;
  repo: AccountsRepo;
  policy: SettingSlot<PasswordPolicy>;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  handOver?: HandOverPort;
  /** scrypt cost of new hashes (tests lower it; stored hashes keep their own). */
  scrypt?: ScryptParams;
}) {
  const { repo } = deps;
  const cost = deps.scrypt ?? DEFAULT_SCRYPT;
  const nowIso = () => toVnIso(deps.clock.now());
  const tx = <T>(fn: () => T): T => deps.sqlite.transaction(fn).immediate();
  const authenticator = createAuthenticator({
    repo,
    policy: deps.policy,
    audit: deps.audit,
    clock: deps.clock,
    logger: deps.logger,
    cost,
    tx,
  });

  function view(row: AccountRow): Account {
    return {
      id: row.id,
      username: row.username,
      fullName: row.full_name,
      roles: rolesOf(row),
      unitId: row.unit_id,
      unitName: row.unit_id ? repo.unitName(row.unit_id) : null,
      personId: row.person_id,
      disabled: row.disabled === 1,
      lockedUntil: row.locked_until && Date.parse(row.locked_until) > deps.clock.now().getTime() ? row.locked_until : null,
      mustChangePassword: row.must_change_password === 1,
      passwordChangedAt: row.password_changed_at,
      createdAt: row.created_at,
    };
  }

  function require(username: string): AccountRow {
    const row = repo.byUsername(username);
    if (!row) throw appError('accounts.notFound', { username }, { field: 'username' });
    return row;
  }

  function checkLinks(unitId: string | null | undefined, personId: string | null | undefined): void {
    if (unitId && !repo.unitExists(unitId)) throw appError('accounts.unitNotInDirectory', { id: unitId }, { field: 'unitId' });
    if (personId && !repo.person(personId)) throw appError('accounts.personNotInDirectory', { id: personId }, { field: 'personId' });
  }

  async function newHash(password: string, username: string, accountId: string | null): Promise<string> {
    const policy = deps.policy.get();
    const problem = policyProblem(password, policy, username);
    if (problem) throw problem;
    if (accountId && policy.historyCount > 0) {
      for (const old of repo.history(accountId, policy.historyCount)) {
        if (await verifyPassword(password, old))
          throw appError('accounts.passwordReused', { count: policy.historyCount }, { field: 'next' });
      }
    }
    return hashPassword(password, cost);
  }

  /** The first account of a data folder administers the others: it must be quản trị. */
  function requireAdminFirst(roles: readonly Role[]): void {
    if (repo.count() === 0 && !roles.includes('quantri')) throw appError('accounts.firstMustBeAdmin', undefined, { field: 'roles' });
  }

  async function add(input: NewAccount, actor: string, opts: { mustChange: boolean; onlyIfNone?: boolean }): Promise<Account> {
    const username = input.username.trim().toLowerCase();
    requireAdminFirst(input.roles);
    if (repo.byUsername(username)) throw appError('accounts.usernameTaken', { username }, { field: 'username' });
    let unitId = input.unitId ?? null;
    checkLinks(unitId, input.personId);
    if (!unitId && input.personId) unitId = repo.person(input.personId)?.unit_id ?? null;
    const hash = await newHash(input.password, username, null);
    const at = nowIso();
    const row: AccountRow = {
      id: newId(),
      username,
      full_name: input.fullName.trim().normalize('NFC'),
      person_id: input.personId ?? null,
      unit_id: unitId,
      roles: JSON.stringify([...new Set(input.roles)]),
      disabled: 0,
      password_hash: hash,
      password_changed_at: at,
      must_change_password: opts.mustChange ? 1 : 0,
      failed_count: 0,
      locked_until: null,
      permissions_changed_seq: null,
      created_at: at,
      updated_at: at,
    };
    tx(() => {
      if (opts.onlyIfNone && repo.count() > 0) throw appError('accounts.adminExists', undefined, { field: 'username' });
      requireAdminFirst(input.roles);
      if (repo.byUsername(username)) throw appError('accounts.usernameTaken', { username }, { field: 'username' });
      repo.insert(row);
      repo.pushHistory(row.id, hash, at);
      deps.audit.append({
        actor,
        action: 'account.add',
        entityType: 'account',
        entityId: row.id,
        data: { username, fullName: row.full_name, roles: rolesOf(row), unitId, personId: row.person_id },
      });
    });
    deps.logger.info('account added', { username });
    return view(row);
  }

  return {
    view,
    exists: (): boolean => repo.count() > 0,
    byId: (id: string) => repo.byId(id),
    list: () => ({ items: repo.all().map(view) }),
    get policy(): PasswordPolicy {
      return deps.policy.get();
    },

    add: (input: NewAccount, actor: string) => add(input, actor, { mustChange: true }),
    /** The wizard's first quản trị: only while the data folder has no account; no change forced (they chose it). */
    addFirstAdmin: (input: Omit<NewAccount, 'roles'>, actor: string) =>
      add({ ...input, roles: ['quantri'] }, actor, { mustChange: false, onlyIfNone: true }),

    authenticate: authenticator.authenticate,
    checkOwnPassword: authenticator.checkOwnPassword,

    /** Days left before the password expires, or null when outside the warning period or expiry is off. */
    expiresInDays(row: AccountRow): number | null {
      const p = deps.policy.get();
      if (p.expiryDays === 0) return null;
      const left = Math.floor((Date.parse(row.password_changed_at) + p.expiryDays * DAY_MS - deps.clock.now().getTime()) / DAY_MS);
      return left <= p.warnDays ? Math.max(left, 0) : null;
    },
    expired(row: AccountRow): boolean {
      const p = deps.policy.get();
      return p.expiryDays > 0 && Date.parse(row.password_changed_at) + p.expiryDays * DAY_MS <= deps.clock.now().getTime();
    },

    async changePassword(accountId: string, current: string, next: string, actor: string): Promise<void> {
      const row = repo.byId(accountId);
      if (!row || !(await verifyPassword(current, row.password_hash)))
        throw appError('accounts.currentPasswordWrong', undefined, { field: 'current' });
      if (current === next) throw appError('accounts.samePassword', undefined, { field: 'next' });
      const hash = await newHash(next, row.username, row.id);
      const at = nowIso();
      tx(() => {
        repo.update(row.id, { password_hash: hash, password_changed_at: at, must_change_password: 0, updated_at: at });
        repo.pushHistory(row.id, hash, at);
        deps.audit.append({
          actor,
          action: 'account.passwordChanged',
          entityType: 'account',
          entityId: row.id,
          data: { username: row.username },
        });
      });
    },

    update(
      input: {
        username: string;
        fullName?: string | undefined;
        roles?: readonly Role[] | undefined;
        unitId?: string | null | undefined;
        personId?: string | null | undefined;
      },
      actor: string,
    ): Account {
      const row = require(input.username);
      checkLinks(input.unitId, input.personId);
      const changes: Partial<AccountRow> = {};
      if (input.fullName !== undefined) changes.full_name = input.fullName.trim().normalize('NFC');
      if (input.roles !== undefined) changes.roles = JSON.stringify([...new Set(input.roles)]);
      if (input.unitId !== undefined) changes.unit_id = input.unitId;
      if (input.personId !== undefined) changes.person_id = input.personId;
      const permissionsChanged =
        (changes.roles !== undefined && changes.roles !== row.roles) || (changes.unit_id !== undefined && changes.unit_id !== row.unit_id);
      tx(() => {
        const rec = deps.audit.append({
          actor,
          action: permissionsChanged ? 'account.permissionsChanged' : 'account.update',
          entityType: 'account',
          entityId: row.id,
          data: {
            username: row.username,
            before: { roles: rolesOf(row), unitId: row.unit_id },
            ...changes,
            ...(changes.roles ? { roles: JSON.parse(changes.roles) as unknown } : {}),
          },
        });
        repo.update(row.id, { ...changes, ...(permissionsChanged ? { permissions_changed_seq: rec.seq } : {}), updated_at: nowIso() });
      });
      return view(repo.byId(row.id)!);
    },

    confirmPermissions(accountId: string, actor: string): void {
      const row = repo.byId(accountId);
      if (!row || row.permissions_changed_seq === null) return;
      tx(() => {
        repo.update(row.id, { permissions_changed_seq: null });
        deps.audit.append({
          actor,
          action: 'account.permissionsConfirmed',
          entityType: 'account',
          entityId: row.id,
          data: { username: row.username, changeSeq: row.permissions_changed_seq },
        });
      });
    },

    /** The unconfirmed change of permissions (from the audit log), for the notice shown to the person. */
    pendingPermissionChange(row: AccountRow): { at: string; by: string; roles: Role[] } | null {
      if (row.permissions_changed_seq === null) return null;
      const rec = deps.audit.history('account', row.id).find((r) => r.seq === row.permissions_changed_seq);
      return rec ? { at: rec.at, by: rec.actor, roles: rolesOf(row) } : null;
    },

    /**
     * Disables (never deletes) an account. Its open documents (given to its directory person) are
     * handed to `handoverTo`'s person through the workflow; the ones the workflow refuses are listed.
     */
    disable(username: string, handoverTo: string | undefined, actor: string) {
      const row = require(username);
      if (row.disabled === 1) throw appError('accounts.alreadyDisabled', { username });
      const target = handoverTo ? require(handoverTo) : undefined;
      if (target && (target.disabled === 1 || target.id === row.id))
        throw appError('accounts.handoverInvalid', { username: handoverTo ?? '' }, { field: 'handoverTo' });
      const open = row.person_id ? repo.openEntriesOfPerson(row.person_id) : [];
      if (open.length > 0 && !target)
        throw appError('accounts.handoverNeeded', { name: row.full_name, count: open.length }, { field: 'handoverTo', open: open.length });
      if (open.length > 0 && !target?.person_id)
        throw appError('accounts.handoverNoPerson', { username: handoverTo ?? '' }, { field: 'handoverTo' });
      const notHandedOver: { entryId: string; reason: string }[] = [];
      let handedOver = 0;
      for (const entryId of open) {
        try {
          deps.handOver?.(entryId, target!.person_id!, actor);
          handedOver += 1;
        } catch (err) {
          notHandedOver.push({ entryId, reason: err instanceof Error ? err.message : String(err) });
        }
      }
      tx(() => {
        repo.update(row.id, { disabled: 1, updated_at: nowIso() });
        deps.audit.append({
          actor,
          action: 'account.disable',
          entityType: 'account',
          entityId: row.id,
          data: { username, handoverTo: target?.username ?? null, handedOver, notHandedOver: notHandedOver.length },
        });
      });
      return { account: view(repo.byId(row.id)!), handedOver, notHandedOver };
    },

    unlock(username: string, actor: string): Account {
      const row = require(username);
      tx(() => {
        repo.update(row.id, { failed_count: 0, locked_until: null, updated_at: nowIso() });
        deps.audit.append({ actor, action: 'account.unlock', entityType: 'account', entityId: row.id, data: { username } });
      });
      return view(repo.byId(row.id)!);
    },

    /** A one-time password, returned once to the administrator; the person must change it at sign-in. */
    async resetPassword(username: string, actor: string) {
      const row = require(username);
      const otp = oneTimePassword();
      const hash = await hashPassword(otp, cost);
      const at = nowIso();
      tx(() => {
        repo.update(row.id, {
          password_hash: hash,
          password_changed_at: at,
          must_change_password: 1,
          failed_count: 0,
          locked_until: null,
          updated_at: at,
        });
        deps.audit.append({ actor, action: 'account.passwordReset', entityType: 'account', entityId: row.id, data: { username } });
      });
      return { account: view(repo.byId(row.id)!), oneTimePassword: otp };
    },

    savePolicy(value: PasswordPolicy, actor: string): PasswordPolicy {
      tx(() => {
        deps.policy.save(value, nowIso());
        deps.audit.append({
          actor,
          action: 'account.policySaved',
          entityType: 'settings',
          entityId: 'accounts.policy',
          data: { ...value },
        });
      });
      return deps.policy.get();
    },

    roleNames: (roles: readonly Role[]) => roles.map((r) => ROLE_NAMES[r]).join(', '),
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
