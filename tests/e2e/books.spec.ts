import { expect, test } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { callDirect, memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';
import { painted } from '../support/pdf-canvas';
import { needTools } from '../support/tools';

/** Playwright drives Debian's Chromium (playwright.config.ts). */
const browser = needTools('chromium');
test.skip(browser.skip, browser.reason);

let server: BrowserModeServer;

test.beforeAll(async () => {
  const dir = tempDataDir();
  const app = createApp({ dataDir: dir }, { logger: memoryLogger() });
  await app.router.call('agency.saveProfile', SAMPLE_AGENCY, { transport: 'direct' });
  for (let i = 1; i <= 12; i++) {
    await callDirect(app, 'register.addIncoming', {
      SoKyHieu: `${100 + i}/QĐ-UBND`,
      OrganName: 'Ủy ban nhân dân huyện Đồng Phú',
      TypeName: 'Quyết định',
      Subject: `Về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo năm 2026 đợt ${i}, kèm theo phụ lục chi tiết từng ấp`,
    });
  }
  const out = await app.router.call(
    'register.addOutgoing',
    {
      TypeName: 'Công văn',
      UnitAbbreviation: 'VP',
      Subject: 'V/v báo cáo công tác văn thư, lưu trữ năm 2026',
      Priority: 'khan',
      SignerInfo: { FullName: 'Nguyễn Văn An' },
      To: [{ OrganName: 'Ủy ban nhân dân huyện Đồng Phú' }, { OrganName: 'Phòng Nội vụ huyện Đồng Phú' }, { OrganName: 'Lưu: VT, VP' }],
    },
    { transport: 'direct' },
  );
  if (!out.ok) throw new Error(out.error.message);
  app.close();
  server = await startBrowserMode(dir);
});

test.afterAll(async () => {
  await server.stop();
});

test("Sổ đăng ký: prints this year's incoming book and previews it", async ({ page }) => {
  await page.goto(server.url);
  await page.getByRole('menuitem', { name: 'Sổ đăng ký' }).click();
  await expect(page.getByTestId('books-page')).toBeVisible();
  await page.getByTestId('books-print').click();
  const result = page.getByTestId('books-print-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result).toContainText('12');
  await painted(result.getByTestId('pdf-preview').locator('canvas'));
  await page.screenshot({ path: 'test-results/screens/books-print.png', fullPage: false });
});

test('Sổ đăng ký: "Mở để in" opens the PDF in one new tab and does not also download it', async ({ page, context }) => {
  test.setTimeout(180_000); // bounds against hangs on a loaded machine, not a speed check
  const downloads: string[] = [];
  const watch = (p: import('@playwright/test').Page) => p.on('download', (d) => downloads.push(d.suggestedFilename()));
  watch(page);
  const opened: import('@playwright/test').Page[] = [];
  context.on('page', (p) => {
    opened.push(p);
    watch(p);
  });
  await page.goto(server.url);
  await page.getByRole('menuitem', { name: 'Sổ đăng ký' }).click();
  await page.getByTestId('books-print').click({ timeout: 60_000 });
  await expect(page.getByTestId('books-print-result')).toBeVisible({ timeout: 60_000 });

  await page.getByTestId('books-open-pdf').click();
  await expect.poll(() => opened.length, { timeout: 15_000 }).toBe(1);
  const tab = opened[0]!;
  await tab.waitForLoadState();
  expect(tab.url()).toMatch(/^blob:/);
  // The tab shows the PDF itself (Chromium's viewer), not an error page.
  expect(await tab.evaluate(() => document.contentType)).toBe('application/pdf');
  // The old code downloaded right after window.open returned; give a wrongful download time to show.
  await page.waitForTimeout(2000);
  expect(opened).toHaveLength(1);
  expect(downloads).toEqual([]);
});

test('Sổ đăng ký: a PDF that pdf.js cannot read is reported to the clerk, not a blank preview', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(server.url);
  // The stored file comes back damaged (a disk or transport fault): the preview must say so.
  await page.route(/\/files\/[0-9a-f]{64}$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/pdf', body: 'this is not a PDF at all' }),
  );
  await page.getByRole('menuitem', { name: 'Sổ đăng ký' }).click();
  await page.getByTestId('books-print').click({ timeout: 60_000 });
  const result = page.getByTestId('books-print-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  const problem = result.getByTestId('pdf-error');
  await expect(problem).toBeVisible({ timeout: 60_000 });
  await expect(problem).toContainText('Tệp không phải PDF hợp lệ hoặc đã hỏng');
  await expect(result.getByTestId('pdf-preview')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/books-pdf-error.png', fullPage: false });
});

test('Sổ đăng ký → Gửi bưu điện: the paper recipients, a sending recorded, the post book printed', async ({ page }) => {
  test.setTimeout(120_000); // bounds against hangs on a loaded machine, not a speed check
  await page.goto(server.url);
  await page.getByRole('menuitem', { name: 'Sổ đăng ký' }).click();
  await page.getByTestId('books-tab-post').click();
  const table = page.getByTestId('post-table');
  await expect(table.getByRole('row')).toHaveCount(3); // header + two paper recipients; "Lưu: VT, VP" is not posted
  await expect(table).toContainText('Phòng Nội vụ huyện Đồng Phú');
  await expect(table).not.toContainText('Lưu: VT');
  await table
    .getByRole('row', { name: /Phòng Nội vụ/ })
    .getByTestId('post-record')
    .click();
  await page.getByTestId('post-receipt').fill('RR987654321VN');
  await page.getByTestId('post-cost').fill('27000');
  await page.getByTestId('post-address').fill('Số 5 đường Phú Riềng Đỏ, thị trấn Tân Phú');
  await page.getByTestId('post-record-save').click();
  await expect(table.getByRole('row', { name: /Phòng Nội vụ/ })).toContainText('RR987654321VN');
  await page.getByTestId('post-print').click();
  await expect(page.getByTestId('post-result')).toContainText('2', { timeout: 30_000 });
  await expect(page.getByTestId('post-volumes')).toContainText('Chưa có quyển nào đã khóa');
  await page.screenshot({ path: 'test-results/screens/post-book.png', fullPage: true });
});
