/**
 * Writing files that survive a power cut, and telling whether a lock's owner still runs: the one
 * copy of what the file store, intake batches, backups and the outbox each need.
 */
import fs from 'node:fs';

/** Writes `data` and fsyncs it before closing: on disk when this returns. `flag: 'wx'` refuses an existing file. */
export function writeDurable(file: string, data: string | Uint8Array, opts: { flag?: 'w' | 'wx'; mode?: number } = {}): void {
  const fd = fs.openSync(file, opts.flag ?? 'w', opts.mode);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename or a new name in `dir` durable (Linux); Windows cannot open a directory for it. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** True while a process with this id runs (EPERM: it runs, as another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
