import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';

let server: BrowserModeServer;
let folder: string;
test.setTimeout(180_000);

test.beforeAll(async () => {
  const dir = tempDataDir();
  folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-e2e-bk-')), 'usb');
  fs.mkdirSync(folder);
  const app = createApp({ dataDir: dir }, { logger: memoryLogger() });
  await app.router.call('agency.saveProfile', SAMPLE_AGENCY, { transport: 'direct' });
  await app.router.call('backup.saveSettings', { folder }, { transport: 'direct' });
  app.close();
  server = await startBrowserMode(dir);
});

test.afterAll(async () => {
  await server.stop();
});

test('Sao lưu: the sidebar warns, a failure stays visible, "Sao lưu ngay" clears it and lists the backup', async ({ page }) => {
  await page.goto(server.url);
  const warning = page.getByTestId('backup-warning');
  await expect(warning).toContainText('Chưa có bản sao lưu', { timeout: 60_000 });

  // The "USB drive" is pulled: the backup fails and the sidebar says so.
  fs.renameSync(folder, `${folder}-pulled`);
  await warning.getByRole('button').click();
  await page.getByTestId('settings-tab-backup').click();
  await page.getByTestId('backup-run').click();
  await expect(warning).toContainText('Sao lưu thất bại', { timeout: 60_000 });
  await expect(warning).toContainText('không còn truy cập được');

  fs.renameSync(`${folder}-pulled`, folder);
  // The failure reaches the sidebar (an event) before the failed call returns: a click while the button
  // still shows "Đang sao lưu…" would be a click on a loading button, which does nothing.
  await expect(page.getByTestId('backup-run')).toHaveText('Sao lưu ngay', { timeout: 60_000 });
  await page.getByTestId('backup-run').click();
  await expect(page.getByTestId('backup-list')).toContainText('vanthu-', { timeout: 60_000 });
  await expect(warning).toHaveCount(0);
  await expect(page.getByTestId('backup-card')).toContainText('Bản sao lưu tốt gần nhất');
  await page.getByTestId('backup-card').screenshot({ path: 'test-results/screens/backup-card.png' });
});
