import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, writeDurable } from '../../core/durable-file';

const SHA256 = /^[0-9a-f]{64}$/;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Content-addressed store: `<root>/<first two hex>/<sha256>`.
 * Invariants: a stored file's name is the sha256 of its bytes; a file is written to a temp name,
 * fsynced, then linked into place, so a reader never sees a half-written file and an existing file
 * is never overwritten (link fails on an existing name, unlike rename).
 */
export function createFileStore(
  root: string,
  /** Throws (with the reason for the clerk) when a stored file may not be read any more, e.g. a recalled entry's. */
  guard: (sha256: string) => void = () => undefined,
) {
  const tmpDir = path.join(root, 'tmp');

  const pathFor = (sha256: string): string => {
    if (!SHA256.test(sha256)) throw new RangeError(`not a sha256: ${sha256}`);
    return path.join(root, sha256.slice(0, 2), sha256);
  };

  return {
    root,
    pathFor,
    /** The read guard alone, for paths that stream the file themselves (GET /files, app://files, files.info). */
    assertReadable: guard,

    has(sha256: string): boolean {
      return fs.existsSync(pathFor(sha256));
    },

    read(sha256: string): Buffer {
      guard(sha256);
      return fs.readFileSync(pathFor(sha256));
    },

    /** Stores the bytes under their hash; `created` is false when they were already there. */
    put(bytes: Uint8Array): { sha256: string; created: boolean } {
      const sha256 = sha256Of(bytes);
      const final = pathFor(sha256);
      if (fs.existsSync(final)) return { sha256, created: false };
      fs.mkdirSync(path.dirname(final), { recursive: true });
      fs.mkdirSync(tmpDir, { recursive: true });
      const tmp = path.join(tmpDir, `${sha256}.${process.pid}.${randomBytes(6).toString('hex')}`);
      writeDurable(tmp, bytes, { flag: 'wx', mode: 0o444 });
      let created = true;
      try {
        fs.linkSync(tmp, final);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') {
          // Another process stored the same bytes meanwhile: same name, same content.
          created = false;
        } else if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') {
          // File systems without hard links (FAT/exFAT): rename, after the existence check above.
          if (fs.existsSync(final)) created = false;
          else fs.renameSync(tmp, final);
        } else {
          throw err;
        }
      } finally {
        fs.rmSync(tmp, { force: true });
      }
      if (created) fsyncDir(path.dirname(final));
      return { sha256, created };
    },
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
