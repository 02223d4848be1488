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
 * The live way also reads the change record (db/wal-changes.ts) under its lock: the app's checkpoint
 * (look, PASSIVE, look) comes first so that the TRUNCATE has nothing left to write; if the database
 * file changed all the same (frames appended in between were written by the TRUNCATE unseen), the
 * record is marked incomplete. After the chunks are stored, setBase() restarts the record from this
 * snapshot while the read still holds every checkpoint off the file.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupManifest } from '../../../src-shared/contracts/backup.contract';
import { appError } from '../../../src-shared/rpc/errors';
import { createAuditRepo } from '../audit/audit.repo';
import { checkpointLooking, fileId, observe, openChangeRecord, sameFile, type ChangeRecord, type ChangeState } from '../../db/wal-changes';

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
  /**
   * The change record at the snapshot (wal-changes.ts): the chunks that can differ from its base
   * backup. Null when there is no record to use (a copy, or the record locked by another backup).
   */
  changes: ChangeState | null;
  /**
   * Records `base` (the backup just written from this snapshot) as what the next backup counts
   * from, with the chunks changed since the snapshot. Call before release(); a no-op without record.
   */
  setBase(base: { name: string; id: string }, hashedAll: boolean): void;
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
  // The record's lock is held until release: the app's own checkpoints wait for the next turn. A
  // record that cannot be used (a read-only data folder, say) only means hashing every chunk.
  let rec: ChangeRecord | null = null;
  try {
    rec = openChangeRecord(source, 10_000);
  } catch {
    rec = null;
  }
  try {
    if (db.pragma('journal_mode', { simple: true }) === 'wal') {
      // A short wait only: a TRUNCATE checkpoint that waits for readers holds up the app's writers.
      db.pragma('busy_timeout = 300');
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        let state: ChangeState | null = null;
        if (rec) {
          // The app's checkpoint first, so that the TRUNCATE below has nothing left to write.
          try {
            state = checkpointLooking(db, source, rec.state, rec.probe);
            rec.save(state);
            rec.state = state;
          } catch {
            if (db.inTransaction) db.exec('COMMIT');
            rec.release();
            rec = null;
            state = null;
          }
        }
        const ck = (db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[])[0];
        db.exec('BEGIN');
        db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
        // Empty now (after the read began) means empty when it began: the reader uses the file alone.
        if (ck?.busy === 0 && walSize(source) === 0) {
          const size = (db.pragma('page_size', { simple: true }) as number) * (db.pragma('page_count', { simple: true }) as number);
          const facts = readFacts(db);
          const file = fileId(source);
          // The TRUNCATE wrote frames appended after the look above: those pages were not seen.
          if (state && !sameFile(state.file, file)) {
            state = { ...state, incomplete: state.incomplete ?? 'another connection wrote between the look and the snapshot' };
            rec!.save(state);
          }
          const changes = state;
          const held = rec;
          return {
            file: source,
            size,
            facts,
            how: 'live',
            changes,
            setBase: (base, hashedAll) => {
              if (!held || !changes) return;
              // No checkpoint can write into the file while this read lasts: what the WAL holds now
              // is all that happened since the snapshot.
              const fresh: ChangeState = {
                v: 1,
                base,
                incomplete: null,
                chunks: [],
                sinceFull: hashedAll ? 0 : changes.sinceFull + 1,
                wal: null,
                file,
              };
              try {
                held.save(observe(db, source, fresh, held.probe, true));
              } catch {
                // The record keeps its last state: still true of the file, if no longer of a base here.
              }
            },
            release: () => {
              try {
                db.exec('COMMIT');
                db.close();
              } finally {
                held?.release();
              }
            },
          };
        }
        db.exec('COMMIT');
      }
    }
  } catch (err) {
    db.close();
    rec?.release();
    throw err;
  }
  rec?.release();
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
  return {
    file: scratch,
    size: fs.statSync(scratch).size,
    facts,
    how: 'copy',
    changes: null,
    setBase: () => undefined,
    release: () => fs.rmSync(scratch, { force: true }),
  };
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
