import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserModeServer } from '../support/browser-mode';
import { needTools } from '../support/tools';

/** Playwright drives Debian's Chromium (playwright.config.ts). */
const browser = needTools('chromium');
test.skip(browser.skip, browser.reason);

let server: BrowserModeServer;

test.beforeAll(async () => {
  server = await startBrowserMode();
});

test.afterAll(async () => {
  await server.stop();
});

test('first-run wizard records the agency and the shell shows it', async ({ page }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('setup-wizard')).toBeVisible();
  await expect(page.getByText('Thiết lập lần đầu')).toBeVisible();
  // The token is moved out of the address bar.
  expect(page.url()).not.toContain('token=');

  // Step 1: an empty name is refused in Vietnamese.
  await page.getByTestId('wizard-next').click();
  await expect(page.getByText('Tên cơ quan không được để trống.')).toBeVisible();
  await page.getByTestId('agency-name').fill('Ủy ban nhân dân xã Tân Phú');
  await page.getByTestId('agency-name').press('Enter');
  await expect(page.getByTestId('agency-parentName')).toBeFocused();
  await page.getByTestId('agency-parentName').fill('Ủy ban nhân dân huyện Đồng Phú');
  await page.getByTestId('agency-parentName').press('Enter');

  // Step 2: a malformed QCVN 102 code is refused, naming the expected shape.
  await page.getByTestId('agency-code').fill('000.00.4.H44');
  await page.getByTestId('agency-abbreviation').fill('UBND');
  await page.getByTestId('wizard-next').click();
  await expect(page.getByText(/LLL\.KK\.JJ\.XNN/).first()).toBeVisible();
  await page.getByTestId('agency-code').fill('000.00.24.H44');
  await page.getByTestId('agency-abbreviation').press('Enter');

  // Step 3
  await page.getByTestId('agency-address').fill('Ấp 2, xã Tân Phú, huyện Đồng Phú');
  await page.getByTestId('agency-placeName').fill('Tân Phú');
  await page.getByTestId('agency-placeName').press('Enter');

  // Step 4: summary with previews of the notation and date line.
  const summary = page.getByTestId('wizard-summary');
  await expect(summary).toContainText('000.00.24.H44');
  await expect(summary).toContainText('01/QĐ-UBND');
  await expect(summary).toContainText(/Tân Phú, ngày \d{2} tháng \d{1,2} năm \d{4}/);
  await page.screenshot({ path: 'test-results/screens/wizard-confirm.png' });
  await page.getByTestId('wizard-next').click();

  await expect(page.getByTestId('agency-name')).toHaveText('Ủy ban nhân dân xã Tân Phú');
  await expect(page.getByTestId('online-indicator')).toHaveAttribute('data-online', 'true');
  for (const label of ['Văn bản đến', 'Văn bản đi', 'Sổ đăng ký', 'Ký số', 'Liên thông', 'Cài đặt']) {
    await expect(page.getByRole('menuitem', { name: label })).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/screens/shell-vi.png' });

  // The profile is in the database: a reload goes straight to the shell.
  await page.reload();
  await expect(page.getByTestId('agency-name')).toHaveText('Ủy ban nhân dân xã Tân Phú');

  // English toggle changes UI text, not data.
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByRole('menuitem', { name: 'Incoming' })).toBeVisible();
  await expect(page.getByTestId('agency-name')).toHaveText('Ủy ban nhân dân xã Tân Phú');
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await expect(page.getByText(server.dataDir)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/settings-en.png' });
});

test('the offline indicator follows the network', async ({ page, context }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('online-indicator')).toHaveAttribute('data-online', 'true');
  await context.setOffline(true);
  await expect(page.getByTestId('online-indicator')).toHaveAttribute('data-online', 'false');
  await context.setOffline(false);
  await expect(page.getByTestId('online-indicator')).toHaveAttribute('data-online', 'true');
});
