import os from 'node:os';
import type { CallContext } from '../../rpc/router';

let osUser: string | undefined;

/**
 * Who did it, for the audit log. With a signed-in account: `<transport>:@<username> (<họ tên>)` —
 * the person, by name (display text only: who may see what is recorded by account id, never parsed from it).
 * In a data folder without accounts: the transport and the operating-system account, as before.
 */
export function actorOf(ctx: CallContext): string {
  if (ctx.account) return `${ctx.transport}:@${ctx.account.username} (${ctx.account.fullName})`;
  if (osUser === undefined) {
    try {
      osUser = os.userInfo().username || 'unknown';
    } catch {
      osUser = 'unknown';
    }
  }
  return `${ctx.transport}:${osUser}`;
}
