import type { PasswordPolicy } from '../../../src-shared/contracts/accounts.contract';
import { toVnIso } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { AuditService } from '../audit/audit.service';
import type { SettingSlot } from '../settings/settings-store';
import type { AccountRow, AccountsRepo } from './accounts.repo';
import { decoyHash, hashPassword, needsRehash, verifyPassword, type ScryptParams } from './password';

/**
 * Password checks at sign-in. Invariants: an unknown username costs the same scrypt as a wrong
 * password (decoy hash) and one audited transaction, and gets the same message — so does a wrong
 * password on a locked account: the lock is told only after the right password (or to an
 * administrator, in the account list); maxFailures failures lock the account for lockMinutes; every
 * failure and lock-out is audited; nothing about the password is recorded.
 */
export function createAuthenticator(deps: {
  repo: AccountsRepo;
  policy: SettingSlot<PasswordPolicy>;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  cost: ScryptParams;
  tx: <T>(fn: () => T) => T;
}) {
  const { repo, tx } = deps;
  const decoy = decoyHash(deps.cost);
  const failed = (actor: string, id: string, data: Record<string, unknown>, action = 'account.signInFailed') =>
    deps.audit.append({ actor, action, entityType: 'account', entityId: id, data });

  return {
    /** Returns the account's row on success; throws Unauthenticated (generic message) otherwise. */
    async authenticate(usernameIn: string, password: string, actor: string): Promise<AccountRow> {
      const username = usernameIn.trim().toLowerCase();
      const row = repo.byUsername(username);
      const ok = await verifyPassword(password, row?.password_hash ?? decoy);
      const policy = deps.policy.get();
      const now = deps.clock.now();
      if (!row) {
        tx(() => failed(actor, '-', { username, reason: 'unknown' }));
        throw appError('auth.wrongCredentials');
      }
      const locked = row.locked_until !== null && Date.parse(row.locked_until) > now.getTime();
      if (!ok) {
        // A wrong password gets the unknown user's message, locked or not: who does not know the
        // password learns neither that the account exists nor that it is locked (nor that this try locked it).
        const failures = locked ? row.failed_count : row.failed_count + 1;
        const lock = !locked && failures >= policy.maxFailures;
        tx(() => {
          if (!locked)
            repo.update(row.id, {
              failed_count: lock ? 0 : failures,
              locked_until: lock ? toVnIso(new Date(now.getTime() + policy.lockMinutes * 60_000)) : row.locked_until,
            });
          failed(actor, row.id, { username, reason: locked ? 'locked' : 'password', ...(locked ? {} : { failures }) });
          if (lock) failed(actor, row.id, { username, minutes: policy.lockMinutes }, 'account.lockedOut');
        });
        if (lock) deps.logger.warn('account locked after failures', { username });
        throw appError('auth.wrongCredentials');
      }
      if (locked) {
        // The right password: now the person may learn why they cannot sign in.
        tx(() => failed(actor, row.id, { username, reason: 'locked' }));
        const until = row.locked_until!.slice(11, 16);
        throw appError('auth.lockedUntil', { until }, { locked: true });
      }
      if (row.disabled === 1) {
        tx(() => failed(actor, row.id, { username, reason: 'disabled' }));
        throw appError('auth.disabled', undefined, { disabled: true });
      }
      // Hashes made with weaker parameters are raised at the next successful sign-in.
      const rehash = needsRehash(row.password_hash, deps.cost) ? await hashPassword(password, deps.cost) : null;
      tx(() => {
        repo.update(row.id, { failed_count: 0, locked_until: null, ...(rehash ? { password_hash: rehash } : {}) });
        failed(`${actor.split(':')[0]}:@${row.username} (${row.full_name})`, row.id, { username }, 'account.signIn');
      });
      return repo.byId(row.id)!;
    },

    /** The password of an already-known account (unlocking an idle session). */
    async checkOwnPassword(accountId: string, password: string): Promise<boolean> {
      const row = repo.byId(accountId);
      return verifyPassword(password, row?.password_hash ?? decoy);
    },
  };
}
