/**
 * Antivirus with a real clamd (private config, hand-made EICAR signature database): clean files
 * pass, EICAR is refused with its name, moved to quarantine and audited; clamd down or a file
 * over its limit gives no verdict, and the agency setting decides (warn or block).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVanthu, testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { EICAR, startTestClamd, type TestClamd } from '../support/clamd';
import { needTools } from '../support/tools';

const tools = needTools('clamd');
describe.skipIf(tools.skip)(tools.title('antivirus: clamd INSTREAM'), () => {
  let clamd: TestClamd;
  const app = testApp();
  const dir = tempDataDir('vanthu-av-');
  const call = (name: string, input: unknown) => app.router.call(name, input, { transport: 'direct' });
  const settings = (antivirus: Record<string, unknown>) => call('intake.saveSettings', { antivirus });

  beforeAll(async () => {
    clamd = await startTestClamd({ streamMaxMb: 2 });
    await settings({ engine: 'clamd', clamdSocket: clamd.socket, whenUnavailable: 'block' });
  }, 60_000);
  afterAll(async () => {
    app.close();
    await clamd?.stop();
  });

  it('a clean file passes', async () => {
    fs.writeFileSync(path.join(dir, 'clean.txt'), 'Công văn số 12/UBND-VP\n');
    const r = await call('intake.avScan', { path: path.join(dir, 'clean.txt') });
    expect(r).toMatchObject({ ok: true, value: { verdict: 'clean', engine: 'clamd', signature: null } });
    expect((await call('intake.avStatus', {})) as unknown).toMatchObject({
      ok: true,
      value: { engine: 'clamd', available: true, version: expect.stringMatching(/ClamAV/) },
    });
  });

  it('EICAR is refused with the virus name, moved to quarantine and audited', async () => {
    const file = path.join(dir, 'cong-van.pdf');
    fs.writeFileSync(file, EICAR);
    const r = await call('intake.importFiles', { paths: [file] });
    expect(r.ok).toBe(false);
    const err = (r as { ok: false; error: { kind: string; message: string; details: { signature: string; quarantinedAs: string } } }).error;
    expect(err.kind).toBe('Infected');
    expect(err.message).toMatch(/nhiễm mã độc \(Test\.EICAR-(HDB|NDB)\.UNOFFICIAL\)/);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readFileSync(err.details.quarantinedAs, 'latin1')).toBe(EICAR);
    expect(fs.readFileSync(`${err.details.quarantinedAs}.reason.txt`, 'utf8')).toMatch(/Virus: Test\.EICAR/);
    const db = new Database(path.join(app.dataDirPath, 'vanthu.db'), { readonly: true });
    const rows = db.prepare("SELECT action, data FROM audit_log WHERE action = 'intake.infected'").all() as { data: string }[];
    db.close();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.data)).toMatchObject({ name: 'cong-van.pdf', engine: 'clamd' });
  });

  it('a file over the stream limit is not called clean (fail closed)', async () => {
    const big = path.join(dir, 'big.bin');
    fs.writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 0x41));
    // clamd's own limit (2 MiB here) cuts the stream: no verdict, so not clean.
    const r = await call('intake.avScan', { path: big });
    expect(r).toMatchObject({ ok: false, error: { kind: 'Offline', message: expect.stringMatching(/lớn hơn giới hạn quét/) } });
    // The client's limit refuses before sending a byte.
    await settings({ engine: 'clamd', clamdSocket: clamd.socket, whenUnavailable: 'block', clamdMaxMb: 1 });
    const r2 = await call('intake.avScan', { path: big });
    expect(r2).toMatchObject({ ok: false, error: { kind: 'Offline', message: expect.stringMatching(/lớn hơn giới hạn quét/) } });
    await settings({ engine: 'clamd', clamdSocket: clamd.socket, whenUnavailable: 'block' });
  });

  it('scanner unavailable: "block" refuses, "warn" lets the file in with a warning', async () => {
    await settings({ engine: 'clamd', clamdSocket: path.join(dir, 'no.sock'), whenUnavailable: 'block' });
    fs.writeFileSync(path.join(dir, 'x.txt'), 'x');
    const blocked = await call('intake.avScan', { path: path.join(dir, 'x.txt') });
    expect(blocked).toMatchObject({ ok: false, error: { kind: 'Offline', message: expect.stringMatching(/không được nhận/) } });
    await settings({ engine: 'clamd', clamdSocket: path.join(dir, 'no.sock'), whenUnavailable: 'warn' });
    const warned = await call('intake.avScan', { path: path.join(dir, 'x.txt') });
    expect(warned).toMatchObject({
      ok: true,
      value: { verdict: 'unavailable', warning: expect.stringMatching(/chưa được kiểm tra virus/) },
    });
    await settings({ engine: 'clamd', clamdSocket: clamd.socket, whenUnavailable: 'block' });
  });

  it('CLI: vanthu av-scan exits 8 (Infected) for EICAR, 0 for a clean file', () => {
    const data = tempDataDir();
    const env = { VANTHU_CLAMD_SOCKET: clamd.socket };
    fs.writeFileSync(path.join(dir, 'ok.txt'), 'ok');
    const ok = runVanthu(['--data', data, 'av-scan', path.join(dir, 'ok.txt'), '--json'], env);
    expect(ok.code).toBe(0);
    expect(ok.json()).toMatchObject({ verdict: 'clean' });
    fs.writeFileSync(path.join(dir, 'e.com'), EICAR);
    const bad = runVanthu(['--data', data, 'av-scan', path.join(dir, 'e.com'), '--json'], env);
    expect(bad.code).toBe(8);
    expect(bad.json()).toMatchObject({ ok: false, error: { kind: 'Infected' } });
  });
});
