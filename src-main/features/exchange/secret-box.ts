import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appError } from '../../../src-shared/rpc/errors';

/**
 * Encrypts small secrets (the hub secret) at rest. Electron wires an adapter over safeStorage (OS
 * keychain / DPAPI); the CLI and browser mode use `fileKeySecretBox`. Sealed values are opaque
 * strings; `open` of a value sealed by another box fails with a clear message.
 */
export interface SecretBox {
  readonly kind: string;
  seal(plain: string): string;
  open(sealed: string): string;
}

/**
 * AES-256-GCM with a random key kept beside the data (`<data>/exchange/secret.key`, mode 0600), or
 * taken from VANTHU_SECRET_KEY (base64, 32 bytes) when set. This keeps the secret out of the
 * database file (which is copied to backups) and out of logs; it is not a defence against someone
 * who can read the whole data folder — on the desktop, safeStorage is.
 */
export function fileKeySecretBox(dataDir: string, env: NodeJS.ProcessEnv = process.env): SecretBox {
  let key: Buffer | undefined;
  const loadKey = (): Buffer => {
    if (key) return key;
    const fromEnv = env.VANTHU_SECRET_KEY?.trim();
    if (fromEnv) {
      const k = Buffer.from(fromEnv, 'base64');
      if (k.length !== 32) throw appError('exchange.secretKeyEnvInvalid');
      return (key = k);
    }
    const file = path.join(dataDir, 'exchange', 'secret.key');
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      try {
        fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    const k = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (k.length !== 32) throw appError('exchange.secretKeyFileBroken', { file });
    return (key = k);
  };
  return {
    kind: 'file-key',
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', loadKey(), iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `fk1:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64')}`;
    },
    open(sealed) {
      if (!sealed.startsWith('fk1:')) throw appError('exchange.secretOtherScheme');
      const raw = Buffer.from(sealed.slice(4), 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', loadKey(), raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        throw appError('exchange.secretKeyChanged');
      }
    },
  };
}

/** The part of Electron's `safeStorage` the box needs (passed in from src-main/electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * The desktop adapter: OS keychain / DPAPI / libsecret through Electron's safeStorage. Falls back to
 * `fallback` (the file-key box) where the OS offers no encryption (a Linux session without a keyring),
 * so configuring the hub never silently stores the secret in clear.
 */
export function safeStorageSecretBox(safeStorage: SafeStorageLike, fallback: SecretBox): SecretBox {
  return {
    kind: safeStorage.isEncryptionAvailable() ? 'safe-storage' : fallback.kind,
    seal(plain) {
      if (!safeStorage.isEncryptionAvailable()) return fallback.seal(plain);
      return `ss1:${safeStorage.encryptString(plain).toString('base64')}`;
    },
    open(sealed) {
      if (!sealed.startsWith('ss1:')) return fallback.open(sealed);
      try {
        return safeStorage.decryptString(Buffer.from(sealed.slice(4), 'base64'));
      } catch {
        throw appError('exchange.secretOsKeyring');
      }
    },
  };
}
