import type { SessionStatus } from '../../../src-shared/contracts/accounts.contract';
import { capabilitiesOf, REFUSAL_REASONS, SEES_ALL_ENTRIES } from '../../../src-shared/contracts/permissions';
import { appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Sqlite } from '../../db/open';
import { statementCache } from '../../db/statements';
import type { CallContext, Gate, SignedIn } from '../../rpc/router';
import type { AuditService } from '../audit/audit.service';
import { rolesOf, type AccountsService } from './accounts.service';
import type { AccountRow } from './accounts.repo';
import { entryVisibleQuery, scopeCondition, type EntryScope } from './entry-scope';
import type { SessionStore } from './sessions';

export type { EntryScope } from './entry-scope';

/** null: every entry (no accounts, or văn thư / lãnh đạo). */
export function scopeOf(ctx: CallContext): EntryScope | null {
  const a = ctx.account;
  if (!a || a.seesAllEntries) return null;
  return scopeOfAccount(a);
}

const scopeOfAccount = (a: SignedIn): EntryScope => ({ unitId: a.unitId, personId: a.personId, accountId: a.id });

/**
 * The limits of a workflow step: null when the account may record every step (văn thư, lãnh đạo, or no
 * accounts); otherwise (chuyên viên) the scope their tiến độ / hoàn thành must be assigned within.
 */
export function stepLimitsOf(ctx: CallContext): EntryScope | null {
  const a = ctx.account;
  if (!a || capabilitiesOf(a.roles).has('workflow')) return null;
  return scopeOfAccount(a);
}

export function signedIn(row: AccountRow): SignedIn {
  const roles = rolesOf(row);
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    roles,
    unitId: row.unit_id,
    personId: row.person_id,
    seesAllEntries: roles.some((r) => SEES_ALL_ENTRIES.includes(r)),
  };
}

/** Operations open to an idle-locked session or one whose password must be changed first. */
const WHILE_LOCKED = new Set(['accounts.status', 'accounts.signOut', 'accounts.unlockSession']);

/**
 * The permission service behind the router's one check. With no account in the data folder every
 * call passes as before. Otherwise the session's account is read again on every call, so a disabled
 * account's old session stops at once.
 */
export function createPermissionService(deps: {
  sqlite: Sqlite;
  accounts: AccountsService;
  sessions: SessionStore;
  audit: AuditService;
  clock: Clock;
}) {
  const stmt = statementCache(deps.sqlite);
  const { accounts, sessions } = deps;

  function visible(entryId: string, a: SignedIn): boolean {
    const q = entryVisibleQuery(entryId, scopeOfAccount(a));
    return stmt(q.sql).get(q.params) !== undefined;
  }
  function fileVisible(sha256: string, a: SignedIn): boolean {
    const params: Record<string, unknown> = { sha: sha256 };
    const cond = scopeCondition('e', scopeOfAccount(a), params);
    return stmt(`SELECT 1 FROM register_entry e WHERE e.file_sha256 = @sha AND ${cond} LIMIT 1`).get(params) !== undefined;
  }
  function denied(a: SignedIn, ctx: CallContext, what: Record<string, unknown>): void {
    deps.sqlite
      .transaction(() =>
        deps.audit.append({
          actor: `${ctx.transport}:@${a.username} (${a.fullName})`,
          action: 'access.denied',
          entityType: 'account',
          entityId: a.id,
          data: what,
        }),
      )
      .immediate();
  }

  const gate: Gate = {
    admit(name, permission, ctx) {
      if (!accounts.exists()) return ctx;
      const session = sessions.get(ctx.session?.id, ctx.transport);
      const row = session ? accounts.byId(session.accountId) : undefined;
      if (session && row && row.disabled === 1) {
        sessions.closeAccount(row.id);
        deps.sqlite
          .transaction(() =>
            deps.audit.append({
              actor: `${ctx.transport}:@${row.username} (${row.full_name})`,
              action: 'account.disabledSessionRefused',
              entityType: 'account',
              entityId: row.id,
              data: { operation: name },
            }),
          )
          .immediate();
        if (permission.need !== 'open') throw appError('auth.disabledSessionEnded', undefined, { disabled: true });
        return ctx;
      }
      if (permission.need === 'open') return row && session ? { ...ctx, account: signedIn(row) } : ctx;
      if (!session || !row) throw appError('auth.signInRequired', undefined, { signIn: true });
      const now = deps.clock.now().getTime();
      if (!session.locked && now - session.lastSeen > accounts.policy.idleMinutes * 60_000) session.locked = true;
      if (session.locked && !WHILE_LOCKED.has(name)) throw appError('auth.sessionLocked', undefined, { locked: true });
      const account = signedIn(row);
      if (permission.need !== 'session') {
        if (row.must_change_password === 1 || accounts.expired(row))
          throw appError('auth.mustChangePassword', undefined, { mustChangePassword: true });
        if (permission.need !== 'reference' && !capabilitiesOf(account.roles).has(permission.need)) {
          throw appError(
            'auth.forbidden',
            {
              username: row.username,
              roles: accounts.roleNames(account.roles),
              name,
              why: REFUSAL_REASONS[permission.need] ? ` ${REFUSAL_REASONS[permission.need]}` : '',
            },
            {
              operation: name,
              need: permission.need,
            },
          );
        }
        if (permission.need === 'reference' && account.roles.length === 0) throw appError('auth.noRole');
      }
      if (!session.locked) session.lastSeen = now;
      return { ...ctx, account };
    },

    admitInput(permission, input, ctx) {
      const a = ctx.account;
      if (!a || a.seesAllEntries) return;
      const entryId = permission.entry ? input[permission.entry] : undefined;
      if (typeof entryId === 'string' && !visible(entryId, a)) {
        denied(a, ctx, { entryId });
        throw appError('register.entryHidden', undefined, { id: entryId });
      }
      const sha = permission.file ? input[permission.file] : undefined;
      if (typeof sha === 'string' && !fileVisible(sha, a)) {
        denied(a, ctx, { sha256: sha });
        throw appError('auth.fileNotFound', { sha });
      }
    },
  };

  return {
    gate,
    /** For GET /files/<sha> and app://files: the same rule as files.info. */
    mayReadFile(sessionId: string | null | undefined, transport: CallContext['transport'], sha256: string): boolean {
      if (!accounts.exists()) return true;
      const s = sessions.get(sessionId, transport);
      const row = s && !s.locked ? accounts.byId(s.accountId) : undefined;
      if (!row || row.disabled === 1) return false;
      const a = signedIn(row);
      // Like files.info: the documents area first (quản trị alone never reads contents), then the entry scope.
      if (!capabilitiesOf(a.roles).has('documents.read')) return false;
      return a.seesAllEntries || fileVisible(sha256, a);
    },
    status(ctx: CallContext): SessionStatus {
      const exists = accounts.exists();
      const policy = accounts.policy;
      const session = sessions.get(ctx.session?.id, ctx.transport);
      const row = session ? accounts.byId(session.accountId) : undefined;
      const live = row && row.disabled === 0 ? row : undefined;
      // Asking for the status is not activity, but it does notice that the session went idle.
      if (session && !session.locked && deps.clock.now().getTime() - session.lastSeen > policy.idleMinutes * 60_000) session.locked = true;
      return {
        accountsExist: exists,
        account: live ? accounts.view(live) : null,
        locked: Boolean(live && session?.locked),
        mustChangePassword: Boolean(live && (live.must_change_password === 1 || accounts.expired(live))),
        passwordExpiresInDays: live ? accounts.expiresInDays(live) : null,
        permissionsChanged: live ? accounts.pendingPermissionChange(live) : null,
        idleMinutes: policy.idleMinutes,
        minLength: policy.minLength,
      };
    },
  };
}

export type PermissionService = ReturnType<typeof createPermissionService>;
