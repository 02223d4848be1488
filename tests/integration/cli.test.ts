import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../support/browser-mode';
import { runVanthu, SAMPLE_AGENCY } from '../support/app-harness';

const initArgs = (dir: string, over: Partial<Record<string, string>> = {}) => {
  const a = { ...SAMPLE_AGENCY, ...over } as Record<string, string>;
  return [
    '--data',
    dir,
    'init',
    '--name',
    a.name!,
    '--parent',
    a.parentName!,
    '--code',
    a.code!,
    '--abbr',
    a.abbreviation!,
    '--address',
    a.address!,
    '--place',
    a.placeName!,
  ];
};

describe('vanthu CLI', () => {
  it('init then info --json round-trips the agency profile', () => {
    const dir = tempDataDir();
    const init = runVanthu([...initArgs(dir), '--json']);
    expect(init.code, init.stderr).toBe(0);
    const info = runVanthu(['--data', dir, 'info', '--json']);
    expect(info.code).toBe(0);
    expect(info.json()).toMatchObject({ firstRun: false, dataDir: dir, agency: { ...SAMPLE_AGENCY }, transport: 'cli' });
  });

  it('takes the data folder from VANTHU_DATA when --data is absent', () => {
    const dir = tempDataDir();
    expect(runVanthu(initArgs(dir).slice(2), { VANTHU_DATA: dir }).code).toBe(0);
    expect(runVanthu(['info', '--json'], { VANTHU_DATA: dir }).json()).toMatchObject({ dataDir: dir });
  });

  it('bad input exits non-zero with a clear message and writes nothing', () => {
    const dir = tempDataDir();
    const bad = runVanthu([...initArgs(dir, { code: 'ubnd tan phu', name: '   ' }), '--json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Mã định danh');
    expect(bad.stderr).toContain('Tên cơ quan không được để trống');
    expect(bad.json()).toMatchObject({ ok: false, error: { kind: 'Validation' } });
    expect(runVanthu(['--data', dir, 'info', '--json']).json()).toMatchObject({ firstRun: true, agency: null });
  });

  it('refuses to re-initialise without --force, and unknown options are usage errors', () => {
    const dir = tempDataDir();
    expect(runVanthu(initArgs(dir)).code).toBe(0);
    const again = runVanthu(initArgs(dir, { name: 'Sở Ngoại vụ' }));
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('--force');
    expect(runVanthu([...initArgs(dir, { name: 'Sở Ngoại vụ', abbreviation: 'SNgV' }), '--force']).code).toBe(0);
    expect(runVanthu(['--data', dir, 'info', '--json']).json()).toMatchObject({ agency: { name: 'Sở Ngoại vụ', abbreviation: 'SNgV' } });

    const usage = runVanthu(['--data', dir, 'info', '--frobnicate']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/unknown option/);
  });

  it('--version and --help answer without opening the data folder or loading the app', () => {
    const dir = path.join(tempDataDir(), 'not-yet');
    // Reports, at exit, which npm packages this process loaded (the app needs better-sqlite3 and zod).
    const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-probe-')), 'loaded.cjs');
    fs.writeFileSync(
      probe,
      `process.on('exit', () => process.stderr.write('LOADED ' + Object.keys(require.cache).filter((k) => /node_modules[\\\\/](better-sqlite3|sharp|@cantoo|pkijs|drizzle-orm)[\\\\/]/.test(k)).length + '\\n'));`,
    );
    const env = { NODE_OPTIONS: `--require ${probe}` };
    const version = runVanthu(['--data', dir, '--version'], env);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    for (const args of [
      ['--data', dir, '--help'],
      ['--data', dir, 'info', '--help'],
      ['--data', dir, 'sign', '--help'],
    ]) {
      const help = runVanthu(args, env);
      expect(help.code, args.join(' ')).toBe(0);
      expect(help.stdout, args.join(' ')).toMatch(/Usage: vanthu/);
      expect(help.stderr, args.join(' ')).toContain('LOADED 0');
    }
    expect(version.stderr).toContain('LOADED 0');
    expect(fs.existsSync(dir)).toBe(false);
    // the same probe does see the app load when a command runs
    const info = runVanthu(['--data', dir, 'info', '--json'], env);
    expect(info.code, info.stderr).toBe(0);
    expect(info.stderr).toMatch(/LOADED [1-9]/);
  });
});
