/**
 * Where things are, in a data folder and in a backup folder.
 *
 * Backup folder:
 *   files/<aa>/<sha256>           shared pool of plain blobs: stored files and 1 MiB database chunks
 *                                 (content-addressed, never rewritten)
 *   files-enc/<aa>/<sha256>       shared pool of encrypted blobs (named by the plain bytes' hash)
 *   files-enc/key.json            the pool's data key, sealed by the passphrase (kdf + wrapped key)
 *   vanthu-YYYYMMDD-HHMMSS/       one backup, named in Vietnam time: manifest.json (+ manifest.mac),
 *                                 listing its files and its database chunks (format 1 also held vanthu.db[.enc] here)
 *   .dang-ghi-*                   a backup being written (or left by a crash): never listed as a backup
 */
import fs from 'node:fs';
import path from 'node:path';
import { toVnIso } from '../../../src-shared/domain/vn-time';
import { AppError, appError } from '../../../src-shared/rpc/errors';

export const BACKUP_NAME = /^vanthu-\d{8}-\d{6}(-\d+)?$/;
export const TEMP_PREFIX = '.dang-ghi-';
export const MANIFEST = 'manifest.json';
export const MANIFEST_MAC = 'manifest.mac';
const SHA256 = /^[0-9a-f]{64}$/;

export function poolDir(folder: string, encrypted: boolean): string {
  return path.join(folder, encrypted ? 'files-enc' : 'files');
}

export function poolPath(folder: string, encrypted: boolean, sha256: string): string {
  return path.join(poolDir(folder, encrypted), sha256.slice(0, 2), sha256);
}

/** The name of a backup taken at `at`, in Vietnam time (what the clerk's clock shows), unique in `folder`. */
export function backupName(folder: string, at: Date): string {
  const iso = toVnIso(at);
  const base = `vanthu-${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
  let name = base;
  for (let i = 2; fs.existsSync(path.join(folder, name)); i++) name = `${base}-${i}`;
  return name;
}

/**
 * The parts of a data folder a backup keeps, besides the database: the content-addressed stores
 * (register files, exchange packets, scanned pages) and small state files (trust anchors, scan
 * batches). Not kept: logs, locks, temp and work folders, quarantined (infected) files, and the hub
 * secret's key file (a restored folder asks for the hub secret again; the key never leaves the PC).
 */
const KEPT: { dir: string; contentAddressed: boolean }[] = [
  { dir: 'files', contentAddressed: true },
  { dir: 'exchange/files', contentAddressed: true },
  { dir: 'intake/pages', contentAddressed: true },
  { dir: 'intake/batches', contentAddressed: false },
  { dir: 'trust', contentAddressed: false },
];

export interface DataFile {
  /** Path relative to the data folder, with forward slashes. */
  path: string;
  abs: string;
  size: number;
  /** Known from the name for content-addressed stores; otherwise computed when copied. */
  sha256: string | null;
}

function walk(abs: string, rel: string, out: DataFile[], contentAddressed: boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(abs, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const e of entries) {
    const a = path.join(abs, e.name);
    const r = `${rel}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name === 'tmp') continue;
      walk(a, r, out, contentAddressed);
    } else if (e.isFile()) {
      if (e.name.endsWith('.tmp')) continue;
      if (contentAddressed && !SHA256.test(e.name)) continue;
      out.push({ path: r, abs: a, size: fs.statSync(a).size, sha256: contentAddressed ? e.name : null });
    }
  }
}

export function listDataFiles(dataDir: string): DataFile[] {
  const out: DataFile[] = [];
  for (const k of KEPT) walk(path.join(dataDir, ...k.dir.split('/')), k.dir, out, k.contentAddressed);
  return out;
}

/** Refuses a manifest path that would escape the new data folder or land outside the kept folders. */
export function safeDataPath(rel: string): string {
  const parts = rel.split('/');
  const ok =
    parts.every((p) => p !== '' && p !== '.' && p !== '..' && !p.includes('\\') && !p.includes(':')) &&
    KEPT.some((k) => rel.startsWith(`${k.dir}/`));
  if (!ok) throw appError('backup.badPath', { path: rel }, { path: rel });
  return path.join(...parts);
}

/** A clear Vietnamese message for a file-system failure on the backup folder (full, read-only, gone). */
export function folderError(folder: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const details = { folder, code };
  if (code === 'ENOSPC') return appError('backup.folderFull', { folder }, details);
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return appError('backup.folderReadOnly', { folder }, details);
  if (code === 'ENOENT' || code === 'EIO' || code === 'ENODEV' || code === 'ENXIO')
    return appError('backup.folderGone', { folder }, details);
  return appError('backup.folderFailed', { folder, error: code || (err as Error).message }, details);
}
