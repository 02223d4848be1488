/**
 * scripts/native-abi.mjs, the switch between better-sqlite3 built for Node and for Electron, run as
 * the real script in a child process against stamp files in a temp folder. Rebuilds are only ever
 * planned here (--dry-run): node_modules is real and must stay built for the Node running the tests.
 * What runs without --dry-run is the path that needs no rebuild (probe, then stamp).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'native-abi.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-abi-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const platform = `${process.platform}-${process.arch}`;
const NODE_KEY = `node-abi${process.versions.modules}-${platform}`;
const ELECTRON_ABI = fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
const ELECTRON_KEY = `electron-abi${ELECTRON_ABI}-${platform}`;

let n = 0;
function stampWith(content: string | null): string {
  const file = path.join(dir, `stamp-${n++}`);
  if (content !== null) fs.writeFileSync(file, `${content}\n`);
  return file;
}
function script(...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}

describe('native-abi.mjs (which runtime better-sqlite3 is built for)', () => {
  it('Electron has another ABI than this Node, so the switch is needed at all', () => {
    expect(ELECTRON_ABI).toMatch(/^\d+$/);
    expect(ELECTRON_ABI).not.toBe(process.versions.modules);
  });

  it('without a stamp, probes the Node build by loading it, and stamps it without rebuilding', () => {
    const stamp = stampWith(null);
    expect(script('node', '--dry-run', '--stamp', stamp)).toMatchObject({ status: 0, out: `stamp ${NODE_KEY} (was unknown)` });
    expect(fs.existsSync(stamp)).toBe(false); // a dry run writes nothing
    expect(script('node', '--stamp', stamp)).toMatchObject({ status: 0, out: '' });
    expect(fs.readFileSync(stamp, 'utf8')).toBe(`${NODE_KEY}\n`);
    // and the next run has nothing to do
    expect(script('node', '--dry-run', '--stamp', stamp).out).toBe(`none ${NODE_KEY} (was ${NODE_KEY})`);
  });

  it('after an Electron build, `npm test` (target node) rebuilds for Node', () => {
    expect(script('node', '--dry-run', '--stamp', stampWith(ELECTRON_KEY))).toMatchObject({
      status: 0,
      out: `rebuild ${NODE_KEY} (was ${ELECTRON_KEY})`,
    });
  });

  it('`npm start` with Electron rebuilds for Electron after a Node build or with no stamp, once', () => {
    expect(script('electron', '--dry-run', '--stamp', stampWith(NODE_KEY)).out).toBe(`rebuild ${ELECTRON_KEY} (was ${NODE_KEY})`);
    expect(script('electron', '--dry-run', '--stamp', stampWith(null)).out).toBe(`rebuild ${ELECTRON_KEY} (was unknown)`);
    const built = stampWith(ELECTRON_KEY);
    expect(script('electron', '--stamp', built)).toMatchObject({ status: 0, out: '' });
    expect(fs.readFileSync(built, 'utf8')).toBe(`${ELECTRON_KEY}\n`);
  });

  it('a build for another Node (upgraded since) or another Electron counts as wrong', () => {
    expect(script('node', '--dry-run', '--stamp', stampWith(`node-abi1-${platform}`)).out).toBe(
      `rebuild ${NODE_KEY} (was node-abi1-${platform})`,
    );
    expect(script('electron', '--dry-run', '--stamp', stampWith(`electron-abi1-${platform}`)).out).toMatch(/^rebuild /);
  });

  it('refuses an unknown target with a message and exit 1', () => {
    expect(script('chrome', '--dry-run', '--stamp', stampWith(null))).toMatchObject({
      status: 1,
      err: expect.stringContaining('unknown target "chrome"'),
    });
  });
});
