import fs from 'node:fs';
import path from 'node:path';

declare const process: NodeJS.Process & { resourcesPath?: string };

/**
 * Finds a folder shipped beside the code (`migrations`, `resources`): in a packaged app it sits in
 * Electron's resources folder (extraResources); from a checkout it is two levels above both
 * `src-main/core` (sources under Vitest) and `dist/main` (bundles).
 */
export function shippedDir(name: 'migrations' | 'resources'): string {
  const candidates = [
    process.env[`VANTHU_${name.toUpperCase()}_DIR`],
    process.resourcesPath ? path.join(process.resourcesPath, name) : undefined,
    path.resolve(__dirname, '..', '..', name),
  ].filter((c): c is string => typeof c === 'string' && c.length > 0);
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(`shipped folder "${name}" not found (looked in ${candidates.join(', ')})`);
}
