import path from 'node:path';

/** What the check looks at; the defaults are this process. */
export interface ProcessFacts {
  /** process.versions.electron: set under Electron (also with ELECTRON_RUN_AS_NODE). */
  electronVersion: string | undefined;
  /** process.resourcesPath: Electron's resources folder (…/resources beside the executable). */
  resourcesPath: string | undefined;
  /** The file the bridge code runs from (the bundle in dist/main, or the source under Vitest). */
  modulePath: string;
}

export function currentProcessFacts(modulePath: string = __filename): ProcessFacts {
  return {
    electronVersion: process.versions.electron,
    resourcesPath: (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath,
    modulePath,
  };
}

const isInside = (file: string, dir: string) => {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/**
 * Is this code running from an installed (packaged) vanthu? electron-builder puts the app in
 * `resources/app.asar` (or `resources/app` without asar). So: code loaded from inside an
 * `app.asar` archive, under any runtime; or, under Electron, code inside its resources folder's
 * `app`/`app.asar`. A development run (`electron dist/main/electron.cjs`, node, Vitest) is neither.
 * This is a fact of the process, not a flag a caller passes, so no caller can switch it off.
 */
export function runningPackaged(facts: ProcessFacts = currentProcessFacts()): boolean {
  const parts = facts.modulePath.split(/[\\/]+/);
  if (parts.some((p) => p.toLowerCase() === 'app.asar')) return true;
  if (!facts.electronVersion || !facts.resourcesPath) return false;
  return ['app', 'app.asar'].some((name) => isInside(facts.modulePath, path.join(facts.resourcesPath!, name)));
}

/** Throws when packaged: the HTTP bridge (browser mode) is a development and test transport only. */
export function assertNotPackaged(facts: ProcessFacts = currentProcessFacts()): void {
  if (runningPackaged(facts)) {
    throw new Error(
      'Cầu nối HTTP (chế độ trình duyệt) không chạy trong bản cài đặt của ứng dụng (the HTTP bridge refuses to run in a packaged application).',
    );
  }
}
