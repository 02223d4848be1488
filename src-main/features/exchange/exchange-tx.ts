import type { Db } from '../../db/open';

/**
 * Runs `fn` in a `BEGIN IMMEDIATE` transaction. The sync process, the app and the CLI share the
 * database; a deferred transaction that reads and then writes cannot be upgraded once another
 * connection has committed meanwhile and fails at once with "database is locked" instead of
 * waiting. Taking the write lock up front makes it wait (busy_timeout) like any other writer.
 */
export function immediate<T>(db: Db, fn: () => T): T {
  return db.transaction(() => fn(), { behavior: 'immediate' });
}
