// Keeps the native modules in node_modules built for the runtime that is about to load them.
//   node scripts/native-abi.mjs node|electron [--dry-run] [--stamp FILE]
//
// better-sqlite3 is built against one runtime's ABI: `npm ci` builds it for Node (tests, CLI,
// browser mode); Electron 40 has another ABI (node_modules/electron/abi_version) and refuses that
// build. pkcs11js and sharp use N-API and load in both, so better-sqlite3 is the only module switched.
// The stamp file records which runtime the modules were last built for, so `npm start` (Electron)
// rebuilds for Electron once, `npm test` afterwards rebuilds for Node once, and runs in between do
// nothing. Without a stamp (fresh `npm ci`) the Node build is probed by really loading it.
// Exit status: 0 ready (or nothing to do), 1 the rebuild or its check failed (message on stderr).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_MODULES = ['better-sqlite3'];

/** The key a build is stamped with: runtime, its module ABI, platform and architecture. */
export function abiKey(runtime, abi, platform = process.platform, arch = process.arch) {
  return `${runtime}-abi${abi}-${platform}-${arch}`;
}

/**
 * Decides what to do; pure. `stamp` is the stamp file's content or null; `nodeLoads` is asked only
 * when the stamp does not settle it (it runs a child process).
 * Returns { action: 'none' | 'rebuild' | 'stamp', key } — 'stamp' records a build found to be right.
 */
export function plan({ target, stamp, nodeAbi, electronAbi, nodeLoads }) {
  if (target !== 'node' && target !== 'electron') throw new Error(`unknown target "${target}" (node or electron)`);
  if (target === 'electron' && !electronAbi) throw new Error('Electron is not installed (node_modules/electron/abi_version missing)');
  const key = target === 'node' ? abiKey('node', nodeAbi) : abiKey('electron', electronAbi);
  const current = stamp?.trim() || null;
  if (current === key) return { action: 'none', key };
  // No stamp: `npm ci` built for the Node that ran it — true only if this Node really loads it.
  if (current === null && target === 'node') return nodeLoads() ? { action: 'stamp', key } : { action: 'rebuild', key };
  return { action: 'rebuild', key };
}

/** Loads each module in a child Node process (a crash there cannot take this one down). */
export function nodeLoads(cwd = ROOT) {
  const probe = `for (const m of ${JSON.stringify(NATIVE_MODULES)}) { const D = require(m); new D(':memory:').close(); }`;
  return spawnSync(process.execPath, ['-e', probe], { cwd, stdio: 'ignore' }).status === 0;
}

/** Electron's binary when installed (path.txt is written by its install script), else null. */
function electronBinary() {
  const txt = path.join(ROOT, 'node_modules', 'electron', 'path.txt');
  return fs.existsSync(txt) ? path.join(ROOT, 'node_modules', 'electron', 'dist', fs.readFileSync(txt, 'utf8').trim()) : null;
}

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
}

function rebuild(target) {
  if (target === 'node') {
    // better-sqlite3's own install script: a prebuilt binary for this Node, else node-gyp.
    run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['rebuild', ...NATIVE_MODULES]);
    if (!nodeLoads()) throw new Error('rebuilt for Node, but Node still cannot load it');
    return;
  }
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  run(path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-rebuild.cmd' : 'electron-rebuild'), [
    '--force',
    '--only',
    NATIVE_MODULES.join(','),
    '--version',
    version,
  ]);
  const bin = electronBinary();
  if (bin) {
    // Check with Electron's own Node: the window would otherwise fail at its first database call.
    const probe = `for (const m of ${JSON.stringify(NATIVE_MODULES)}) { const D = require(m); new D(':memory:').close(); }`;
    run(bin, ['-e', probe], { ...process.env, ELECTRON_RUN_AS_NODE: '1' });
  }
}

export function main(argv) {
  const target = argv[0];
  const dryRun = argv.includes('--dry-run');
  const stampAt = argv.indexOf('--stamp');
  const stampFile = stampAt >= 0 ? path.resolve(argv[stampAt + 1]) : path.join(ROOT, 'node_modules', '.vanthu-native-abi');
  const abiFile = path.join(ROOT, 'node_modules', 'electron', 'abi_version');
  const electronAbi = fs.existsSync(abiFile) ? fs.readFileSync(abiFile, 'utf8').trim() : null;
  const stamp = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : null;
  let decision;
  try {
    decision = plan({ target, stamp, nodeAbi: process.versions.modules, electronAbi, nodeLoads: () => nodeLoads() });
  } catch (err) {
    process.stderr.write(`vanthu: native modules: ${err.message}\n`);
    return 1;
  }
  const was = stamp?.trim() || 'unknown';
  if (dryRun) {
    process.stdout.write(`${decision.action} ${decision.key} (was ${was})\n`);
    return 0;
  }
  if (decision.action === 'rebuild') {
    process.stdout.write(`vanthu: rebuilding ${NATIVE_MODULES.join(', ')} for ${decision.key} (was ${was})…\n`);
    try {
      fs.rmSync(stampFile, { force: true }); // a rebuild that stops halfway leaves no stamp to trust
      rebuild(target);
    } catch (err) {
      process.stderr.write(`vanthu: could not build the native modules for ${target}: ${err.message}\n`);
      return 1;
    }
  }
  if (decision.action !== 'none') fs.writeFileSync(stampFile, `${decision.key}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
