import { expect, test, type Page } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';
import { needTools } from '../support/tools';
import { chooseOption } from '../support/antd-select';
import { openOutgoingForm } from '../support/register-screens';

/** Playwright drives Debian's Chromium (playwright.config.ts). */
const browser = needTools('chromium');
test.skip(browser.skip, browser.reason);

const SEEDED = 3000;
let server: BrowserModeServer;

/** A register that already holds a few thousand entries, made through the real service. */
async function seed(dir: string): Promise<void> {
  const app = createApp({ dataDir: dir }, { logger: memoryLogger() });
  await app.router.call('agency.saveProfile', SAMPLE_AGENCY, { transport: 'direct' });
  for (let i = 1; i <= SEEDED; i++) {
    const r = await app.router.call(
      'register.addIncoming',
      {
        SoKyHieu: `${i}/BC-UBND`,
        OrganName: i % 2 ? 'Ủy ban nhân dân huyện Đồng Phú' : 'Sở Tài chính tỉnh Bình Phước',
        TypeName: 'Báo cáo',
        Subject: `Báo cáo tình hình thực hiện nhiệm vụ tháng ${(i % 12) + 1} số ${i}`,
        Medium: i % 3 ? 'giay' : 'dien-tu',
      },
      { transport: 'direct' },
    );
    if (!r.ok) throw new Error(r.error.message);
  }
  app.close();
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const dir = tempDataDir();
  await seed(dir);
  server = await startBrowserMode(dir);
});

test.afterAll(async () => {
  await server.stop();
});

async function openSection(page: Page, name: string) {
  await page.getByRole('menuitem', { name }).click();
}

test('incoming: keyboard entry, parsed số/ký hiệu, duplicate warning, search, detail with history', async ({ page }) => {
  await page.goto(server.url);
  await openSection(page, 'Văn bản đến');
  const table = page.getByTestId('register-table-den');
  await expect(table.getByTestId('register-row').first()).toBeVisible();
  // Virtualized: thousands of entries, a few dozen rows in the DOM.
  expect(await table.getByTestId('register-row').count()).toBeLessThan(80);
  await expect(page.getByText(`${SEEDED} văn bản`)).toBeVisible();

  await page.keyboard.press('F2');
  const form = page.getByTestId('incoming-form');
  await expect(form).toBeVisible();
  await page.getByTestId('field-SoKyHieu').fill('125/QĐ-UBND');
  await expect(form.getByText('Số 125 · Ký hiệu QĐ-UBND')).toBeVisible();
  await page.getByTestId('field-SoKyHieu').press('Enter');
  await page.keyboard.type('Ủy ban nhân dân tỉnh Bình Phước');
  await page.getByTestId('field-Subject').fill('Về việc phê duyệt kế hoạch cải cách hành chính năm 2027');
  // Tên loại was filled from the "QĐ" in the ký hiệu.
  await expect(form.getByText('Quyết định', { exact: false }).first()).toBeVisible();
  await page.getByTestId('field-Subject').press('Control+Enter');
  await expect(page.getByText(`Đã vào sổ: số đến ${SEEDED + 1}`)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/incoming-form.png' });

  // The same document again: warned before a number is used; dropping it stores nothing.
  await page.getByTestId('field-SoKyHieu').fill('125/QĐ-UBND');
  await page.getByTestId('field-SoKyHieu').press('Enter');
  await page.keyboard.type('Ủy ban nhân dân tỉnh Bình Phước');
  await page.getByTestId('field-Subject').fill('Về việc phê duyệt kế hoạch cải cách hành chính năm 2027');
  await page.getByTestId('register-submit').click();
  const dialog = page.getByTestId('duplicate-dialog');
  await expect(page.getByText('Có thể trùng văn bản đã vào sổ')).toBeVisible();
  await expect(page.getByText('cùng số, ký hiệu và cơ quan ban hành')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/duplicate-warning.png' });
  await page.getByTestId('dup-cancel').click();
  await expect(dialog).toBeHidden();
  // Closing the drawer keeps what was typed (nothing lost to a stray Esc); reopening shows it.
  await page.locator('.ant-drawer-open .ant-drawer-close').click();
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
  await page.keyboard.press('F2');
  await expect(page.getByTestId('field-Subject')).toHaveValue('Về việc phê duyệt kế hoạch cải cách hành chính năm 2027');
  await page.locator('.ant-drawer-open .ant-drawer-close').click();
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);

  // Folded search: no diacritics typed.
  await page.getByTestId('register-search').fill('quyet dinh binh phuoc cai cach');
  await expect(table.getByTestId('register-row')).toHaveCount(1);
  await expect(table).toContainText('125/QĐ-UBND');
  await page.getByTestId('register-search').fill('hoà');
  await page.getByTestId('register-search').fill('');

  await page.getByTestId('register-search').fill('125/QĐ-UBND');
  await table.getByTestId('register-row').first().click();
  const detail = page.getByTestId('entry-detail');
  await expect(detail).toContainText('Về việc phê duyệt kế hoạch cải cách hành chính năm 2027');
  await expect(detail).toContainText(String(SEEDED + 1));
  await page.screenshot({ path: 'test-results/screens/incoming-detail.png' });
});

test('outgoing: number issued by the register, cancelled with a reason and still visible', async ({ page }) => {
  await page.goto(server.url);
  await openSection(page, 'Văn bản đi');
  await openOutgoingForm(page, 'quyet dinh');
  await page.getByTestId('field-Subject').fill('Về việc thành lập Tổ công tác chuyển đổi số');
  await page.getByTestId('field-SignerPosition').fill('Chủ tịch');
  await page.getByTestId('field-SignerName').fill('Nguyễn Văn An');
  await page.getByTestId('field-To').fill('Như Điều 3;\nLưu: VT, VP.');
  await page.getByTestId('register-submit').click();
  await expect(page.getByText('Đã cấp số 01/QĐ-UBND')).toBeVisible();
  await page.keyboard.press('Escape');

  const table = page.getByTestId('register-table-di');
  await table.getByTestId('register-row').first().click();
  await page.getByTestId('cancel-number').click();
  await page.getByTestId('cancel-reason').fill('Trùng nội dung với quyết định đã ban hành');
  await page.getByTestId('cancel-confirm').click();
  await expect(page.getByTestId('entry-detail')).toContainText('Đã hủy số: Trùng nội dung với quyết định đã ban hành');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('entry-detail')).toBeHidden();
  await expect(table).toContainText('Đã hủy số');
  await expect(table).toContainText('Như Điều 3; Lưu: VT, VP');
  await page.screenshot({ path: 'test-results/screens/outgoing-register.png' });
});

test('độ mật: chosen on the form, numbered in its own series, tagged in the list, kept out of search', async ({ page }) => {
  await page.goto(server.url);
  await openSection(page, 'Văn bản đến');
  const table = page.getByTestId('register-table-den');
  await expect(table.getByTestId('register-row').first()).toBeVisible();
  await page.getByTestId('open-register-form').click();
  const form = page.getByTestId('incoming-form');
  await expect(form).toBeVisible();
  await page.getByTestId('field-SoKyHieu').fill('07/KH-BCH');
  await page.getByTestId('field-SoKyHieu').press('Enter');
  await page.keyboard.type('Ban Chỉ huy quân sự huyện Đồng Phú');
  await page.getByTestId('field-Subject').fill('Kế hoạch diễn tập khu vực phòng thủ huyện năm 2027');
  await chooseOption(page, form.getByTestId('field-Confidentiality'), 'Mật', { exact: true });
  await expect(page.getByTestId('secret-notice')).toContainText('không được gửi qua trục liên thông');
  await page.screenshot({ path: 'test-results/screens/incoming-form-do-mat.png' });
  await page.getByTestId('register-submit').click();
  // Số đến mật runs apart from the ordinary số đến (which is past 3000 here).
  await expect(page.getByText('Đã vào sổ: số đến 1', { exact: true })).toBeVisible();
  await page.locator('.ant-drawer-open .ant-drawer-close').click();

  await page.getByTestId('register-search').fill('07/KH-BCH');
  await expect(table.getByTestId('register-row')).toHaveCount(1);
  await expect(table.getByTestId('secret-tag')).toHaveText('Mật');
  // Its trích yếu is not in the search index.
  await page.getByTestId('register-search').fill('dien tap khu vuc phong thu');
  await expect(page.getByText('Không tìm thấy văn bản phù hợp.')).toBeVisible();
});
