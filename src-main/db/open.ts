import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { AppError } from '../../src-shared/rpc/errors';
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
      throw new AppError(
        'Internal',
        `Tệp cơ sở dữ liệu "${file}" bị hỏng hoặc không phải cơ sở dữ liệu vanthu. Hãy khôi phục từ bản sao lưu; tệp hiện tại được giữ nguyên.`,
        { file, sqliteCode: code },
      );
    }
    throw new AppError('Internal', `Không mở được cơ sở dữ liệu "${file}": ${(err as Error).message}`, { file, sqliteCode: code });
  }
  const db = drizzle(sqlite, { schema });
  return { sqlite, db, close: () => sqlite.close() };
}
