/**
 * The database part of a backup: a consistent snapshot while the app keeps writing, never a plain
 * file copy of a live WAL database. The quick way (openDbSnapshot): checkpoint the WAL into the
 * database file (TRUNCATE), then open a read transaction; when the WAL is still empty once that
 * transaction has begun, SQLite reads straight from the database file and no checkpoint may write
 * into it until the transaction ends (the reader holds WAL read-lock 0), while the app's writers go
 * on appending to the WAL. The file's bytes are then the snapshot itself: they are read in chunks
 * (only the chunks the pool lacks are written) without a local copy. When the WAL cannot be emptied
 * (a long reader, a busy writer), SQLite's online backup API makes a local copy instead. The
 * manifest's facts are read from the same snapshot.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupManifest } from '../../../src-shared/contracts/backup.contract';
import { appError } from '../../../src-shared/rpc/errors';
import { createAuditRepo } from '../audit/audit.repo';

/** Pages copied per step of the online backup (the fallback); progress is reported between steps. */
const PAGES_PER_STEP = 16384;
/** Attempts at an empty WAL before falling back to the online backup. */
const ATTEMPTS = 5;

async function snapshotDatabase(source: string, dest: string, onProgress: (done: number, total: number) => void): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    await db.backup(dest, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
  } finally {
    db.close();
  }
}

export interface DbSnapshot {
  /** The file whose first `size` bytes are the snapshot. */
  file: string;
  size: number;
  facts: SnapshotFacts;
  /** How it was taken: the live file under a read transaction, or a local online-backup copy. */
  how: 'live' | 'copy';
  release(): void;
}

function walSize(source: string): number {
  try {
    return fs.statSync(`${source}-wal`).size;
  } catch {
    return 0;
  }
}

/** A consistent snapshot of the database at `source`; `scratch` is a local path for the fallback copy. */
export async function openDbSnapshot(
  source: string,
  scratch: string,
  onProgress: (done: number, total: number) => void,
): Promise<DbSnapshot> {
  const db = new Database(source, { fileMustExist: true });
  try {
    if (db.pragma('journal_mode', { simple: true }) === 'wal') {
      // A short wait only: a TRUNCATE checkpoint that waits for readers holds up the app's writers.
      db.pragma('busy_timeout = 300');
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const ck = (db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[])[0];
        db.exec('BEGIN');
        db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
        // Empty now (after the read began) means empty when it began: the reader uses the file alone.
        if (ck?.busy === 0 && walSize(source) === 0) {
          const size = (db.pragma('page_size', { simple: true }) as number) * (db.pragma('page_count', { simple: true }) as number);
          const facts = readFacts(db);
          return {
            file: source,
            size,
            facts,
            how: 'live',
            release: () => {
              db.exec('COMMIT');
              db.close();
            },
          };
        }
        db.exec('COMMIT');
      }
    }
  } catch (err) {
    db.close();
    throw err;
  }
  db.close();
  await snapshotDatabase(source, scratch, onProgress);
  const copy = new Database(scratch, { fileMustExist: true });
  let facts: SnapshotFacts;
  try {
    copy.pragma('journal_mode = DELETE');
    facts = readFacts(copy);
  } finally {
    copy.close();
  }
  return { file: scratch, size: fs.statSync(scratch).size, facts, how: 'copy', release: () => fs.rmSync(scratch, { force: true }) };
}

export type SnapshotFacts = Pick<BackupManifest, 'schemaVersion' | 'agency' | 'counts' | 'lastNumbers' | 'auditHead'>;

const hasTable = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** integrity_check; throws with SQLite's first complaint when the file is not sound. */
export function checkIntegrity(db: Database.Database): void {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0]!.integrity_check !== 'ok') {
    throw appError('backup.dbNotIntact', { error: rows[0]?.integrity_check ?? '?' });
  }
}

function readFacts(db: Database.Database): SnapshotFacts {
  const agency = hasTable(db, 'agency_profile')
    ? (db.prepare('SELECT code, name FROM agency_profile WHERE id = 1').get() as { code: string; name: string } | undefined)
    : undefined;
  const register = hasTable(db, 'register_entry');
  const counts = register
    ? (db
        .prepare('SELECT direction, year, COUNT(*) AS count FROM register_entry GROUP BY direction, year ORDER BY direction, year')
        .all() as SnapshotFacts['counts'])
    : [];
  // Each direction through its (year, series, number) index: a scan of the index, not of the register.
  const lastNumbers = register
    ? (db
        .prepare(
          `SELECT 'den' AS direction, year, series, MAX(number) AS number FROM register_entry INDEXED BY register_den_series_number_ux
             WHERE direction = 'den' GROUP BY year, series
           UNION ALL
           SELECT 'di', year, series, MAX(number) FROM register_entry INDEXED BY register_di_series_number_ux
             WHERE direction = 'di' GROUP BY year, series
           ORDER BY 1, 2, 3`,
        )
        .all() as SnapshotFacts['lastNumbers'])
    : [];
  const auditHead = createAuditRepo(db).last();
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    agency: agency ?? null,
    counts,
    lastNumbers,
    auditHead: auditHead ?? null,
  };
}
