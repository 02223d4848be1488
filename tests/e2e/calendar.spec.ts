import { expect, test } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';

let server: BrowserModeServer;

test.beforeAll(async () => {
  const dir = tempDataDir();
  const app = createApp({ dataDir: dir }, { logger: memoryLogger() });
  await app.router.call('agency.saveProfile', SAMPLE_AGENCY, { transport: 'direct' });
  app.close();
  server = await startBrowserMode(dir);
});

test.afterAll(async () => {
  await server.stop();
});

test('Cài đặt › Lịch làm việc: 2026 with Tết 16–20/02, the notice swaps, lunar dates and a deadline', async ({ page }) => {
  // Generous bounds: on a loaded 2-core machine the first paint has taken over a minute.
  test.setTimeout(300_000);
  await page.goto(server.url);
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click({ timeout: 180_000 });
  await page.getByTestId('settings-tab-calendar').click();
  await expect(page.getByTestId('calendar-page')).toBeVisible({ timeout: 60_000 });
  const year = page.getByTestId('calendar-year');
  await year.fill('2026');
  await year.press('Tab');

  await expect(page.getByTestId('calendar-notice')).toContainText('9441/TB-BNV', { timeout: 60_000 });
  await expect(page.getByTestId('calendar-tet')).toHaveText('17/02/2026');
  await expect(page.getByTestId('calendar-gioto')).toHaveText('26/04/2026');
  for (const d of ['16', '17', '18', '19', '20']) {
    await expect(page.getByTestId(`cal-day-2026-02-${d}`)).toHaveAttribute('data-kind', 'notice-off');
  }
  await expect(page.getByTestId('cal-day-2026-02-23')).toHaveAttribute('data-kind', 'work');
  await expect(page.getByTestId('cal-day-2026-08-22')).toHaveAttribute('data-kind', 'swap-work');
  await expect(page.getByTestId('cal-day-2026-08-31')).toHaveAttribute('data-kind', 'notice-off');
  // Lunar dates beside solar ones: 17/02/2026 is mùng 1 tháng Giêng.
  await expect(page.getByTestId('cal-day-2026-02-17')).toContainText('1/1');
  await expect(page.getByTestId('calendar-swaps')).toContainText('22/08/2026');
  await expect(page.getByTestId('calendar-days-off')).toContainText('Tết Âm lịch');

  const from = page.getByTestId('deadline-from');
  await from.click();
  await from.fill('13/02/2026');
  await from.press('Enter');
  await page.getByTestId('deadline-n').fill('1');
  await page.getByTestId('deadline-run').click();
  await expect(page.getByTestId('deadline-explanation')).toContainText(
    'hạn 23/02/2026: cộng 1 ngày làm việc từ 13/02/2026, bỏ qua Tết Âm lịch 16–20/02/2026',
  );

  await page.getByTestId('cal-month-2').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/calendar-2026.png', fullPage: true });
});

test('what the clerk typed into the notice form stays when the year’s data arrives after it', async ({ page }) => {
  // Hold the year's data until the form is filled: its arrival adds the year view above the form.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/rpc/calendar.getYear', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url);
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click({ timeout: 180_000 });
  await page.getByTestId('settings-tab-calendar').click();
  await page.getByTestId('notice-source').fill('1/TB-X');
  await page.getByTestId('notice-lines').fill('30/02/2026; nghỉ; x');
  await expect(page.getByTestId('calendar-tet')).toHaveCount(0);
  release();
  await expect(page.getByTestId('calendar-tet')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('notice-source')).toHaveValue('1/TB-X');
  await expect(page.getByTestId('notice-lines')).toHaveValue('30/02/2026; nghỉ; x');
  await page.getByTestId('notice-save').click();
  await expect(page.getByTestId('notice-error')).toContainText('Dòng 1', { timeout: 60_000 });
});
