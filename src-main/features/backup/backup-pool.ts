/**
 * Adding blobs to a backup folder's content-addressed pool (stored files and database chunks, named
 * by the sha256 of their plain bytes). A new blob is written under `tmp/` and checked there (plain:
 * the copy is hashed and must carry the expected name; a database chunk is read back and compared;
 * encrypted: the GCM tag of the copy is checked) and fsynced in the background (libuv's threads)
 * while the next blob is copied; `commit()` waits for those fsyncs, renames each blob to its hash
 * name and fsyncs the directories (in parallel too). A half-written blob therefore never carries a hash name. A blob
 * already in the pool (same name, expected size) is not written again.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appError } from '../../../src-shared/rpc/errors';
import { copyFileSealed, hashFile, readFileSealed, sealBuffer } from './backup-crypto';
import { poolDir, poolPath } from './backup-layout';

/** MAGIC (5) + iv (12) + tag (16): what encryption adds to a blob's size. */
export const ENC_OVERHEAD = 5 + 12 + 16;
/** Directory fsyncs in flight at once (libuv runs four at a time; more keeps its queue full). */
const SYNC_CONCURRENCY = 16;
/** Blobs written and not yet fsynced (each holds an open descriptor). */
const MAX_IN_FLIGHT = 64;

function mkdirIn(parent: string, name: string): void {
  try {
    fs.mkdirSync(path.join(parent, name));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

function statSize(file: string): number | null {
  // No exception for a missing file: a full backup asks this for every blob.
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? null;
}

function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

/** fsyncs files (or, except on Windows, directories) several at a time. */
async function fsyncAll(files: readonly string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const h = await fs.promises.open(files[next++]!, 'r');
      try {
        await h.sync();
      } finally {
        await h.close();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SYNC_CONCURRENCY, files.length) }, worker));
}

function hashFd(fd: number, buf: Buffer): { sha256: string; size: number } {
  const hash = createHash('sha256');
  let size = 0;
  for (;;) {
    const n = fs.readSync(fd, buf, 0, buf.length, size);
    if (n === 0) break;
    hash.update(buf.subarray(0, n));
    size += n;
  }
  return { sha256: hash.digest('hex'), size };
}

export function openPool(folder: string, key: Buffer | null) {
  const encrypted = key !== null;
  const pool = poolDir(folder, encrypted);
  const tmp = path.join(pool, 'tmp');
  // Never mkdir -p here: a pulled USB drive must fail, not recreate the folder on the local disk.
  mkdirIn(folder, path.basename(pool));
  mkdirIn(pool, 'tmp');
  const pending = new Map<string, string>();
  const readBack = Buffer.allocUnsafe((1 << 20) + ENC_OVERHEAD);
  let bytesWritten = 0;
  // fsyncs run in libuv's threads while this thread copies and hashes the next blobs.
  const syncing = new Set<Promise<void>>();
  let syncError: unknown = null;

  const partFor = (sha256: string) => path.join(tmp, `${sha256}.${randomBytes(4).toString('hex')}.part`);

  /** fsyncs then closes `fd` in the background; commit() waits for it. */
  function syncLater(fd: number): void {
    const p = new Promise<void>((resolve) => {
      fs.fsync(fd, (err) => {
        if (err && syncError === null) syncError = err;
        fs.close(fd, () => resolve());
      });
    });
    syncing.add(p);
    void p.then(() => syncing.delete(p));
  }

  function keep(sha256: string, part: string, fd: number, size: number): void {
    if (pending.has(sha256) || statSize(poolPath(folder, encrypted, sha256)) !== null) {
      fs.closeSync(fd);
      fs.rmSync(part, { force: true });
      return;
    }
    syncLater(fd);
    pending.set(sha256, part);
    bytesWritten += size;
  }

  return {
    /** True when the pool holds (or this run is adding) the blob of these plain bytes. */
    has(sha256: string, size: number): boolean {
      if (pending.has(sha256)) return true;
      return statSize(poolPath(folder, encrypted, sha256)) === size + (encrypted ? ENC_OVERHEAD : 0);
    },

    /** Adds a database chunk (plain bytes and their hash); the copy is read back and compared. */
    putBuffer(sha256: string, plain: Buffer): void {
      const part = partFor(sha256);
      const bytes = sealBuffer(plain, key);
      const fd = fs.openSync(part, 'wx+');
      try {
        writeAll(fd, bytes);
        const back = bytes.length <= readBack.length ? readBack.subarray(0, bytes.length) : Buffer.allocUnsafe(bytes.length);
        if (fs.readSync(fd, back, 0, back.length, 0) !== bytes.length || !back.equals(bytes)) throw appError('backup.readBackMismatch');
      } catch (err) {
        fs.closeSync(fd);
        throw err;
      }
      keep(sha256, part, fd, plain.length);
    },

    /**
     * Adds a file of the data folder. `expected` is its hash when the store names it so: a copy
     * whose bytes do not hash to it is refused (the data folder's file is damaged, or the copy is).
     * Returns the plain bytes' hash and size.
     */
    putFile(src: string, expected: string | null, what: string): { sha256: string; size: number } {
      const part = partFor(expected ?? randomBytes(8).toString('hex'));
      let got: { sha256: string; size: number };
      let fd: number;
      if (key) {
        got = copyFileSealed(src, part, key, false);
        readFileSealed(part, key, undefined, false);
        fd = fs.openSync(part, 'r+');
      } else {
        fs.copyFileSync(src, part, fs.constants.COPYFILE_EXCL);
        fd = fs.openSync(part, 'r+');
        try {
          got = hashFd(fd, readBack);
        } catch (err) {
          fs.closeSync(fd);
          throw err;
        }
      }
      if (expected && got.sha256 !== expected) {
        fs.closeSync(fd);
        fs.rmSync(part, { force: true });
        const source = hashFile(src).sha256 !== expected;
        if (source) throw appError('backup.dataFileBroken', { path: what }, { path: what });
        throw appError('backup.fileReadBackMismatch', { path: what }, { path: what });
      }
      keep(got.sha256, part, fd, got.size);
      return got;
    },

    /** Waits while too many fsyncs are in flight (bounded open descriptors); throws the first failure. */
    async settle(): Promise<void> {
      while (syncing.size > MAX_IN_FLIGHT) await Promise.race(syncing);
      if (syncError !== null) throw syncError;
    },

    /** Blobs and plain bytes this run added. */
    written: () => ({ blobs: pending.size, bytes: bytesWritten }),

    /** Waits for every new blob to be durable, then gives it its hash name. */
    async commit(): Promise<void> {
      await Promise.all(syncing);
      if (syncError !== null) throw syncError;
      const existing = new Set(fs.readdirSync(pool));
      const dirs = new Set<string>();
      for (const [sha256, part] of pending) {
        const final = poolPath(folder, encrypted, sha256);
        const dir = path.dirname(final);
        if (!existing.has(path.basename(dir))) {
          mkdirIn(pool, path.basename(dir));
          existing.add(path.basename(dir));
        }
        dirs.add(dir);
        fs.renameSync(part, final);
      }
      if (process.platform !== 'win32') await fsyncAll([...dirs]);
    },
  };
}

export type Pool = ReturnType<typeof openPool>;
