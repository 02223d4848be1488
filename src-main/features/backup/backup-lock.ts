import fs from 'node:fs';
import path from 'node:path';
import { pidAlive } from '../../core/durable-file';
import { appError } from '../../../src-shared/rpc/errors';

/**
 * One backup (or retention sweep) at a time per backup folder, across processes (app and CLI):
 * `<folder>/.vanthu-backup.lock` holds the writer's pid; a lock whose process is gone is taken over.
 */
export function acquireFolderLock(folder: string): () => void {
  const file = path.join(folder, '.vanthu-backup.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pidAlive(pid)) break;
      fs.rmSync(file, { force: true });
    }
  }
  throw appError('backup.folderLocked', { folder }, { folder });
}
