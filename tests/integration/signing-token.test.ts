/**
 * The token bridge: listing without a PIN, vendor libraries that crash or are not libraries at all
 * (probed in a child process: the app survives), a wrong PIN, a locked token, and the PIN never
 * reaching a log line.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src-main/app/create-app';
import { candidateModules } from '../../src-main/features/signing/token/module-discovery';
import type { ModuleReport } from '../../src-shared/contracts/signing.contract';
import { runVanthu, testApp } from '../support/app-harness';
import { appendixPdf } from '../support/signing-fixtures';
import { setupSoftHsm, type TestToken } from '../support/softhsm';
import { needTools, SIGNING_TOOLS } from '../support/tools';

const tools = needTools(...SIGNING_TOOLS);
const cc = needTools('cc');

describe.skipIf(tools.skip)(tools.title('signing: token bridge (SoftHSM2)'), () => {
  let tk: TestToken;
  let app: App & { dataDirPath: string };
  let dir: string;
  let pdf: string;
  const call = (name: string, input: unknown) => app.router.call(name, input, { transport: 'direct' });
  /** signing.sign's input: the appendix PDF signed with key 01 of the test token as an attachment, changed by `over`. */
  const signInput = (over: Record<string, unknown>) => ({
    modulePath: tk.module,
    token: tk.token,
    keyId: '01',
    pin: tk.pin,
    inputPath: pdf,
    appearance: { kind: 'attachment' },
    number: '05/QĐ-UBND',
    ...over,
  });

  beforeAll(async () => {
    tk = setupSoftHsm();
    app = testApp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-token-'));
    pdf = path.join(dir, 'phu-luc.pdf');
    fs.writeFileSync(pdf, await appendixPdf());
  }, 120_000);
  afterAll(() => {
    app?.close();
    for (const d of [tk?.work, dir]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  it('lists tokens and certificates without a PIN; the locked token carries a warning', async () => {
    const r = await call('signing.listTokens', { modulePath: tk.module });
    expect(r.ok).toBe(true);
    const [mod] = (r as { value: { modules: ModuleReport[] } }).value.modules;
    expect(mod).toMatchObject({ ok: true, library: { manufacturer: 'SoftHSM' } });
    const test = mod!.tokens.find((t) => t.label === tk.token)!;
    expect(test.certificates.find((c) => c.id === '02')).toMatchObject({
      commonName: 'Nguyễn Văn Thử',
      keyAlgorithm: 'EC',
      canSign: true,
      expired: false,
    });
    expect(test.certificates.find((c) => c.id === '05')).toMatchObject({ expired: true });
    expect(test.certificates.find((c) => c.id === 'a0')).toMatchObject({ isCA: true, canSign: false });
    const locked = mod!.tokens.find((t) => t.label === 'VANTHU-LOCKED')!;
    expect(locked.pin.locked).toBe(true);
    expect(locked.pinWarning).toContain('khóa');
    expect(mod!.tokens.every((t) => t.label !== '')).toBe(true); // the empty SoftHSM slot is not a token
  });

  it('a file that is not a library, and a missing library, are reported; the app keeps running', async () => {
    const junk = path.join(dir, 'libjunk-pkcs11.so');
    fs.writeFileSync(junk, 'not a shared object');
    const r = await call('signing.listTokens', { extraModulePaths: [junk, path.join(dir, 'missing.so')] });
    expect(r.ok).toBe(true);
    const mods = (r as { value: { modules: ModuleReport[] } }).value.modules;
    expect(mods.find((m) => m.modulePath === junk)).toMatchObject({ ok: false, failure: 'load-failed' });
    const missing = path.join(dir, 'missing.so');
    expect(mods.find((m) => m.modulePath.endsWith('missing.so'))).toMatchObject({
      ok: false,
      failure: 'not-found',
      message: `Không tìm thấy thư viện ${missing}.`,
      code: 'token.moduleNotFound',
      params: { path: missing },
    });
    // The loader's own words stay a detail of a keyed sentence.
    expect(mods.find((m) => m.modulePath === junk)).toMatchObject({ code: 'token.moduleLoadFailed', params: { path: junk } });
    // SoftHSM is a known candidate and is found by discovery too.
    expect(mods.some((m) => m.ok && m.modulePath.endsWith('libsofthsm2.so'))).toBe(true);
    expect((await call('app.info', {})).ok).toBe(true);
  });

  it.skipIf(cc.skip)(cc.title('a library that crashes while loading is reported; the app keeps running'), async () => {
    const src = path.join(dir, 'crash.c');
    fs.writeFileSync(src, '#include <stdlib.h>\nint C_GetFunctionList(void **p) { abort(); return 0; }\n');
    const crash = path.join(dir, 'libcrash-pkcs11.so');
    execFileSync('cc', ['-shared', '-fPIC', '-o', crash, src]);
    const r = await call('signing.listTokens', { extraModulePaths: [crash] });
    expect(r.ok).toBe(true);
    const mods = (r as { value: { modules: ModuleReport[] } }).value.modules;
    expect(mods.find((m) => m.modulePath === crash)).toMatchObject({ ok: false, failure: 'crashed' });
    expect((await call('app.info', {})).ok).toBe(true);
  });

  it('a wrong PIN is refused with a clear message, nothing is written, and the retry counter shows', async () => {
    const out = path.join(dir, 'wrong-pin.pdf');
    const r = await call('signing.sign', signInput({ pin: '000000', outputPath: out }));
    expect(r).toMatchObject({ ok: false, error: { kind: 'Validation', details: { field: 'pin' } } });
    expect((r as { error: { message: string } }).error.message).toContain('Mã PIN không đúng');
    expect(fs.existsSync(out)).toBe(false);
    const list = (await call('signing.listTokens', { modulePath: tk.module })) as { value: { modules: ModuleReport[] } };
    const token = list.value.modules[0]!.tokens.find((t) => t.label === tk.token)!;
    expect(token.pin.countLow).toBe(true);
    expect(token.pinWarning).toContain('sai PIN');
    // A good PIN afterwards works (SoftHSM clears "count low").
    const ok = await call('signing.sign', signInput({ outputPath: out }));
    expect(ok.ok).toBe(true);
  });

  it('a locked token is refused before any PIN is tried (TokenLocked, CLI exit 6)', async () => {
    const out = path.join(dir, 'locked.pdf');
    const r = await call('signing.sign', signInput({ token: 'VANTHU-LOCKED', outputPath: out }));
    expect(r).toMatchObject({ ok: false, error: { kind: 'TokenLocked' } });
    const cli = runVanthu(
      [
        '--data',
        app.dataDirPath,
        'sign',
        pdf,
        '--out',
        out,
        '--module',
        tk.module,
        '--token',
        'VANTHU-LOCKED',
        '--pin-env',
        'P',
        '--appearance',
        'attachment',
        '--number',
        '05/QĐ-UBND',
      ],
      { P: tk.pin, SOFTHSM2_CONF: tk.env.SOFTHSM2_CONF! },
    );
    expect(cli.code).toBe(6);
    expect(cli.stderr).toContain('khóa');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a window picks a PKCS#11 library only from the known list and probes the selected one; paths come from the command line', async () => {
    const win = (name: string, input: unknown) => app.router.call(name, input, { transport: 'electron' });
    const other = path.join(dir, 'libkhac-pkcs11.so');
    fs.copyFileSync(tk.module, other);
    // A path from a window is refused by the router, before any library is loaded.
    for (const input of [{ modulePath: tk.module }, { extraModulePaths: [other] }]) {
      const r = await win('signing.listTokens', input);
      expect(r).toMatchObject({
        ok: false,
        error: { kind: 'Validation', details: { operation: 'signing.listTokens', transport: 'electron' } },
      });
    }
    expect(await win('signing.saveSettings', { addCustomModulePath: other })).toMatchObject({
      ok: false,
      error: { kind: 'Validation', details: { field: 'addCustomModulePath' } },
    });
    // A library that exists but is neither a known vendor library nor added by an administrator is not selectable.
    const unknown = await win('signing.saveSettings', { modulePath: other });
    expect(unknown).toMatchObject({ ok: false, error: { kind: 'Validation', details: { field: 'modulePath' } } });
    expect((unknown as { error: { message: string } }).error.message).toContain('không có trong danh sách');
    expect(await win('signing.listTokens', { selected: true })).toMatchObject({ ok: false, error: { kind: 'Validation' } });

    expect(await win('signing.saveSettings', { modulePath: tk.module })).toMatchObject({ ok: true, value: { modulePath: tk.module } });
    const selected = (await win('signing.listTokens', { selected: true })) as { ok: boolean; value: { modules: ModuleReport[] } };
    expect(selected.ok).toBe(true);
    expect(selected.value.modules.map((m) => m.modulePath)).toEqual([tk.module]);
    expect(selected.value.modules[0]!.tokens.some((t) => t.label === tk.token)).toBe(true);

    // The administrator adds the other library from the command line; from then on a window may pick it.
    const add = runVanthu(['--data', app.dataDirPath, 'token-module', '--add', other, '--json']);
    expect(add.code, add.stderr).toBe(0);
    expect(add.json()).toMatchObject({ modulePath: other, customModulePaths: [other] });
    expect(await win('signing.saveSettings', { modulePath: tk.module })).toMatchObject({ ok: true });
    expect(await win('signing.saveSettings', { modulePath: other })).toMatchObject({ ok: true, value: { modulePath: other } });
    const listed = runVanthu(['--data', app.dataDirPath, 'token-module']);
    expect(listed.stdout).toContain(`* ${other} (thêm bởi quản trị viên)`);
    expect(await call('signing.saveSettings', { modulePath: null })).toMatchObject({ ok: true });
  });

  it('one try left before the token locks: refused until the clerk confirms, then signs', async () => {
    const base = signInput({ token: 'VANTHU-FINAL' });
    const refused = await call('signing.sign', { ...base, outputPath: path.join(dir, 'final-1.pdf') });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'Conflict', details: { reason: 'pin-final-try' } } });
    expect((refused as { error: { message: string } }).error.message).toContain('MỘT lần');
    const ok = await call('signing.sign', { ...base, outputPath: path.join(dir, 'final-2.pdf'), acceptFinalTry: true });
    expect(ok.ok).toBe(true);
  });

  it('an unknown token label names the tokens that are plugged in', async () => {
    const r = await call('signing.sign', {
      modulePath: tk.module,
      token: 'KHONG-CO',
      pin: tk.pin,
      inputPath: pdf,
      outputPath: path.join(dir, 'x.pdf'),
      appearance: { kind: 'attachment' },
      number: '05/QĐ-UBND',
    });
    expect(r).toMatchObject({ ok: false, error: { kind: 'NotFound' } });
    expect((r as { error: { message: string } }).error.message).toContain(tk.token);
  });

  it('never logs the PIN', () => {
    const logs = (app.logger as unknown as { lines: string[] }).lines.join('\n');
    expect(logs).not.toContain(tk.pin);
    expect(logs).not.toContain('000000');
  });
});

describe('module discovery', () => {
  it('probes the Vietnamese token library names that exist, explicit paths first', () => {
    const present = new Set([
      'C:\\Windows\\System32\\eTPKCS11.dll',
      'C:\\Windows\\System32\\viettel-ca_v6.dll',
      'C:\\Windows\\System32\\vnptca_p11_v8.dll',
    ]);
    const found = candidateModules(['D:\\token\\custom.dll'], 'win32', { SystemRoot: 'C:\\Windows' }, (p) => present.has(p));
    expect(found).toEqual([
      'D:\\token\\custom.dll',
      'C:\\Windows\\System32\\eTPKCS11.dll',
      'C:\\Windows\\System32\\vnptca_p11_v8.dll',
      'C:\\Windows\\System32\\viettel-ca_v6.dll',
    ]);
    expect(candidateModules([], 'linux', {}, (p) => p === '/usr/lib/libbit4xpki.so')).toEqual(['/usr/lib/libbit4xpki.so']);
  });
});
