/**
 * The database part of a backup: SQLite's online backup API (better-sqlite3 `db.backup()`) from a
 * read-only connection — a consistent snapshot while the app keeps writing, never a file copy of a
 * live WAL database — then the snapshot is switched to a self-contained rollback journal, checked
 * with PRAGMA integrity_check, and read for the facts the manifest shows before a restore.
 */
import Database from 'better-sqlite3';
import type { BackupManifest } from '../../../src-shared/contracts/backup.contract';
import { AppError } from '../../../src-shared/rpc/errors';
import { createAuditRepo } from '../audit/audit.repo';

/** Pages copied per step: large steps keep the snapshot quick; progress is reported between steps. */
const PAGES_PER_STEP = 4096;

export async function snapshotDatabase(source: string, dest: string, onProgress: (done: number, total: number) => void): Promise<void> {
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

export type SnapshotFacts = Pick<BackupManifest, 'schemaVersion' | 'agency' | 'counts' | 'lastNumbers' | 'auditHead'>;

const hasTable = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** integrity_check; throws with SQLite's first complaint when the file is not sound. */
export function checkIntegrity(db: Database.Database, what: string): void {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0]!.integrity_check !== 'ok') {
    throw new AppError('Validation', `Cơ sở dữ liệu trong ${what} không toàn vẹn: ${rows[0]?.integrity_check ?? 'không rõ'}.`);
  }
}

/** Makes the snapshot one self-contained file, checks it and reads the manifest's facts. */
export function sealSnapshot(file: string): SnapshotFacts {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    checkIntegrity(db, 'bản sao lưu vừa ghi');
    return readFacts(db);
  } finally {
    db.close();
  }
}

export function readFacts(db: Database.Database): SnapshotFacts {
  const agency = hasTable(db, 'agency_profile')
    ? (db.prepare('SELECT code, name FROM agency_profile WHERE id = 1').get() as { code: string; name: string } | undefined)
    : undefined;
  const register = hasTable(db, 'register_entry');
  const counts = register
    ? (db
        .prepare('SELECT direction, year, COUNT(*) AS count FROM register_entry GROUP BY direction, year ORDER BY direction, year')
        .all() as SnapshotFacts['counts'])
    : [];
  const lastNumbers = register
    ? (db
        .prepare(
          'SELECT direction, year, series, MAX(number) AS number FROM register_entry GROUP BY direction, year, series ORDER BY direction, year, series',
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
