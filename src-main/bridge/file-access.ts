import fs from 'node:fs';

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

/**
 * The one check before a stored file is streamed, for browser mode (the session cookie) and the
 * Electron window (the window's session): the session must be allowed to read it, and it must exist.
 * null in both failures alike, answered "not found", so a refused file does not reveal that it exists.
 */
export function storedFileFor(sha256: string, sessionId: string | null, access: FileAccess): StoredFileRef | null {
  if (access.mayReadFile && !access.mayReadFile(sessionId, sha256)) return null;
  const found = access.locateFile?.(sha256) ?? null;
  return found && fs.existsSync(found.path) ? found : null;
}
