import { describe, expect, it } from 'vitest';
import { runVanthu } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';

const ADMIN_FIRST = 'Quản-trị-đầu-2026';
const ADMIN_PW = 'Quản-trị-đã-đổi-7';
const VT_PW = 'Văn-thư-đầu-2026!';

describe('vanthu --user and vanthu account …', () => {
  it('runs as before (and says so) without accounts; once they exist every command needs --user; passwords only from the environment', async () => {
    const data = tempDataDir('vanthu-acct-cli-');
    const env = { ADMIN_FIRST, ADMIN_PW, VT_PW };
    const vanthu = (args: string[]) => runVanthu(['--data', data, ...args], env);

    const before = vanthu(['account', 'list', '--json']);
    expect(before.code, before.stderr).toBe(0);
    expect(before.stderr).toContain('chưa có tài khoản nào');
    expect(before.json()).toEqual({ items: [] });

    // The first account administers the others: a văn thư first is refused, and nothing is written.
    const addVanThu = [
      'account',
      'add',
      '--username',
      'vt.lan',
      '--name',
      'Nguyễn Thị Lan',
      '--role',
      'vanthu',
      '--new-password-env',
      'VT_PW',
    ];
    const notAdmin = vanthu(addVanThu);
    expect(notAdmin.code).toBe(2);
    expect(notAdmin.stderr).toContain('tài khoản đầu tiên phải có vai trò quản trị (--role quantri)');
    expect(vanthu(['account', 'list', '--json']).json()).toEqual({ items: [] });

    const added = vanthu([
      'account',
      'add',
      '--username',
      'admin',
      '--name',
      'Phạm Quản Trị',
      '--role',
      'quantri',
      '--new-password-env',
      'ADMIN_FIRST',
    ]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('Phạm Quản Trị');

    const anonymous = vanthu(['account', 'list']);
    expect(anonymous.code).toBe(9);
    expect(anonymous.stderr).toContain('Cần đăng nhập');
    expect(anonymous.stderr).not.toContain('chưa có tài khoản');

    const wrong = runVanthu(['--data', data, '--user', 'admin', '--password-env', 'WRONG', 'account', 'list'], { WRONG: 'Sai-mat-khau-1' });
    expect(wrong.code).toBe(9);
    expect(wrong.stderr).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');

    // First sign-in: only the password change is open.
    const as = (pwVar: string, args: string[]) => vanthu(['--user', 'admin', '--password-env', pwVar, ...args]);
    expect(as('ADMIN_FIRST', ['account', 'list']).stderr).toContain('Cần đổi mật khẩu');
    const changed = as('ADMIN_FIRST', ['account', 'password', '--new-password-env', 'ADMIN_PW']);
    expect(changed.code, changed.stderr).toBe(0);

    const vt = as('ADMIN_PW', addVanThu);
    expect(vt.code, vt.stderr).toBe(0);
    const list = as('ADMIN_PW', ['account', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const items = (list.json() as { items: { username: string; roles: string[]; mustChangePassword: boolean }[] }).items;
    expect(items.map((a) => [a.username, a.roles, a.mustChangePassword])).toEqual([
      ['admin', ['quantri'], false],
      ['vt.lan', ['vanthu'], true],
    ]);

    // quản trị does not read the register; a văn thư does.
    expect(as('ADMIN_PW', ['den', 'list']).code).toBe(11);

    const reset = as('ADMIN_PW', ['account', 'reset-password', 'vt.lan', '--json']);
    expect(reset.code, reset.stderr).toBe(0);
    const otp = (reset.json() as { oneTimePassword: string }).oneTimePassword;
    expect(otp).toMatch(/^\S{14}$/);
    expect(as('ADMIN_PW', ['account', 'unlock', 'vt.lan']).code).toBe(0);
    const disabled = as('ADMIN_PW', ['account', 'disable', 'vt.lan']);
    expect(disabled.code, disabled.stderr).toBe(0);
    expect(disabled.stdout).toContain('NGỪNG SỬ DỤNG');
    const gone = runVanthu(['--data', data, '--user', 'vt.lan', '--password-env', 'OTP', 'account', 'list'], { OTP: otp });
    expect(gone.code).toBe(9);
    expect(gone.stderr).toContain('ngừng sử dụng');

    for (const r of [before, notAdmin, added, anonymous, wrong, changed, vt, list]) {
      for (const secret of [ADMIN_FIRST, ADMIN_PW, VT_PW, 'scrypt$']) expect(r.stdout + r.stderr).not.toContain(secret);
    }
  });
});
