import { appError } from '../../../src-shared/rpc/errors';
import type { CallContext, PartialHandlers } from '../../rpc/router';
import type { Clock } from '../../core/clock';
import { actorOf } from '../audit/actor';
import type { AccountsService } from './accounts.service';
import type { PermissionService } from './permission.service';
import type { SessionStore } from './sessions';

function slotOf(ctx: CallContext) {
  if (!ctx.session) throw appError('accounts.noSession');
  return ctx.session;
}

function me(ctx: CallContext): string {
  if (!ctx.account) throw appError('auth.signInRequired');
  return ctx.account.id;
}

export function accountsHandlers(accounts: AccountsService, permissions: PermissionService, sessions: SessionStore, clock: Clock) {
  const now = () => clock.now().getTime();
  return {
    'accounts.status': (_input, ctx) => permissions.status(ctx),
    'accounts.signIn': async (input, ctx) => {
      const slot = slotOf(ctx);
      const row = await accounts.authenticate(input.username, input.password, actorOf({ transport: ctx.transport }));
      sessions.close(slot.id);
      slot.id = sessions.open(row.id, ctx.transport, now());
      return permissions.status(ctx);
    },
    'accounts.signOut': (_input, ctx) => {
      if (ctx.session) {
        sessions.close(ctx.session.id);
        ctx.session.id = null;
      }
      return permissions.status(ctx);
    },
    'accounts.unlockSession': async (input, ctx) => {
      const session = sessions.get(ctx.session?.id, ctx.transport);
      if (!session || !(await accounts.checkOwnPassword(session.accountId, input.password))) {
        throw appError('auth.wrongPassword');
      }
      session.locked = false;
      session.lastSeen = now();
      return permissions.status(ctx);
    },
    'accounts.changePassword': async (input, ctx) => {
      await accounts.changePassword(me(ctx), input.current, input.next, actorOf(ctx));
      return permissions.status(ctx);
    },
    'accounts.confirmPermissions': (_input, ctx) => {
      accounts.confirmPermissions(me(ctx), actorOf(ctx));
      return permissions.status(ctx);
    },
    'accounts.createFirstAdmin': async (input, ctx) => {
      const slot = slotOf(ctx);
      const account = await accounts.addFirstAdmin(input, actorOf(ctx));
      slot.id = sessions.open(account.id, ctx.transport, now());
      return permissions.status(ctx);
    },
    'accounts.list': () => accounts.list(),
    'accounts.add': (input, ctx) => accounts.add(input, actorOf(ctx)),
    'accounts.update': (input, ctx) => accounts.update(input, actorOf(ctx)),
    // The gate reads the account on every call: its open sessions end at their next call, with the reason.
    'accounts.disable': (input, ctx) => accounts.disable(input.username, input.handoverTo, actorOf(ctx)),
    'accounts.unlock': (input, ctx) => accounts.unlock(input.username, actorOf(ctx)),
    'accounts.resetPassword': async (input, ctx) => {
      const r = await accounts.resetPassword(input.username, actorOf(ctx));
      sessions.closeAccount(r.account.id);
      return r;
    },
    'accounts.getPolicy': () => accounts.policy,
    'accounts.savePolicy': (input, ctx) => accounts.savePolicy(input, actorOf(ctx)),
  } satisfies PartialHandlers;
}
