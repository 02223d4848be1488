import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appError } from '../../../src-shared/rpc/errors';

/**
 * Writes `bytes` to `target` atomically: a temp file in the same folder, fsync, rename. A crash or
 * a refusal half-way leaves either the old file or nothing — never a half-written signed PDF.
 */
export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', 0o644);
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (err) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    const error = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw appError('signing.writeFailed', { path: target, error }, { field: 'outputPath' });
  }
}

/** Checks where a signed PDF may be written before any token work starts. */
export function checkOutputPath(inputPath: string, outputPath: string, overwrite: boolean): string {
  const out = path.resolve(outputPath);
  const dir = path.dirname(out);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw appError('signing.folderMissing', { folder: dir }, { field: 'outputPath' });
  }
  if (fs.existsSync(out) && !overwrite) {
    throw appError('signing.outputExists', { path: out }, { field: 'outputPath' });
  }
  if (path.resolve(inputPath) === out && !overwrite) {
    throw appError('signing.outputIsInput', undefined, { field: 'outputPath' });
  }
  return out;
}

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
