/**
 * Writes one backup into a backup folder. Invariants: the backup is assembled under a temporary
 * name (`.dang-ghi-*`), verified (integrity_check on the snapshot, every newly copied file re-read
 * and hashed, the encrypted snapshot decrypted and hashed), made durable (fsync of files and
 * directories) and only then renamed to `vanthu-…`: a crash or a pulled USB drive leaves the previous
 * backups intact and nothing that looks like a complete backup. Pool files are added under their hash
 * after being verified, so a half-copied file never carries a hash name. Runs in the long-work worker.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, writeDurable } from '../../core/durable-file';
import { BACKUP_FORMAT, type BackupManifest } from '../../../src-shared/contracts/backup.contract';
import { AppError, appError } from '../../../src-shared/rpc/errors';
import { copyFileSealed, manifestMac, readFileSealed } from './backup-crypto';
import { openPoolKey } from './backup-key';
import { backupName, folderError, listDataFiles, MANIFEST, MANIFEST_MAC, poolDir, poolPath, TEMP_PREFIX } from './backup-layout';
import { acquireFolderLock } from './backup-lock';
import { sealSnapshot, snapshotDatabase } from './backup-snapshot';

export interface BackupWriteInput {
  dataDir: string;
  folder: string;
  passphrase?: string | undefined;
  vanthuVersion: string;
  /** ISO instant of the backup (the app's clock). */
  now: string;
}

export interface BackupWriteResult {
  dir: string;
  name: string;
  fileCount: number;
  copiedFiles: number;
  copiedBytes: number;
  totalBytes: number;
  encrypted: boolean;
}

/** Progress is one scale of 1000: database 0–300, files 300–950, final checks 950–1000. */
export function phaseOf(done: number): 'database' | 'files' | 'verify' {
  return done < 300 ? 'database' : done < 950 ? 'files' : 'verify';
}

const ENC_OVERHEAD = 5 + 12 + 16;

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
  let localDb: string | null = null;
  try {
    const key = encrypted ? openPoolKey(folder, input.passphrase!) : null;
    fs.mkdirSync(tmp);

    // 1. The database: online backup into the temp dir (plain) or a local temp file (to be encrypted).
    const dbFile = encrypted ? 'vanthu.db.enc' : 'vanthu.db';
    let snapshot = path.join(tmp, 'vanthu.db');
    if (encrypted) {
      fs.mkdirSync(localTmp, { recursive: true });
      snapshot = localDb = path.join(localTmp, `${name}-${randomBytes(4).toString('hex')}.db`);
    }
    await snapshotDatabase(path.join(input.dataDir, 'vanthu.db'), snapshot, (d, t) =>
      progress(Math.floor((d / Math.max(t, 1)) * 280), 1000),
    );
    const facts = sealSnapshot(snapshot);
    let database: BackupManifest['database'];
    if (key) {
      const sealed = copyFileSealed(snapshot, path.join(tmp, dbFile), key);
      const check = readFileSealed(path.join(tmp, dbFile), key);
      if (check.sha256 !== sealed.sha256) throw new AppError('Internal', 'Bản sao cơ sở dữ liệu đọc lại không khớp khi kiểm tra.');
      database = { file: dbFile, ...sealed };
      fs.rmSync(snapshot, { force: true });
      localDb = null;
    } else {
      const check = readFileSealed(snapshot, null);
      database = { file: dbFile, ...check };
      const fd = fs.openSync(snapshot, 'r');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    }
    progress(300, 1000);

    // 2. Files, listed after the snapshot: every file the snapshot refers to was stored before it.
    const files = listDataFiles(input.dataDir);
    const pool = poolDir(folder, encrypted);
    const poolTmp = path.join(pool, 'tmp');
    // Never mkdir -p here: a pulled USB drive must fail, not recreate the folder on the local disk.
    mkdirIn(folder, path.basename(pool));
    mkdirIn(pool, 'tmp');
    const touched = new Set<string>();
    const entries: BackupManifest['files'] = [];
    let copiedFiles = 0;
    let copiedBytes = 0;
    let totalBytes = 0;
    files.forEach((f, i) => {
      if (i % 64 === 0) progress(300 + Math.floor((i / Math.max(files.length, 1)) * 650), 1000);
      if (f.sha256) {
        const have = statSize(poolPath(folder, encrypted, f.sha256));
        if (have !== null && have === f.size + (encrypted ? ENC_OVERHEAD : 0)) {
          entries.push({ path: f.path, sha256: f.sha256, size: f.size });
          totalBytes += f.size;
          return;
        }
      }
      const t = path.join(poolTmp, `${randomBytes(8).toString('hex')}.part`);
      const copied = copyFileSealed(f.abs, t, key);
      if (f.sha256 && copied.sha256 !== f.sha256) {
        fs.rmSync(t, { force: true });
        throw appError('backup.dataFileBroken', { path: f.path }, { path: f.path });
      }
      const reread = readFileSealed(t, key);
      if (reread.sha256 !== copied.sha256) throw new AppError('Internal', `Tệp "${f.path}" đọc lại từ thư mục sao lưu không khớp.`);
      const final = poolPath(folder, encrypted, copied.sha256);
      if (statSize(final) === null) {
        mkdirIn(pool, path.basename(path.dirname(final)));
        fs.renameSync(t, final);
        touched.add(path.dirname(final));
        copiedFiles++;
        copiedBytes += copied.size;
      } else {
        fs.rmSync(t, { force: true });
      }
      entries.push({ path: f.path, sha256: copied.sha256, size: copied.size });
      totalBytes += copied.size;
    });
    for (const d of touched) fsyncDir(d);
    progress(950, 1000);

    // 3. The manifest, then the rename that makes the backup exist.
    const poolKey = key ? JSON.parse(fs.readFileSync(path.join(pool, 'key.json'), 'utf8')) : null;
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      name,
      createdAt: input.now,
      vanthuVersion: input.vanthuVersion,
      ...facts,
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
    return { dir, name, fileCount: entries.length, copiedFiles, copiedBytes, totalBytes, encrypted };
  } catch (err) {
    try {
      fs.rmSync(tmp, { recursive: true, force: true });
    } catch {
      // The folder may be gone (USB pulled); the temp name never looks like a backup anyway.
    }
    throw folderError(folder, err);
  } finally {
    if (localDb) fs.rmSync(localDb, { force: true });
    release();
  }
}

function mkdirIn(parent: string, name: string): void {
  try {
    fs.mkdirSync(path.join(parent, name));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

function statSize(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}
