import os from 'node:os';
import type { CallContext } from '../../rpc/router';

let osUser: string | undefined;

/**
 * Who did it, for the audit log: the transport and the operating-system account. There are no
 * app accounts yet; when there are, the signed-in user joins this string.
 */
export function actorOf(ctx: CallContext): string {
  if (osUser === undefined) {
    try {
      osUser = os.userInfo().username || 'unknown';
    } catch {
      osUser = 'unknown';
    }
  }
  return `${ctx.transport}:${osUser}`;
}
