import type BetterSqlite3 from 'better-sqlite3';
import { appError, type AppError } from '../../../src-shared/rpc/errors';
import { formatDdMmYyyy } from '../../../src-shared/domain/vn-time';

/**
 * The one check for files of a recalled incoming entry (thu hồi accepted, ND30 Điều 18.4 and Phụ
 * lục VI III.8): the entry's metadata stays in the register but its files are no longer served.
 * Every read path asks it — files operations, the file store's reads (signing, OCR…), browser
 * mode's GET /files and Electron's app://files — so none can forget it.
 */
export function createWithheldFiles(sqlite: BetterSqlite3.Database) {
  const stmt = sqlite.prepare(
    `SELECT e.number AS number, e.so_ky_hieu AS soKyHieu, r.reason AS reason, r.at AS at
       FROM register_entry_recall r JOIN register_entry e ON e.id = r.entry_id
      WHERE e.direction = 'den'
        AND (e.file_sha256 = @sha OR EXISTS (SELECT 1 FROM register_entry_file f WHERE f.entry_id = e.id AND f.sha256 = @sha))
      LIMIT 1`,
  );
  /** Why the file is withheld (a keyed Forbidden error, for the clerk), or null when it may be read. */
  const withheldError = (sha256: string): AppError | null => {
    const r = stmt.get({ sha: sha256 }) as { number: number; soKyHieu: string | null; reason: string; at: string } | undefined;
    if (!r) return null;
    const params = {
      number: r.number,
      notation: r.soKyHieu ? ` (${r.soKyHieu})` : '',
      date: formatDdMmYyyy(r.at.slice(0, 10)),
      reason: r.reason,
    };
    return appError('safety.withheldRecalled', params, { sha256, withheld: true });
  };
  const recallStmt = sqlite.prepare('SELECT reason, at FROM register_entry_recall WHERE entry_id = ?');
  return {
    /** An entry's recall (thu hồi), for the register's edit paths (a recalled outgoing entry is frozen). */
    recallOf(entryId: string): { reason: string; at: string } | undefined {
      return recallStmt.get(entryId) as { reason: string; at: string } | undefined;
    },
    /** Throws Forbidden with the reason when the file is withheld. */
    assertReadable(sha256: string): void {
      const err = withheldError(sha256);
      if (err) throw err;
    },
  };
}
