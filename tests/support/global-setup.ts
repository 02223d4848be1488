import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Integration tests drive the real CLI and browser-mode bundles: build the Node side every run
 * (about a second) and the renderer once if it was never built (`npm test` builds it before).
 */
export default function setup(): void {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-node.mjs')], { cwd: root, stdio: 'inherit' });
  if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
}
