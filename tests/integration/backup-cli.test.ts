/** `vanthu backup`, `backup list`, `backup verify` and `restore` as their own processes (built CLI). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initArgs, runVanthu, SAMPLE_AGENCY } from '../support/app-harness';

describe('vanthu backup / restore', () => {
  it('backs up encrypted, lists, verifies, restores into a new folder that audits clean', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bkcli-'));
    const data = path.join(root, 'data');
    const env = { VANTHU_BK_PASS: 'mật khẩu sao lưu dài', VANTHU_NOW: '2026-03-05T02:00:00Z' };
    const setup = runVanthu(['--data', data, ...initArgs()], env);
    expect(setup.code, setup.stderr).toBe(0);
    const recordFile = path.join(root, 'den.json');
    fs.writeFileSync(
      recordFile,
      JSON.stringify({
        TypeName: 'Quyết định',
        SoKyHieu: '12/QĐ-UBND',
        IssuedDate: '2026-03-01',
        OrganName: 'Ủy ban nhân dân tỉnh Bình Định',
        Subject: 'Giao chỉ tiêu',
      }),
    );
    const reg = runVanthu(['--data', data, 'den', 'add', '--input', recordFile], env);
    expect(reg.code, reg.stderr).toBe(0);

    const to = path.join(root, 'usb', 'sao-luu');
    const b = runVanthu(['--data', data, '--json', 'backup', '--to', to, '--passphrase-env', 'VANTHU_BK_PASS'], env);
    expect(b.code, b.stderr).toBe(0);
    const made = b.json() as { dir: string; encrypted: boolean };
    expect(made.encrypted).toBe(true);

    const list = runVanthu(['--data', data, '--json', 'backup', 'list', to], env);
    expect(list.code, list.stderr).toBe(0);
    expect(list.json()).toMatchObject({
      items: [{ agency: { code: SAMPLE_AGENCY.code }, counts: [{ direction: 'den', year: 2026, count: 1 }] }],
    });

    const noPass = runVanthu(['--data', data, 'backup', 'verify', made.dir], env);
    expect(noPass.code).toBe(2);
    expect(noPass.stderr).toMatch(/được mã hóa/);
    const verified = runVanthu(['--data', data, 'backup', 'verify', made.dir, '--passphrase-env', 'VANTHU_BK_PASS'], env);
    expect(verified.code, verified.stderr).toBe(0);

    const into = path.join(root, 'khoi-phuc');
    const wrong = runVanthu(['--data', data, 'restore', made.dir, '--into', into, '--passphrase-env', 'WRONG'], {
      ...env,
      WRONG: 'không phải mật khẩu',
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Sai mật khẩu sao lưu/);
    expect(fs.existsSync(into)).toBe(false);
    const restored = runVanthu(['--data', data, 'restore', made.dir, '--into', into, '--passphrase-env', 'VANTHU_BK_PASS'], env);
    expect(restored.code, restored.stderr).toBe(0);
    const audit = runVanthu(['--data', into, 'audit', 'verify'], env);
    expect(audit.code, audit.stderr).toBe(0);
    // Restoring twice into the same (now full) folder is refused: never in place.
    const again = runVanthu(['--data', data, 'restore', made.dir, '--into', into, '--passphrase-env', 'VANTHU_BK_PASS'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/đã có dữ liệu/);
  });
});
