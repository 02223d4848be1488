/**
 * Writes one backup into a backup folder. Invariants: the backup is assembled under a temporary
 * name (`.dang-ghi-*`), verified (every newly written database chunk read back and compared, every
 * newly copied file hashed from its copy, encrypted blobs checked by their tag), made durable (fsync
 * of blobs and directories) and only then renamed to `vanthu-…`: a crash or a pulled USB drive leaves
 * the previous backups intact and nothing that looks like a complete backup. The database snapshot
 * goes to the pool in fixed chunks named by their hash, so a backup after a day's work writes only
 * the chunks that changed and the new files; and it reads and hashes only the chunks the change
 * record (db/wal-changes.ts) names, when it can vouch for them (planFrom). Memory stays bounded: one chunk at a time, and the
 * manifest's lists. Runs in the long-work worker.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_FORMAT, type BackupManifest } from '../../../src-shared/contracts/backup.contract';
import { appError } from '../../../src-shared/rpc/errors';
import { fsyncDir, writeDurable } from '../../core/durable-file';
import { CHANGE_CHUNK, type ChangeState } from '../../db/wal-changes';
import { manifestMac } from './backup-crypto';
import { openPoolKey } from './backup-key';
import { backupName, folderError, listDataFiles, MANIFEST, MANIFEST_MAC, poolDir, TEMP_PREFIX } from './backup-layout';
import { acquireFolderLock } from './backup-lock';
import { openPool, type Pool } from './backup-pool';
import { readManifest } from './backup-reader';
import { openDbSnapshot } from './backup-snapshot';

/** Size of a database chunk: 1 MiB (256 pages of 4 KiB); the change record counts in the same chunks. */
export const DB_CHUNK = CHANGE_CHUNK;
/** Every this many backups from the change record, one hashes every chunk anyway (a check on the record). */
export const HASH_ALL_EVERY = 30;

export interface BackupWriteInput {
  dataDir: string;
  folder: string;
  passphrase?: string | undefined;
  vanthuVersion: string;
  /** ISO instant of the backup (the app's clock). */
  now: string;
  /** Hash every database chunk even when the change record could spare it (tests, benchmarks). */
  hashAll?: boolean;
}

export interface BackupWriteResult {
  dir: string;
  name: string;
  fileCount: number;
  copiedFiles: number;
  copiedBytes: number;
  /** Bytes of database chunks written (the chunks the pool did not have yet). */
  databaseBytesWritten: number;
  totalBytes: number;
  encrypted: boolean;
  /** The snapshot was read from the live file (WAL emptied) or from an online-backup copy. */
  snapshot: 'live' | 'copy';
  /** Database chunks read and hashed, of all the snapshot's chunks (the others came from the base backup's list). */
  databaseChunksRead: number;
  databaseChunks: number;
  /** Why every chunk was read (no usable change record, another base, …); null when the record spared some. */
  fullHashWhy: string | null;
}

/** The identity of a backup's database snapshot: the hash of its chunk list. */
export function chunkListId(d: { chunkSize: number; size: number; chunks: readonly string[] }): string {
  return createHash('sha256')
    .update(JSON.stringify({ chunkSize: d.chunkSize, size: d.size, chunks: d.chunks }))
    .digest('hex');
}

interface Plan {
  /** The base backup's chunk hashes and size. */
  chunks: readonly string[];
  size: number;
  /** Chunk indexes that may differ from the base. */
  changed: ReadonlySet<number>;
}

/**
 * The chunks a backup may take from the previous one instead of reading them: only when the change
 * record is complete, counts from a backup that is in this folder with exactly the chunk list the
 * record names (its manifest MAC checked when encrypted), and the snapshot did not shrink.
 */
function planFrom(
  changes: ChangeState | null,
  folder: string,
  key: Buffer | null,
  size: number,
  hashAll: boolean,
): { plan: Plan | null; why: string | null } {
  if (hashAll) return { plan: null, why: 'asked to hash every chunk' };
  if (!changes) return { plan: null, why: 'no change record for this snapshot' };
  if (changes.incomplete) return { plan: null, why: changes.incomplete };
  if (!changes.base) return { plan: null, why: 'no base backup' };
  if (changes.sinceFull + 1 >= HASH_ALL_EVERY) return { plan: null, why: `every ${HASH_ALL_EVERY}th backup hashes every chunk` };
  const dir = path.join(folder, changes.base.name);
  let text: string;
  let manifest: BackupManifest;
  try {
    ({ manifest, text } = readManifest(dir));
  } catch {
    return { plan: null, why: 'the base backup is not in this folder' };
  }
  const d = manifest.database;
  if (!('chunks' in d) || d.chunkSize !== DB_CHUNK || chunkListId(d) !== changes.base.id) {
    return { plan: null, why: 'the backup in this folder is not the base the record counts from' };
  }
  if ((manifest.encryption !== null) !== (key !== null)) return { plan: null, why: 'the base backup is encrypted differently' };
  if (key) {
    const mac = fs.readFileSync(path.join(dir, MANIFEST_MAC), { encoding: 'utf8', flag: 'r' }).trim();
    const want = Buffer.from(manifestMac(key, text), 'hex');
    const got = Buffer.from(mac, 'hex');
    if (got.length !== want.length || !timingSafeEqual(got, want))
      return { plan: null, why: "the base backup's manifest MAC does not match" };
  }
  if (size < d.size) return { plan: null, why: 'the database shrank' };
  return { plan: { chunks: d.chunks, size: d.size, changed: new Set(changes.chunks) }, why: null };
}

/** Progress is one scale of 1000: database 0–300, files 300–950, final checks 950–1000. */
export function phaseOf(done: number): 'database' | 'files' | 'verify' {
  return done < 300 ? 'database' : done < 950 ? 'files' : 'verify';
}

/**
 * Reads the snapshot in chunks; a chunk the pool lacks is written. Returns the chunks' hashes. With a
 * plan, a chunk the record proves unchanged (same extent as in the base, not in the changed set, its
 * blob in the pool) takes the base's hash without being read.
 */
async function storeDatabase(
  file: string,
  size: number,
  pool: Pool,
  plan: Plan | null,
  progress: (done: number, total: number) => void,
): Promise<{ chunks: string[]; bytes: number; blobs: number; read: number }> {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.allocUnsafe(DB_CHUNK);
  const chunks: string[] = [];
  let bytes = 0;
  let blobs = 0;
  let read = 0;
  try {
    for (let pos = 0; pos < size; pos += DB_CHUNK) {
      const want = Math.min(DB_CHUNK, size - pos);
      const i = chunks.length;
      if (plan && i < plan.chunks.length && !plan.changed.has(i) && want === Math.min(DB_CHUNK, plan.size - pos)) {
        const sha256 = plan.chunks[i]!;
        if (pool.has(sha256, want)) {
          chunks.push(sha256);
          continue;
        }
      }
      read++;
      let got = 0;
      while (got < want) {
        const n = fs.readSync(fd, buf, got, want - got, pos + got);
        if (n === 0) throw appError('backup.dbShrank');
        got += n;
      }
      const chunk = buf.subarray(0, want);
      const sha256 = createHash('sha256').update(chunk).digest('hex');
      if (!pool.has(sha256, want)) {
        pool.putBuffer(sha256, chunk);
        bytes += want;
        blobs++;
        await pool.settle();
      }
      chunks.push(sha256);
      if (chunks.length % 16 === 0) progress(pos + want, size);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { chunks, bytes, blobs, read };
}

export async function writeBackup(input: BackupWriteInput, progress: (done: number, total: number) => void): Promise<BackupWriteResult> {
  const { folder } = input;
  const encrypted = input.passphrase !== undefined;
  let st: fs.Stats;
  try {
    st = fs.statSync(folder);
  } catch (err) {
    throw folderError(folder, err);
  }
  if (!st.isDirectory()) throw appError('backup.notAFolder', { folder }, { field: 'to' });

  let release: () => void;
  try {
    release = acquireFolderLock(folder);
  } catch (err) {
    throw folderError(folder, err);
  }
  const name = backupName(folder, new Date(input.now));
  const tmp = path.join(folder, `${TEMP_PREFIX}${name}-${randomBytes(4).toString('hex')}`);
  const localTmp = path.join(input.dataDir, 'backup-tmp');
  try {
    const key = encrypted ? openPoolKey(folder, input.passphrase!) : null;
    fs.mkdirSync(tmp);
    const pool = openPool(folder, key);

    // 1. The database: a consistent snapshot, stored as chunks; only chunks the pool lacks are written.
    fs.mkdirSync(localTmp, { recursive: true });
    const scratch = path.join(localTmp, `${name}-${randomBytes(4).toString('hex')}.db`);
    const snap = await openDbSnapshot(path.join(input.dataDir, 'vanthu.db'), scratch, (d, t) =>
      progress(Math.floor((d / Math.max(t, 1)) * 100), 1000),
    );
    let db: Awaited<ReturnType<typeof storeDatabase>>;
    let database: BackupManifest['database'];
    let why: string | null;
    try {
      const { plan, why: because } = planFrom(snap.changes, folder, key, snap.size, input.hashAll === true);
      why = because;
      db = await storeDatabase(snap.file, snap.size, pool, plan, (d, t) => progress(100 + Math.floor((d / Math.max(t, 1)) * 200), 1000));
      database = { chunkSize: DB_CHUNK, size: snap.size, chunks: db.chunks };
      // The next backup counts from this one (if it is not completed, the next finds no such base).
      snap.setBase({ name, id: chunkListId(database) }, plan === null);
    } finally {
      snap.release();
    }
    progress(300, 1000);

    // 2. Files, listed after the snapshot: every file the snapshot refers to was stored before it.
    const files = listDataFiles(input.dataDir);
    const entries: BackupManifest['files'] = [];
    let totalBytes = 0;
    for (const [i, f] of files.entries()) {
      if (i % 64 === 0) progress(300 + Math.floor((i / Math.max(files.length, 1)) * 600), 1000);
      let got = { sha256: f.sha256 ?? '', size: f.size };
      if (!f.sha256 || !pool.has(f.sha256, f.size)) {
        got = pool.putFile(f.abs, f.sha256, f.path);
        await pool.settle();
      }
      entries.push({ path: f.path, sha256: got.sha256, size: got.size });
      totalBytes += got.size;
    }
    progress(900, 1000);
    const written = pool.written();
    await pool.commit();
    progress(950, 1000);

    // 3. The manifest, then the rename that makes the backup exist.
    const poolKey = key ? JSON.parse(fs.readFileSync(path.join(poolDir(folder, true), 'key.json'), 'utf8')) : null;
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      name,
      createdAt: input.now,
      vanthuVersion: input.vanthuVersion,
      ...snap.facts,
      database,
      files: entries,
      totalBytes,
      encryption: poolKey ? { cipher: 'aes-256-gcm', kdf: poolKey.kdf, wrappedKey: poolKey.wrappedKey } : null,
    };
    const text = JSON.stringify(manifest);
    writeDurable(path.join(tmp, MANIFEST), text, { flag: 'wx' });
    if (key) writeDurable(path.join(tmp, MANIFEST_MAC), manifestMac(key, text), { flag: 'wx' });
    fsyncDir(tmp);
    const dir = path.join(folder, name);
    fs.renameSync(tmp, dir);
    fsyncDir(folder);
    progress(1000, 1000);
    return {
      dir,
      name,
      fileCount: entries.length,
      copiedFiles: written.blobs - db.blobs,
      copiedBytes: written.bytes - db.bytes,
      databaseBytesWritten: db.bytes,
      totalBytes,
      encrypted,
      snapshot: snap.how,
      databaseChunksRead: db.read,
      databaseChunks: db.chunks.length,
      fullHashWhy: why,
    };
  } catch (err) {
    try {
      fs.rmSync(tmp, { recursive: true, force: true });
    } catch {
      // The folder may be gone (USB pulled); the temp name never looks like a backup anyway.
    }
    throw folderError(folder, err);
  } finally {
    release();
  }
}
