/**
 * Encryption of backups: AES-256-GCM (node:crypto) with a random 32-byte data key per backup folder;
 * the data key is sealed with a key derived from the passphrase by scrypt, whose parameters and salt
 * are recorded in every manifest. Files are encrypted and decrypted in 1 MiB chunks (memory bounded,
 * never a whole database in RAM). Encrypted file layout: "VTBK1" | iv (12) | ciphertext | tag (16).
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, scryptSync, type DecipherGCM } from 'node:crypto';
import fs from 'node:fs';
import type { BackupKdf } from '../../../src-shared/contracts/backup.contract';
import { appError } from '../../../src-shared/rpc/errors';

const MAGIC = Buffer.from('VTBK1');
const IV_LEN = 12;
const TAG_LEN = 16;
export const CHUNK = 1 << 20;

/** scrypt N=2^15, r=8, p=1: about 0.1 s and 32 MiB per derivation on an office PC. */
export function newKdf(): BackupKdf {
  return { algorithm: 'scrypt', N: 1 << 15, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
}

export function deriveKey(passphrase: string, kdf: BackupKdf): Buffer {
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * kdf.N * kdf.r,
  });
}

export function wrapKey(dataKey: Buffer, kek: Buffer): string {
  const iv = randomBytes(IV_LEN);
  const c = createCipheriv('aes-256-gcm', kek, iv);
  const ct = Buffer.concat([c.update(dataKey), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64');
}

export function unwrapKey(wrapped: string, kek: Buffer): Buffer {
  const raw = Buffer.from(wrapped, 'base64');
  try {
    const d = createDecipheriv('aes-256-gcm', kek, raw.subarray(0, IV_LEN));
    d.setAuthTag(raw.subarray(IV_LEN, IV_LEN + TAG_LEN));
    const key = Buffer.concat([d.update(raw.subarray(IV_LEN + TAG_LEN)), d.final()]);
    if (key.length !== 32) throw new Error('bad key length');
    return key;
  } catch {
    throw appError('backup.wrongPassphrase', undefined, { field: 'passphrase' });
  }
}

/** A MAC over the manifest text, so an encrypted backup's manifest cannot be edited unnoticed. */
export function manifestMac(dataKey: Buffer, text: string): string {
  return createHmac('sha256', createHash('sha256').update(dataKey).update('manifest').digest()).update(text).digest('hex');
}

/** One read buffer for the synchronous copy/read loops below (never two at once): no 1 MiB garbage per file. */
let readBuffer: Buffer | null = null;
const chunkBuffer = () => (readBuffer ??= Buffer.allocUnsafe(CHUNK));

function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

/** The bytes of a sealed file for `plain` (MAGIC | iv | ciphertext | tag), or `plain` itself without a key. */
export function sealBuffer(plain: Buffer, key: Buffer | null): Buffer {
  if (!key) return plain;
  const iv = randomBytes(IV_LEN);
  const c = createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([MAGIC, iv, c.update(plain), c.final(), c.getAuthTag()]);
}

/**
 * Copies `src` to `dst` (created exclusively), encrypting when a key is given, and returns the
 * sha256 and size of the plain bytes read. fsyncs `dst` unless `sync` is false (the caller then
 * fsyncs it, e.g. many files in parallel, before giving it its final name).
 */
export function copyFileSealed(src: string, dst: string, key: Buffer | null, sync = true): { sha256: string; size: number } {
  const hash = createHash('sha256');
  const input = fs.openSync(src, 'r');
  let output: number | undefined;
  try {
    output = fs.openSync(dst, 'wx');
    const iv = randomBytes(IV_LEN);
    const cipher = key ? createCipheriv('aes-256-gcm', key, iv) : null;
    if (cipher) writeAll(output, Buffer.concat([MAGIC, iv]));
    const buf = chunkBuffer();
    let size = 0;
    for (;;) {
      const n = fs.readSync(input, buf, 0, CHUNK, null);
      if (n === 0) break;
      const chunk = buf.subarray(0, n);
      hash.update(chunk);
      writeAll(output, cipher ? cipher.update(chunk) : chunk);
      size += n;
    }
    if (cipher) writeAll(output, Buffer.concat([cipher.final(), cipher.getAuthTag()]));
    if (sync) fs.fsyncSync(output);
    return { sha256: hash.digest('hex'), size };
  } finally {
    fs.closeSync(input);
    if (output !== undefined) fs.closeSync(output);
  }
}

/**
 * Reads a backup file (decrypting when a key is given), optionally writing the plain bytes to `dst`
 * (a path, created exclusively, or an open descriptor the caller appends to and syncs), and returns
 * their sha256 (empty when `hash` is false: an encrypted file is then checked by its tag alone) and
 * size. A tampered or truncated encrypted file fails its tag check: the AppError names the file; a
 * partial `dst` path is removed.
 */
export function readFileSealed(
  src: string,
  key: Buffer | null,
  dst?: string | number,
  hash: boolean = true,
): { sha256: string; size: number } {
  const hasher = hash ? createHash('sha256') : null;
  const input = fs.openSync(src, 'r');
  let output: number | undefined;
  const ownOutput = typeof dst === 'string';
  const damaged = (flaw: 'truncated' | 'notBackup' | 'authFailed') => appError('backup.fileDamaged', { file: src, flaw }, { file: src });
  try {
    if (typeof dst === 'string') output = fs.openSync(dst, 'wx');
    else if (typeof dst === 'number') output = dst;
    const total = fs.fstatSync(input).size;
    let pos = 0;
    let end = total;
    let decipher: DecipherGCM | null = null;
    if (key) {
      if (total < MAGIC.length + IV_LEN + TAG_LEN) throw damaged('truncated');
      const head = Buffer.alloc(MAGIC.length + IV_LEN);
      fs.readSync(input, head, 0, head.length, 0);
      if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw damaged('notBackup');
      const tag = Buffer.alloc(TAG_LEN);
      fs.readSync(input, tag, 0, TAG_LEN, total - TAG_LEN);
      decipher = createDecipheriv('aes-256-gcm', key, head.subarray(MAGIC.length));
      decipher.setAuthTag(tag);
      pos = head.length;
      end = total - TAG_LEN;
    }
    const buf = chunkBuffer();
    let size = 0;
    while (pos < end) {
      const n = fs.readSync(input, buf, 0, Math.min(CHUNK, end - pos), pos);
      if (n === 0) throw damaged('truncated');
      pos += n;
      const plain = decipher ? decipher.update(buf.subarray(0, n)) : buf.subarray(0, n);
      hasher?.update(plain);
      if (output !== undefined) writeAll(output, plain);
      size += plain.length;
    }
    if (decipher) {
      try {
        decipher.final();
      } catch {
        throw damaged('authFailed');
      }
    }
    if (output !== undefined && ownOutput) fs.fsyncSync(output);
    return { sha256: hasher ? hasher.digest('hex') : '', size };
  } catch (err) {
    if (output !== undefined && ownOutput) {
      fs.closeSync(output);
      output = undefined;
      fs.rmSync(dst as string, { force: true });
    }
    throw err;
  } finally {
    fs.closeSync(input);
    if (output !== undefined && ownOutput) fs.closeSync(output);
  }
}

/** sha256 and size of a plain file, read in 1 MiB chunks. */
export function hashFile(file: string): { sha256: string; size: number } {
  return readFileSealed(file, null);
}
