import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Integration tests drive the real CLI bundle; build the Node side once (about a second). */
export default function setup(): void {
  const root = path.resolve(__dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-node.mjs')], { cwd: root, stdio: 'inherit' });
}
