import type { Sqlite } from '../../db/open';

export interface StoredFileRow {
  sha256: string;
  size: number;
  media_type: string;
  page_count: number | null;
  text: string | null;
  original_name: string | null;
  created_at: string;
  /** Tombstone of a purge (purge.service.ts); absent on rows written by older code paths. */
  purged_at?: string | null;
  purged_by?: string | null;
  purge_reason?: string | null;
}

export function createFilesRepo(sqlite: Sqlite) {
  const get = sqlite.prepare<[string], StoredFileRow>('SELECT * FROM stored_file WHERE sha256 = ?');
  const insert = sqlite.prepare<[StoredFileRow]>(
    `INSERT OR IGNORE INTO stored_file (sha256, size, media_type, page_count, text, original_name, created_at)
     VALUES (@sha256, @size, @media_type, @page_count, @text, @original_name, @created_at)`,
  );
  return {
    get: (sha256: string): StoredFileRow | undefined => get.get(sha256),
    /** Returns true when the row is new (the same bytes were not recorded before). */
    insertIfAbsent: (row: StoredFileRow): boolean => insert.run(row).changes === 1,
  };
}

export type FilesRepo = ReturnType<typeof createFilesRepo>;
