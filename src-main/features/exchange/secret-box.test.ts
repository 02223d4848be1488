import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKeySecretBox, safeStorageSecretBox } from './secret-box';

describe('fileKeySecretBox', () => {
  it('seals with a key file kept beside the data, opens it again, and refuses another key', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'box-'));
    const box = fileKeySecretBox(dir, {});
    const sealed = box.seal('bí-mật');
    expect(sealed).not.toContain('bí-mật');
    expect(box.seal('bí-mật')).not.toBe(sealed); // random IV
    expect(fileKeySecretBox(dir, {}).open(sealed)).toBe('bí-mật');
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dir, 'exchange', 'secret.key')).mode & 0o077).toBe(0);
    const other = fileKeySecretBox(fs.mkdtempSync(path.join(os.tmpdir(), 'box-')), {});
    expect(() => other.open(sealed)).toThrow(/cấu hình lại/);
    const fromEnv = fileKeySecretBox(dir, { VANTHU_SECRET_KEY: Buffer.alloc(32, 1).toString('base64') });
    expect(fromEnv.open(fromEnv.seal('x'))).toBe('x');
    expect(() => fromEnv.open(sealed)).toThrow(/cấu hình lại/);
  });
});

describe('safeStorageSecretBox', () => {
  it('uses the OS store when available and the file key otherwise', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'box-'));
    const fallback = fileKeySecretBox(dir, {});
    let available = true;
    const fake = {
      isEncryptionAvailable: () => available,
      encryptString: (s: string) => Buffer.from([...Buffer.from(s)].reverse()),
      decryptString: (b: Buffer) => Buffer.from([...b].reverse()).toString(),
    };
    const box = safeStorageSecretBox(fake, fallback);
    const sealed = box.seal('k');
    expect(sealed.startsWith('ss1:')).toBe(true);
    expect(box.open(sealed)).toBe('k');
    available = false;
    const viaFile = safeStorageSecretBox(fake, fallback).seal('k2');
    expect(viaFile.startsWith('fk1:')).toBe(true);
    expect(box.open(viaFile)).toBe('k2');
  });
});
