import { expect, test } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';
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
    const r = await app.router.call(
      'register.addIncoming',
      {
        SoKyHieu: `${100 + i}/QĐ-UBND`,
        OrganName: 'Ủy ban nhân dân huyện Đồng Phú',
        TypeName: 'Quyết định',
        Subject: `Về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo năm 2026 đợt ${i}, kèm theo phụ lục chi tiết từng ấp`,
      },
      { transport: 'direct' },
    );
    if (!r.ok) throw new Error(r.error.message);
  }
  app.close();
  server = await startBrowserMode(dir);
});

test.afterAll(async () => {
  await server.stop();
});

test('Sổ đăng ký: prints this year\'s incoming book and previews it', async ({ page }) => {
  await page.goto(server.url);
  await page.getByRole('menuitem', { name: 'Sổ đăng ký' }).click();
  await expect(page.getByTestId('books-page')).toBeVisible();
  await page.getByTestId('books-print').click();
  const result = page.getByTestId('books-print-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result).toContainText('12');
  await expect(result.getByTestId('pdf-preview').locator('canvas')).toBeVisible();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/screens/books-print.png', fullPage: false });
});
