import fs from 'node:fs';
import { AppError, type AppErrorData } from '../../src-shared/rpc/errors';

export interface StoredFileRef {
  path: string;
  mediaType: string;
}

/** How the transports that stream stored files (GET /files, app://vanthu/files) find and guard them. */
export interface FileAccess {
  locateFile?: ((sha256: string) => StoredFileRef | null) | undefined;
  /** Whether the caller's session may read the file (accounts: the rule of files.info); absent: every file. */
  mayReadFile?: ((sessionId: string | null, sha256: string) => boolean) | undefined;
}

/** What a transport answers for a stored file: the file, 403 with the reason, or 404. */
export type StoredFileAnswer =
  { status: 200; file: StoredFileRef } | { status: 403; message: string; error: AppErrorData } | { status: 404 };

/**
 * The one check before a stored file is streamed, for browser mode (the session cookie) and the
 * Electron window (the window's session). A session that may not read the file and a file that does
 * not exist get the same 404, so a refused file does not reveal that it exists. A file the caller may
 * read but that is withheld (its entry was recalled: the store's guard throws Forbidden) gets 403 with
 * the recall's reason, so the clerk learns why.
 */
export function storedFileFor(sha256: string, sessionId: string | null, access: FileAccess): StoredFileAnswer {
  if (access.mayReadFile && !access.mayReadFile(sessionId, sha256)) return { status: 404 };
  let found: StoredFileRef | null;
  try {
    found = access.locateFile?.(sha256) ?? null;
  } catch (err) {
    if (err instanceof AppError && err.kind === 'Forbidden') return { status: 403, message: err.message, error: err.toData() };
    throw err;
  }
  return found && fs.existsSync(found.path) ? { status: 200, file: found } : { status: 404 };
}
