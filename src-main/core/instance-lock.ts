import fs from 'node:fs';
import { appError } from '../../src-shared/rpc/errors';
import { pidAlive } from './durable-file';

export interface InstanceLock {
  release(): void;
}

/**
 * One interactive app (Electron window or browser-mode server) per data folder. The CLI does not take
 * this lock: it may work beside the app, and SQLite transactions keep the two consistent.
 * A lock left by a crashed process (its pid is gone) is taken over.
 */
export function acquireInstanceLock(lockPath: string, owner: string): InstanceLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, owner, since: new Date().toISOString() }));
      fs.closeSync(fd);
      let held = true;
      return {
        release: () => {
          if (!held) return;
          held = false;
          fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid?: number; owner?: string } = {};
      try {
        holder = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as typeof holder;
      } catch {
        // An unreadable lock file is a leftover of a crash during its own write.
      }
      if (typeof holder.pid === 'number' && holder.pid !== process.pid && pidAlive(holder.pid)) {
        throw holder.owner === undefined
          ? appError('system.dataDirInUseByApp', { pid: holder.pid }, { pid: holder.pid })
          : appError('system.dataDirInUse', { owner: holder.owner, pid: holder.pid }, { pid: holder.pid });
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw appError('system.noLock');
}
