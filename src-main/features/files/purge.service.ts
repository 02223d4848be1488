/**
 * Purge (quản trị): removes a stored file entered by mistake (e.g. secret material, seeds 000/003
 * Điều 11.5) from the store, its text from the database and the search index, and so from every
 * later backup. The stored_file row stays as a tombstone (who, when, why) so the entry that pointed
 * at it keeps its number and says what happened; the audit log records the purge on the file and
 * on each entry. Backups taken earlier still hold the file until retention removes them.
 */
import fs from 'node:fs';
import { appError } from '../../../src-shared/rpc/errors';
import type { FilesDeps } from './files.service';

export interface PurgeResult {
  sha256: string;
  purgedAt: string;
  purgedBy: string;
  reason: string;
  entryIds: string[];
}

export function createPurgeService(
  deps: FilesDeps & {
    /** Re-indexes the register entries that refer to the file (their text is gone); returns their ids. */
    reindexEntriesOf: (sha256: string, oldText: string) => string[];
  },
) {
  const tombstone = deps.sqlite.prepare<[string, string, string, string]>(
    'UPDATE stored_file SET text = NULL, purged_at = ?, purged_by = ?, purge_reason = ? WHERE sha256 = ? AND purged_at IS NULL',
  );
  return {
    purge(sha256: string, reason: string, actor: string): PurgeResult {
      const row = deps.repo.get(sha256);
      if (!row) throw appError('intake.fileNotInStore', { sha: sha256 }, { sha256 });
      if (row.purged_at)
        throw appError(
          'files.alreadyPurged',
          { at: row.purged_at, by: String(row.purged_by), reason: String(row.purge_reason) },
          { sha256 },
        );
      const at = deps.clock.now().toISOString();
      // secure_delete: the pages freed by the purge are zeroed, so the text is not left in the file
      // (and so not in a later backup's snapshot, which copies pages).
      deps.sqlite.pragma('secure_delete = ON');
      let entryIds: string[];
      try {
        entryIds = deps.sqlite
          .transaction(() => {
            tombstone.run(at, actor, reason, sha256);
            // The entries' search text is rebuilt from the (now empty) file text.
            const ids = deps.reindexEntriesOf(sha256, row.text ?? '');
            deps.audit.append({ actor, action: 'file.purged', entityType: 'file', entityId: sha256, data: { reason, entries: ids } });
            for (const id of ids)
              deps.audit.append({
                actor,
                action: 'entry.filePurged',
                entityType: 'register_entry',
                entityId: id,
                data: { sha256, reason },
              });
            return ids;
          })
          .immediate();
      } finally {
        deps.sqlite.pragma('secure_delete = OFF');
      }
      // After the commit: a crash in between leaves the bytes on disk with the tombstone in place; the
      // row says purged, so nothing serves or backs them up by reference (the store walk still would).
      fs.rmSync(deps.store.pathFor(sha256), { force: true });
      deps.logger.warn('file purged', { sha256, entries: entryIds.length });
      return { sha256, purgedAt: at, purgedBy: actor, reason, entryIds };
    },
  };
}

export type PurgeService = ReturnType<typeof createPurgeService>;
