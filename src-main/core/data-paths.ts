import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appError } from '../../src-shared/rpc/errors';

export const APP_DIR_NAME = 'vanthu';

/** The platform's per-user data folder, the same one Electron's `app.getPath('userData')` gives. */
export function platformDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

/** `--data`, else `VANTHU_DATA`, else the platform's user-data folder. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag?.trim() || env.VANTHU_DATA?.trim() || platformDataDir(env);
  return path.resolve(chosen);
}

/**
 * Creates the folder and proves it is writable with a probe file, so an unwritable folder fails here
 * with a clear message instead of half-way through the first registration.
 */
export function ensureWritableDataDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
  } catch (err) {
    throw appError(
      'system.dataDirNotWritable',
      { dir, error: (err as NodeJS.ErrnoException).code ?? String(err) },
      {
        field: 'dataDir',
        dataDir: dir,
      },
    );
  }
}

/** Where the files of one data folder live. One database, one file store, logs. */
export function dataLayout(dataDir: string) {
  return {
    root: dataDir,
    database: path.join(dataDir, 'vanthu.db'),
    files: path.join(dataDir, 'files'),
    logs: path.join(dataDir, 'logs'),
    lock: path.join(dataDir, 'vanthu.lock'),
  };
}
