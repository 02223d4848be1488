import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';
import { needTools } from '../support/tools';
import { chooseOption } from '../support/antd-select';
import { fillAgencySteps } from '../support/register-screens';

/** The "Done when", tried as a new user would, in Debian's Chromium against browser mode. */
const browser = needTools('chromium');
test.skip(browser.skip, browser.reason);
test.setTimeout(300_000);

let server: BrowserModeServer;
let unitTh: string;
let unitTc: string;

test.beforeAll(async () => {
  const dir = tempDataDir('vanthu-accounts-e2e-');
  // The directory exists before the first run (imported by the agency); the agency profile does not.
  const app = createApp({ dataDir: dir }, { logger: memoryLogger() });
  const call = async (name: string, input: unknown) => {
    const r = await app.router.call(name, input, { transport: 'direct' });
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as { id: string };
  };
  unitTh = (await call('directory.addUnit', { name: 'Phòng Tổng hợp', shortName: 'TH' })).id;
  unitTc = (await call('directory.addUnit', { name: 'Phòng Tài chính - Kế hoạch', shortName: 'TCKH' })).id;
  app.close();
  server = await startBrowserMode(dir);
});

test.afterAll(async () => {
  await server?.stop();
});

/** The văn thư's work over the bridge's HTTP API (the same router the window uses), with her own session cookie. */
async function httpSession(username: string, password: string) {
  const u = new URL(server.url);
  const token = u.searchParams.get('token')!;
  let cookie = '';
  const call = async (name: string, input: unknown) => {
    const res = await fetch(new URL(`/rpc/${name}`, u.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-vanthu-token': token, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(input),
    });
    const set = res.headers.get('set-cookie');
    if (set) {
      expect(set).toMatch(/HttpOnly/);
      expect(set).toMatch(/SameSite=Strict/);
      cookie = set.split(';')[0]!;
    }
    const env = (await res.json()) as { ok: boolean; value?: any; error?: { message: string } };
    if (!env.ok) throw new Error(`${name}: ${env.error!.message}`);
    return env.value;
  };
  await call('accounts.signIn', { username, password });
  return call;
}

async function signIn(page: Page, username: string, password: string) {
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

async function changePassword(page: Page, current: string, next: string) {
  await expect(page.getByTestId('change-password')).toBeVisible();
  await page.getByTestId('password-current').fill(current);
  await page.getByTestId('password-next').fill(next);
  await page.getByTestId('password-again').fill(next);
  await page.getByTestId('password-submit').click();
}

test('wizard makes the administrator; văn thư and chuyên viên accounts; the chuyên viên sees only her unit’s letter; 5 failures lock', async ({
  page,
}) => {
  await page.goto(server.url);
  await expect(page.getByTestId('setup-wizard')).toBeVisible();
  await fillAgencySteps(page, { ...SAMPLE_AGENCY, address: 'Ấp 2, xã Tân Phú' });
  await page.getByTestId('wizard-admin-username').fill('admin');
  await page.getByTestId('wizard-admin-fullName').fill('Phạm Quản Trị');
  await page.getByTestId('wizard-admin-password').fill('Quản-trị-2026!');
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Phạm Quản Trị (Quản trị)', { timeout: 30_000 });
  // The sidebar shows quản trị only what the role may use (permissions.ts): Cài đặt, no document screens.
  const nav = (key: string) => page.getByTestId(`nav-${key}`);
  await expect(nav('settings')).toBeVisible();
  for (const key of ['todo', 'incoming', 'outgoing', 'books', 'signing', 'exchange']) await expect(nav(key)).toHaveCount(0);

  // Cài đặt › Tài khoản: the administrator adds a văn thư and a chuyên viên of Phòng Tổng hợp.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-accounts').click();
  const addAccount = async (username: string, fullName: string, role: string, unit?: string) => {
    await page.getByTestId('account-add').click();
    await page.getByTestId('account-username').fill(username);
    await page.getByTestId('account-fullName').fill(fullName);
    await page.getByTestId(`account-role-${role}`).click();
    if (unit) {
      await chooseOption(page, page.getByTestId('account-unit'), unit);
    }
    await page.getByTestId('account-password').fill('Mật-khẩu-đầu-2026');
    await page.getByTestId('account-add-ok').click();
    await expect(page.getByTestId('accounts-card').getByText(username, { exact: true })).toBeVisible();
  };
  await addAccount('vt.lan', 'Nguyễn Thị Lan', 'vanthu');
  await addAccount('cv.cuc', 'Lê Thị Cúc', 'chuyenvien', 'Phòng Tổng hợp');
  await page.screenshot({ path: 'test-results/screens/accounts-card.png', fullPage: true });

  // The văn thư (first sign-in: must change the password) registers two letters and hands one to Phòng Tổng hợp.
  const first = await httpSession('vt.lan', 'Mật-khẩu-đầu-2026');
  await first('accounts.changePassword', { current: 'Mật-khẩu-đầu-2026', next: 'Văn-thư-đã-đổi-9' });
  const reg = async (so: string, subject: string) =>
    (
      await first('register.addIncoming', {
        TypeName: 'Công văn',
        SoKyHieu: so,
        IssuedDate: '2026-02-27',
        OrganName: 'Ủy ban nhân dân huyện Đồng Phú',
        Subject: subject,
      })
    ).entry as { id: string };
  const ours = await reg('45/UBND-VP', 'Về việc kiểm tra công tác văn thư lưu trữ');
  const theirs = await reg('46/UBND-TC', 'Về việc quyết toán ngân sách xã năm 2025');
  await first('workflow.step', { entryId: ours.id, step: { kind: 'chuyen-thang', chuTri: { kind: 'unit', id: unitTh } } });
  await first('workflow.step', { entryId: ours.id, step: { kind: 'chuyen', method: 'dien-tu' } });
  await first('workflow.step', { entryId: theirs.id, step: { kind: 'chuyen-thang', chuTri: { kind: 'unit', id: unitTc } } });

  // The chuyên viên signs in, must change her password, and sees only that letter, in the list and in search.
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/sign-in.png' });
  await signIn(page, 'cv.cuc', 'Mật-khẩu-đầu-2026');
  await changePassword(page, 'Mật-khẩu-đầu-2026', 'Chuyên-viên-mới-3');
  await expect(page.getByTestId('signed-in-as')).toHaveText('Lê Thị Cúc (Chuyên viên)', { timeout: 30_000 });
  for (const key of ['todo', 'incoming', 'outgoing']) await expect(nav(key)).toBeVisible();
  for (const key of ['books', 'signing', 'exchange', 'settings']) await expect(nav(key)).toHaveCount(0);
  // Việc cần làm counts and lists her unit's letter only (the văn thư's has the other one waiting to be handed on).
  await expect(page.getByTestId('todo-tab-chua-tra-loi')).toHaveText(/^Chưa có trả lời\s*1$/, { timeout: 30_000 });
  await expect(page.getByTestId('todo-tab-cho-chuyen')).toHaveText(/^Chờ chuyển\s*0$/);
  await page.getByTestId('todo-tab-chua-tra-loi').click();
  await expect(page.getByTestId('todo-page')).toContainText('kiểm tra công tác văn thư');
  await expect(page.getByTestId('todo-page')).not.toContainText('quyết toán ngân sách');
  await page.getByTestId('nav-incoming').click();
  const table = page.getByTestId('register-table-den');
  await expect(table.getByTestId('register-row')).toHaveCount(1, { timeout: 30_000 });
  await expect(table).toContainText('kiểm tra công tác văn thư');
  await expect(table).not.toContainText('quyết toán ngân sách');
  // She reads the register but does not number documents: no "Thêm" and no scanning offered, F2 opens nothing.
  await expect(page.getByTestId('open-register-form')).toHaveCount(0);
  await expect(page.getByTestId('open-intake')).toHaveCount(0);
  await page.keyboard.press('F2');
  await expect(page.locator('.ant-drawer-open, .ant-modal-wrap:visible')).toHaveCount(0);
  await page.getByTestId('register-search').fill('Về việc');
  await page.getByTestId('register-search').press('Enter');
  await expect(table.getByTestId('register-row')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/accounts-chuyenvien-list.png' });
  // Her letter's detail offers only the steps she may record (tiến độ, hoàn thành); no phiếu to print.
  await table.getByTestId('register-row').first().click();
  const actions = page.getByTestId('entry-detail').getByTestId('life-actions');
  await expect(actions.getByRole('button')).toHaveText(['Tiến độ', 'Hoàn thành']);
  await expect(page.getByTestId('life-print-phieu')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/accounts-chuyenvien-detail.png' });
  await page.keyboard.press('Escape');
  // No backup yet: she is warned like everyone, but told whom to ask instead of a button to a screen she cannot open.
  await expect(page.getByTestId('backup-warning')).toContainText('Hãy báo quản trị hệ thống.');
  await expect(page.getByTestId('backup-warning').getByRole('button')).toHaveCount(0);

  // Phụ lục VI: a change of her permissions is shown to her until she confirms it; the sidebar follows it.
  const admin = await httpSession('admin', 'Quản-trị-2026!');
  await admin('accounts.update', { username: 'cv.cuc', roles: ['chuyenvien', 'lanhdao'] });
  await page.reload();
  await expect(page.getByTestId('permissions-changed')).toContainText('Lãnh đạo', { timeout: 30_000 });
  await expect(nav('books')).toBeVisible();
  await page.getByTestId('permissions-confirm').click();
  await expect(page.getByTestId('permissions-changed')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('signed-in-as')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('permissions-changed')).toHaveCount(0);

  // Five wrong passwords lock the account; without the password nothing tells that it exists or is locked.
  await page.getByTestId('sign-out').click();
  for (let i = 1; i <= 6; i++) {
    await signIn(page, 'cv.cuc', `Sai-mat-khau-${i}`);
    await expect(page.getByTestId('sign-in-error')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  }
  await signIn(page, 'cv.cuc', 'Chuyên-viên-mới-3');
  await expect(page.getByTestId('sign-in-error')).toContainText('đang tạm khóa');
  await page.screenshot({ path: 'test-results/screens/sign-in-locked.png' });

  // Every step is in the audit log with the person's name.
  const db = new Database(path.join(server.dataDir, 'vanthu.db'), { readonly: true });
  try {
    const rows = db.prepare('SELECT actor, action FROM audit_log ORDER BY seq').all() as { actor: string; action: string }[];
    const has = (actor: string, action: string) => rows.some((r) => r.actor.includes(actor) && r.action === action);
    expect(has('@admin (Phạm Quản Trị)', 'account.add')).toBe(true);
    expect(has('@vt.lan (Nguyễn Thị Lan)', 'register.registered')).toBe(true);
    expect(has('@vt.lan (Nguyễn Thị Lan)', 'workflow.chuyen')).toBe(true);
    expect(has('@cv.cuc (Lê Thị Cúc)', 'account.passwordChanged')).toBe(true);
    expect(rows.filter((r) => r.action === 'account.signInFailed').length).toBeGreaterThanOrEqual(7);
    expect(has('@admin (Phạm Quản Trị)', 'account.permissionsChanged')).toBe(true);
    expect(has('@cv.cuc (Lê Thị Cúc)', 'account.permissionsConfirmed')).toBe(true);
    expect(rows.some((r) => r.action === 'account.lockedOut')).toBe(true);
  } finally {
    db.close();
  }
});
