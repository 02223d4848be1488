import { expect, test } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { callDirect, memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';

let server: BrowserModeServer;
// Loads on a busy shared machine can take many seconds; these bounds are for hangs, not for speed
// (tests/bench/renderer.bench.ts measures that).
test.setTimeout(180_000);

test.beforeAll(async () => {
  const dir = tempDataDir();
  const app = createApp({ dataDir: dir }, { logger: memoryLogger() });
  await app.router.call('agency.saveProfile', SAMPLE_AGENCY, { transport: 'direct' });
  // Two registered documents, so the English screens show urgency, type and dates on real rows.
  for (const [i, Priority] of (['khan', 'thuong'] as const).entries()) {
    await callDirect(app, 'register.addIncoming', {
      SoKyHieu: `${15 + i}/UBND-VP`,
      OrganName: 'Ủy ban nhân dân huyện Đồng Phú',
      TypeName: 'Công văn',
      Subject: `Về việc rà soát hồ sơ đất đai đợt ${i + 1}`,
      IssuedDate: '2026-03-05',
      Priority,
      Medium: 'giay',
    });
  }
  app.close();
  server = await startBrowserMode(dir);
});

test.afterAll(async () => {
  await server.stop();
});

test('screens load when opened: the Sổ đăng ký chunk is fetched on the first click, not at start', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto(server.url);
  await expect(page.getByTestId('todo-page')).toBeVisible({ timeout: 60_000 });
  expect(scripts.filter((s) => /\/(BooksPage|SigningPage|ExchangePage|IntakeWorkspace|pdf)-[\w-]+\.js$/.test(s))).toEqual([]);
  await page.getByTestId('nav-books').click();
  await expect(page.getByTestId('books-page')).toBeVisible({ timeout: 60_000 });
  expect(scripts.some((s) => /\/BooksPage-[\w-]+\.js$/.test(s))).toBe(true);
});

test('a screen whose data breaks its render shows a Vietnamese message, keeps the sidebar, and recovers on retry', async ({ page }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('todo-page')).toBeVisible({ timeout: 60_000 });
  // The main process answers with something the screen does not expect (an older or damaged build).
  await page.route('**/rpc/books.volumes', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: {} }) }),
  );
  await page.getByTestId('nav-books').click();
  const failed = page.getByTestId('screen-error');
  await expect(failed).toBeVisible({ timeout: 60_000 });
  await expect(failed).toContainText('Màn hình này gặp lỗi');
  await expect(failed).toContainText('Dữ liệu đã ghi không bị ảnh hưởng');
  await expect(page.getByTestId('nav-incoming')).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: 'test-results/screens/shell-screen-error.png', fullPage: false });

  await page.unroute('**/rpc/books.volumes');
  await page.getByTestId('screen-error-retry').click();
  await expect(page.getByTestId('books-page')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('screen-error')).toHaveCount(0);
});

test('a screen whose code cannot be fetched says so and the way back works', async ({ page }) => {
  await page.route(/\/assets\/SigningPage-[\w-]+\.js$/, (route) => route.abort('connectionrefused'));
  await page.goto(server.url);
  await expect(page.getByTestId('todo-page')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('nav-signing').click();
  const failed = page.getByTestId('screen-error');
  await expect(failed).toBeVisible({ timeout: 60_000 });
  await expect(failed).toContainText('Không tải được phần mềm của màn hình này');
  await expect(page.getByTestId('screen-error-retry')).toHaveText('Tải lại cửa sổ');
  await page.getByTestId('screen-error-home').click();
  await expect(page).toHaveURL(/#\/todo$/);
  await expect(page.getByTestId('todo-page')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('screen-error')).toHaveCount(0);
});

/** Words of the Vietnamese interface that must not be left on an English screen (data aside). */
const VIETNAMESE_UI = /[ăâđêôơưĂÂĐÊÔƠƯ]|[àáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;

test('English mode is English: screens, urgency and type labels, dates, and a main-process error by its key', async ({ page }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('todo-page')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('nav-incoming')).toContainText('Incoming');

  // Data stays as registered (agency, issuer, subject, notation); everything else is English.
  const data = [
    SAMPLE_AGENCY.name,
    'Ủy ban nhân dân huyện Đồng Phú',
    /Về việc rà soát hồ sơ đất đai đợt \d/g,
    /\d+\/UBND-VP/g,
    'Công văn',
    'Tiếng Việt',
  ];
  const leftovers = async (root: string) => {
    let text = await page.getByTestId(root).innerText();
    for (const d of data) text = text.replaceAll(d, ' ');
    return text.split(/\n+/).filter((line) => VIETNAMESE_UI.test(line));
  };

  await page.getByTestId('nav-incoming').click();
  const table = page.getByTestId('register-table-den');
  await expect(table.getByTestId('register-row')).toHaveCount(2, { timeout: 60_000 });
  await expect(table).toContainText('Urgent');
  await expect(table).toContainText('5 Mar 2026');
  expect(await leftovers('register-table-den')).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/en-incoming.png', fullPage: false });

  await table.getByTestId('register-row').first().click();
  const drawer = page.getByTestId('entry-detail');
  await expect(drawer).toContainText('Document details', { timeout: 60_000 });
  await expect(drawer).toContainText('Công văn (official letter)');
  await page.screenshot({ path: 'test-results/screens/en-entry-detail.png', fullPage: false });
  expect(await leftovers('entry-detail')).toEqual([]);
  await page.keyboard.press('Escape');

  // A refusal from the main process (register.searchEmpty) is shown from its key, in English.
  await page.getByTestId('register-search').fill('!!!');
  await expect(page.getByText('Enter at least one word or number to search for (q).')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('register-search').fill('');

  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-tab-backup')).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: 'test-results/screens/en-settings.png', fullPage: false });

  // A line of a holiday notice the form cannot read: the line and the date's refusal (by its key) in English.
  await page.getByTestId('settings-tab-calendar').click();
  await page.getByTestId('notice-source').fill('1/TB-X');
  await page.getByTestId('notice-lines').fill('30/02/2026; nghỉ; x');
  await page.getByTestId('notice-save').click();
  await expect(page.getByTestId('notice-error')).toContainText(
    'Line 1: The date "30/02/2026" does not exist: month 2 of 2026 has only 28 days.',
    {
      timeout: 60_000,
    },
  );
});

test('the system’s "reduce motion" turns the app’s motion off, and back on, without a reload', async ({ page }) => {
  // A drawer's slide and a menu's fade are antd motion: their durations are the theme's motion tokens.
  const duration = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('.ant-app')!).getPropertyValue('--ant-motion-duration-mid').trim());
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(server.url);
  await expect(page.getByTestId('todo-page')).toBeVisible({ timeout: 60_000 });
  await expect.poll(duration).toBe('0.2s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(duration).toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect.poll(duration).toBe('0.2s');
});
