import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, appError } from '../../src-shared/rpc/errors';
import type { Sqlite } from './open';

interface JournalEntry {
  idx: number;
  tag: string;
  breakpoints: boolean;
}

export interface Migration {
  idx: number;
  tag: string;
  /** sha256 of the SQL file (read on first use). */
  readonly hash: string;
  /** The SQL file's statements (read on first use). */
  readonly statements: string[];
}

/**
 * Reads drizzle-kit's output: `meta/_journal.json` and one SQL file per entry. A SQL file is read (and
 * hashed) only when its migration is applied: every start of an up-to-date data folder — each CLI
 * command — needs only the journal's length, not ~1 MB of SQL.
 */
export function loadMigrations(dir: string): Migration[] {
  const journalPath = path.join(dir, 'meta', '_journal.json');
  if (!fs.existsSync(journalPath)) {
    throw appError('db.migrationsMissing', { path: journalPath });
  }
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: JournalEntry[] };
  return journal.entries.map((entry) => {
    let sql: string | undefined;
    const text = () => (sql ??= fs.readFileSync(path.join(dir, `${entry.tag}.sql`), 'utf8'));
    return {
      idx: entry.idx,
      tag: entry.tag,
      get hash() {
        return createHash('sha256').update(text()).digest('hex');
      },
      get statements() {
        return text()
          .split('--> statement-breakpoint')
          .map((s) => s.trim())
          .filter((s) => s.length > 0);
      },
    };
  });
}

/**
 * Brings the database to the app's schema in ONE transaction before any service starts: either every
 * pending migration applies or none does. `user_version` counts applied migrations; a database with
 * more than this app knows was written by a newer vanthu and is refused rather than misread.
 * Returns the schema version after migration.
 */
export function migrate(sqlite: Sqlite, migrations: Migration[]): number {
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw appError('db.newerSchema', { current, known: migrations.length }, { schemaVersion: current, known: migrations.length });
  }
  if (current === migrations.length) return current;

  sqlite.exec('BEGIN IMMEDIATE');
  try {
    sqlite.exec(`CREATE TABLE IF NOT EXISTS __vanthu_migrations (
      idx INTEGER PRIMARY KEY, tag TEXT NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    // Re-read inside the write lock: another process may have migrated while we waited.
    const now = sqlite.pragma('user_version', { simple: true }) as number;
    const record = sqlite.prepare('INSERT INTO __vanthu_migrations (idx, tag, hash, applied_at) VALUES (?, ?, ?, ?)');
    for (const m of migrations.slice(now)) {
      for (const statement of m.statements) sqlite.exec(statement);
      record.run(m.idx, m.tag, m.hash, new Date().toISOString());
    }
    sqlite.pragma(`user_version = ${migrations.length}`);
    sqlite.exec('COMMIT');
  } catch (err) {
    sqlite.exec('ROLLBACK');
    if (err instanceof AppError) throw err;
    throw appError('db.migrationFailed', { error: (err as Error).message });
  }
  return migrations.length;
}
