import fs from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { appError } from '../../src-shared/rpc/errors';
import * as schema from './schema';
import { trackedCheckpoint } from './wal-changes';

export type Sqlite = Database.Database;
export type Db = BetterSQLite3Database<typeof schema>;

export interface OpenDatabase {
  sqlite: Sqlite;
  db: Db;
  /** Checkpoints the WAL through the change record (wal-changes.ts); false when a backup holds the record. */
  checkpoint(): boolean;
  close(): void;
}

/** The WAL is checkpointed when it reaches this size, or when it has waited this long. */
const CHECKPOINT_BYTES = 4 << 20;
const CHECKPOINT_EVERY_MS = 5 * 60_000;
const CHECK_EVERY_MS = 30_000;

function walBytes(file: string): number {
  return fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
}

/**
 * Opens the agency database with the pragmas the app relies on: WAL so the app and a CLI process can
 * share the file, a busy timeout so they queue instead of failing, foreign keys on, and synchronous=FULL
 * because a number handed out must survive a power cut.
 * A file that is not SQLite (or is damaged in its header) is refused with a clear message.
 * No automatic checkpoints: the app checkpoints itself (a timer, and before close) through
 * trackedCheckpoint, which first notes the pages the WAL is about to write into the database file,
 * so the next backup hashes only the chunks that changed (wal-changes.ts).
 */
export function openDatabase(file: string, opts: { onCheckpointError?: (err: unknown) => void } = {}): OpenDatabase {
  let sqlite: Sqlite | undefined;
  try {
    sqlite = new Database(file);
    sqlite.pragma('busy_timeout = 10000');
    sqlite.pragma('schema_version');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('wal_autocheckpoint = 0');
  } catch (err) {
    sqlite?.close();
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw appError('db.damaged', { file }, { file, sqliteCode: code });
    }
    throw appError('db.cannotOpen', { file, error: (err as Error).message }, { file, sqliteCode: code });
  }
  const db = drizzle(sqlite, { schema });
  const conn = sqlite;
  let last = Date.now();
  const checkpoint = (waitMs: number): boolean => {
    try {
      const done = trackedCheckpoint(conn, file, waitMs);
      if (done) last = Date.now();
      return done;
    } catch (err) {
      opts.onCheckpointError?.(err);
      // The WAL must not grow without bound: a plain checkpoint. Its pages are still in the WAL for
      // the next look, or the record is found incomplete and the next backup hashes everything.
      try {
        conn.pragma('wal_checkpoint(PASSIVE)');
      } catch (again) {
        opts.onCheckpointError?.(again);
      }
      return false;
    }
  };
  const timer = setInterval(() => {
    const wal = walBytes(file);
    if (wal >= CHECKPOINT_BYTES || (wal > 0 && Date.now() - last >= CHECKPOINT_EVERY_MS)) checkpoint(0);
  }, CHECK_EVERY_MS);
  timer.unref();
  return {
    sqlite,
    db,
    checkpoint: () => checkpoint(0),
    close: () => {
      clearInterval(timer);
      // Before SQLite's own checkpoint at the last close; waits a little for a backup's snapshot.
      try {
        if (conn.open) checkpoint(2000);
      } finally {
        conn.close();
      }
    },
  };
}
