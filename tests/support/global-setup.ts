import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startHsmTemplate } from './hsm-template';

/**
 * Integration tests drive the real CLI and browser-mode bundles: build the Node side when a source
 * is newer than the bundles (`npm test` has just built them: a rebuild there cost 5–7 s of a loaded
 * machine for nothing) and the renderer once if it was never built (`npm test` builds it before).
 * Also starts, in the background, the one SoftHSM token and test PKI that the signing test files
 * copy (hsm-template.ts): the first of them waits for it, the others find it ready.
 */
export default function setup(): () => void {
  const root = path.resolve(__dirname, '..', '..');
  const stopHsm = startHsmTemplate();

  if (nodeBundlesStale(root)) {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-node.mjs')], { cwd: root, stdio: 'inherit' });
  }
  if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  return stopHsm;
}

/** Sources of dist/main: our code, the build scripts and the installed packages (inlined zod, drizzle). */
const NODE_SOURCES = [
  'src-main',
  'src-shared',
  'scripts/build-node.mjs',
  'scripts/lazy-externals.mjs',
  'package.json',
  'package-lock.json',
];
const NODE_BUNDLES = ['cli', 'electron', 'serve', 'preload', 'intake-worker', 'long-work-worker'].map((b) => `dist/main/${b}.cjs`);

/** Newest modification time (ms) under a file or folder; 0 if it does not exist. */
function newestMtime(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted or renamed file changes its folder's time
  for (const e of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

/** Whether a Node bundle is missing or older than any of its sources (then build-node.mjs runs). */
function nodeBundlesStale(root: string): boolean {
  let oldestBundle = Infinity;
  for (const b of NODE_BUNDLES) {
    const t = newestMtime(path.join(root, b));
    if (t === 0) return true;
    oldestBundle = Math.min(oldestBundle, t);
  }
  return NODE_SOURCES.some((s) => newestMtime(path.join(root, s)) >= oldestBundle);
}
