import { newSecret } from '../../core/ids';
import type { Transport } from '../../rpc/router';

export interface Session {
  accountId: string;
  /** The transport that opened it: a session id is only good on that transport (e.g. bound to the HTTP bridge). */
  transport: Transport;
  lastSeen: number;
  locked: boolean;
}

/**
 * Sessions live only in main-process memory: nothing is written to disk, so a restart signs everyone
 * out. Ids are 256-bit secrets held by the transport (cookie, window, command run), never logged.
 */
export function createSessionStore() {
  const sessions = new Map<string, Session>();
  return {
    open(accountId: string, transport: Transport, now: number): string {
      const id = newSecret();
      sessions.set(id, { accountId, transport, lastSeen: now, locked: false });
      return id;
    },
    get(id: string | null | undefined, transport: Transport): Session | undefined {
      if (!id) return undefined;
      const s = sessions.get(id);
      return s && s.transport === transport ? s : undefined;
    },
    close(id: string | null | undefined): void {
      if (id) sessions.delete(id);
    },
    /** Ends every session of an account at once (disabled, password reset). */
    closeAccount(accountId: string): void {
      for (const [id, s] of sessions) if (s.accountId === accountId) sessions.delete(id);
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
