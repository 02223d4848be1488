/**
 * The data key of a backup folder's encrypted pool (`files-enc/key.json`): created on the first
 * encrypted backup, sealed with the passphrase. Every later encrypted backup to the same folder must
 * use the same passphrase (the pool is shared), which is checked before anything is written.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { writeDurable } from '../../core/durable-file';
import path from 'node:path';
import { z } from 'zod';
import { BackupKdfSchema } from '../../../src-shared/contracts/backup.contract';
import { appError } from '../../../src-shared/rpc/errors';
import { deriveKey, newKdf, unwrapKey, wrapKey } from './backup-crypto';
import { poolDir } from './backup-layout';

const PoolKeySchema = z.object({ kdf: BackupKdfSchema, wrappedKey: z.string().min(1).max(500) });

export function openPoolKey(folder: string, passphrase: string): Buffer {
  const pool = poolDir(folder, true);
  const file = path.join(pool, 'key.json');
  if (fs.existsSync(file)) {
    let stored: z.output<typeof PoolKeySchema>;
    try {
      stored = PoolKeySchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch {
      throw appError('backup.keyFileBroken', { file });
    }
    try {
      return unwrapKey(stored.wrappedKey, deriveKey(passphrase, stored.kdf));
    } catch {
      throw appError('backup.otherPassphrase', undefined, { field: 'passphrase' });
    }
  }
  try {
    fs.mkdirSync(pool);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const key = randomBytes(32);
  const kdf = newKdf();
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  writeDurable(tmp, JSON.stringify({ kdf, wrappedKey: wrapKey(key, deriveKey(passphrase, kdf)) }), { flag: 'wx' });
  fs.renameSync(tmp, file);
  return key;
}
