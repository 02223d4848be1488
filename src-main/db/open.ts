import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { appError } from '../../src-shared/rpc/errors';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenDatabase {
  sqlite: Sqlite;
  db: Db;
  close(): void;
}

/**
 * Opens the agency database with the pragmas the app relies on: WAL so the app and a CLI process can
 * share the file, a busy timeout so they queue instead of failing, foreign keys on, and synchronous=FULL
 * because a number handed out must survive a power cut.
 * A file that is not SQLite (or is damaged in its header) is refused with a clear message.
 */
export function openDatabase(file: string): OpenDatabase {
  let sqlite: Sqlite | undefined;
  try {
    sqlite = new Database(file);
    sqlite.pragma('busy_timeout = 10000');
    sqlite.pragma('schema_version');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
  } catch (err) {
    sqlite?.close();
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw appError('db.damaged', { file }, { file, sqliteCode: code });
    }
    throw appError('db.cannotOpen', { file, error: (err as Error).message }, { file, sqliteCode: code });
  }
  const db = drizzle(sqlite, { schema });
  return { sqlite, db, close: () => sqlite.close() };
}
