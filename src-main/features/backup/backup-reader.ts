/**
 * Reading backups: the list of a folder, a full verification, and restore into a NEW data folder.
 * Nothing here writes into a backup folder or into an existing data folder. A restore is assembled
 * under a temporary name beside the target, every byte checked against the manifest (and, when
 * encrypted, against the GCM tags), the database checked with integrity_check, and only then renamed
 * to the target: a failed restore leaves no folder that looks usable.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fsyncDir } from '../../core/durable-file';
import Database from 'better-sqlite3';
import {
  BACKUP_FORMAT,
  BackupManifestSchema,
  type BackupManifest,
  type BackupSummary,
  type BackupVerifyResult,
} from '../../../src-shared/contracts/backup.contract';
import { AppError, appError } from '../../../src-shared/rpc/errors';
import { deriveKey, manifestMac, readFileSealed, unwrapKey } from './backup-crypto';
import { BACKUP_NAME, MANIFEST, MANIFEST_MAC, poolPath, safeDataPath } from './backup-layout';
import { checkIntegrity } from './backup-snapshot';

const MAX_MANIFEST_BYTES = 512 * 1024 * 1024;

export function summaryOf(dir: string, m: BackupManifest): BackupSummary {
  return {
    dir,
    name: m.name,
    createdAt: m.createdAt,
    vanthuVersion: m.vanthuVersion,
    schemaVersion: m.schemaVersion,
    agency: m.agency,
    counts: m.counts,
    lastNumbers: m.lastNumbers,
    fileCount: m.files.length,
    totalBytes: m.totalBytes,
    encrypted: m.encryption !== null,
  };
}

/** Reads and checks a manifest; a missing, truncated or edited one is refused with a clear message. */
export function readManifest(dir: string): { manifest: BackupManifest; text: string } {
  const file = path.join(dir, MANIFEST);
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_MANIFEST_BYTES) throw appError('backup.manifestTooBig', { file });
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw appError('backup.notABackup', { dir, manifest: MANIFEST }, { dir });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw appError(
      'backup.manifestBroken',
      { dir },
      {
        dir,
      },
    );
  }
  const parsed = BackupManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const format = (raw as { format?: unknown } | null)?.format;
    if (typeof format === 'number' && format > BACKUP_FORMAT)
      throw appError(
        'backup.newerFormat',
        { dir, format: String(format) },
        {
          dir,
        },
      );
    throw appError(
      'backup.manifestInvalid',
      { dir, problem: parsed.error.issues[0]?.message ?? '' },
      {
        dir,
      },
    );
  }
  return { manifest: parsed.data, text };
}

/** The data key of an encrypted backup (checked against the manifest's MAC), or null when plain. */
export function openBackupKey(dir: string, m: BackupManifest, text: string, passphrase: string | undefined): Buffer | null {
  if (!m.encryption) return null;
  if (passphrase === undefined) throw appError('backup.passphraseNeeded', undefined, { field: 'passphrase' });
  const key = unwrapKey(m.encryption.wrappedKey, deriveKey(passphrase, m.encryption.kdf));
  let mac = '';
  try {
    mac = fs.readFileSync(path.join(dir, MANIFEST_MAC), 'utf8').trim();
  } catch {
    // handled below
  }
  const want = Buffer.from(manifestMac(key, text), 'hex');
  const got = Buffer.from(mac, 'hex');
  if (got.length !== want.length || !timingSafeEqual(got, want)) throw appError('backup.manifestTampered', { dir }, { dir });
  return key;
}

export function listBackups(folder: string): { items: BackupSummary[]; problems: { dir: string; problem: string }[] } {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    throw appError('backup.folderUnreadable', { folder }, { folder });
  }
  const items: BackupSummary[] = [];
  const problems: { dir: string; problem: string }[] = [];
  for (const n of names
    .filter((x) => BACKUP_NAME.test(x))
    .sort()
    .reverse()) {
    const dir = path.join(folder, n);
    try {
      items.push(summaryOf(dir, readManifest(dir).manifest));
    } catch (err) {
      problems.push({ dir, problem: (err as Error).message });
    }
  }
  return { items, problems };
}

type Progress = (done: number, total: number) => void;

/** integrity_check of an assembled snapshot (a private copy: opened read-write, its -wal/-shm go at close). */
function checkDatabaseFile(file: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    checkIntegrity(db);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw appError('backup.databaseUnreadable', { error: (err as Error).message });
  } finally {
    db?.close();
  }
}

function expectSame(what: string, got: { sha256: string; size: number }, want: { sha256: string; size: number }): void {
  if (got.sha256 !== want.sha256 || got.size !== want.size) throw appError('backup.hashMismatch', { what }, { what });
}

/**
 * Writes the backup's database to `dest` (a new file), checking every chunk's hash (format 2) or the
 * file's (format 1) against the manifest, and fsyncs it.
 */
function assembleDatabase(dir: string, m: BackupManifest, key: Buffer | null, dest: string): void {
  const db = m.database;
  if (!('chunks' in db)) {
    expectSame('cơ sở dữ liệu', readFileSealed(path.join(dir, db.file), key, dest), db);
    return;
  }
  const folder = path.dirname(dir);
  const fd = fs.openSync(dest, 'wx');
  try {
    let size = 0;
    db.chunks.forEach((sha256, i) => {
      const want = Math.min(db.chunkSize, db.size - i * db.chunkSize);
      let got;
      try {
        got = readFileSealed(poolPath(folder, key !== null, sha256), key, fd);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw appError('backup.missingChunk', { index: i + 1 }, { chunk: sha256 });
        throw err;
      }
      expectSame(`phần ${i + 1} của cơ sở dữ liệu`, got, { sha256, size: want });
      size += got.size;
    });
    if (size !== db.size) throw appError('backup.dbTooSmall');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Re-reads every byte of a backup; problems are collected (all of them), not thrown. */
export function verifyBackup(dir: string, passphrase: string | undefined, progress: Progress): BackupVerifyResult {
  const { manifest, text } = readManifest(dir);
  const key = openBackupKey(dir, manifest, text, passphrase);
  const folder = path.dirname(dir);
  const problems: string[] = [];
  const total = manifest.files.length + 1;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-verify-'));
  try {
    const plainDb = path.join(scratch, 'vanthu.db');
    assembleDatabase(dir, manifest, key, plainDb);
    checkDatabaseFile(plainDb);
  } catch (err) {
    problems.push((err as Error).message);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  progress(1, total);
  const seen = new Set<string>();
  manifest.files.forEach((f, i) => {
    if (i % 64 === 0) progress(i + 1, total);
    if (seen.has(f.sha256)) return;
    seen.add(f.sha256);
    try {
      expectSame(`tệp "${f.path}"`, readFileSealed(poolPath(folder, key !== null, f.sha256), key), f);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push(code === 'ENOENT' ? `Thiếu tệp "${f.path}" trong thư mục sao lưu.` : (err as Error).message);
    }
  });
  progress(total, total);
  return { ok: problems.length === 0, checkedFiles: seen.size, problems, summary: summaryOf(dir, manifest) };
}

export interface RestoreChecks {
  /** Migrations this vanthu knows; a backup with a newer schema is refused. */
  knownSchema: number;
  vanthuVersion: string;
  /** The agency of the current data folder, if any: another agency's backup needs confirmation. */
  currentAgencyCode: string | null;
  acceptOtherAgency: boolean;
}

function newerVersion(a: string, b: string): boolean {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  return false;
}

/** Refusals that need no byte of the backup read: newer vanthu, another agency (unless accepted). */
export function checkRestorable(m: BackupManifest, c: RestoreChecks): void {
  if (m.schemaVersion > c.knownSchema || newerVersion(m.vanthuVersion, c.vanthuVersion))
    throw appError(
      'backup.newerVersion',
      { version: m.vanthuVersion, schema: m.schemaVersion, current: c.vanthuVersion, currentSchema: c.knownSchema },
      { backupVersion: m.vanthuVersion, schemaVersion: m.schemaVersion },
    );
  if (c.currentAgencyCode && m.agency && m.agency.code !== c.currentAgencyCode && !c.acceptOtherAgency)
    throw appError(
      'backup.otherAgency',
      { name: m.agency.name, code: m.agency.code, current: c.currentAgencyCode ?? '' },
      { otherAgency: true, backupAgency: m.agency, currentAgencyCode: c.currentAgencyCode },
    );
}

export function restoreBackup(
  dir: string,
  into: string,
  passphrase: string | undefined,
  checks: RestoreChecks,
  progress: Progress,
): BackupSummary {
  const { manifest, text } = readManifest(dir);
  checkRestorable(manifest, checks);
  const key = openBackupKey(dir, manifest, text, passphrase);
  const target = path.resolve(into);
  if (fs.existsSync(target) && (!fs.statSync(target).isDirectory() || fs.readdirSync(target).length > 0))
    throw appError('backup.targetNotEmpty', { target }, { field: 'into' });
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  const tmp = path.join(parent, `.${path.basename(target)}.dang-khoi-phuc-${randomBytes(4).toString('hex')}`);
  const folder = path.dirname(dir);
  try {
    fs.mkdirSync(tmp);
    const total = manifest.files.length + 1;
    const db = path.join(tmp, 'vanthu.db');
    assembleDatabase(dir, manifest, key, db);
    checkDatabaseFile(db);
    progress(1, total);
    const dirs = new Set<string>();
    manifest.files.forEach((f, i) => {
      if (i % 64 === 0) progress(i + 1, total);
      const dest = path.join(tmp, safeDataPath(f.path));
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      dirs.add(path.dirname(dest));
      let got;
      try {
        got = readFileSealed(poolPath(folder, key !== null, f.sha256), key, dest);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw appError('backup.fileMissing', { path: f.path }, { path: f.path });
        throw err;
      }
      expectSame(`tệp "${f.path}"`, got, f);
    });
    for (const d of dirs) fsyncDir(d);
    fsyncDir(tmp);
    if (fs.existsSync(target)) fs.rmdirSync(target);
    fs.renameSync(tmp, target);
    fsyncDir(parent);
    progress(total, total);
    return summaryOf(dir, manifest);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}
