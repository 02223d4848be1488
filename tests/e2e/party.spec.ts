/**
 * Issue 13, "done when": a Party body set up in the wizard issues Số 01-CV/… and Số 01-NQ/… in
 * separate series; a State agency registers 19-QC/HU from the Huyện ủy and finds it by 19-qc.
 */
import { expect, test } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';

// Each test starts its own server on a fresh data folder; on a loaded machine that and the first
// render take a while, so the first wait is long (the steps after it keep the default).
test.setTimeout(240_000);
const FIRST_RENDER = { timeout: 90_000 };

test('a Party body set up in the wizard issues 01-CV/HU and 01-NQ/HU in separate series', async ({ page }) => {
  const server: BrowserModeServer = await startBrowserMode();
  try {
    await page.goto(server.url);
    await expect(page.getByTestId('setup-wizard')).toBeVisible(FIRST_RENDER);
    await page.getByTestId('agency-name').fill('Huyện ủy Kim Động');
    await page.getByTestId('agency-parentName').fill('Đảng bộ tỉnh Hưng Yên');
    await page.getByText('Cơ quan Đảng (Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW)').click();
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('agency-code').fill('000.00.24.H44');
    await page.getByTestId('agency-abbreviation').fill('HU');
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('agency-address').fill('Thị trấn Lương Bằng, huyện Kim Động');
    await page.getByTestId('agency-placeName').fill('Kim Động');
    // The current term is required for a Party body: numbering restarts in each.
    await page.getByTestId('wizard-next').click();
    await expect(page.getByText('Số văn bản bắt đầu lại từ 01 ở mỗi nhiệm kỳ', { exact: false })).toBeVisible();
    await page.getByTestId('agency-termName').fill('Khóa XXV, nhiệm kỳ 2020–2025');
    const start = page.getByPlaceholder('dd/mm/yyyy');
    await start.click();
    await start.fill('16/10/2020');
    await start.press('Enter');
    await page.getByTestId('wizard-next').click();
    await expect(page.getByTestId('wizard-preview-notation')).toHaveText('Số 01-NQ/HU');
    await expect(page.getByTestId('wizard-summary')).toContainText('Khóa XXV');
    await page.getByTestId('wizard-next').click();
    await expect(page.getByTestId('agency-name')).toHaveText('Huyện ủy Kim Động');

    await page.getByRole('menuitem', { name: 'Văn bản đi' }).click();
    for (const [type, expected] of [
      ['cv', '01-CV/HU'],
      ['nghi quyet', '01-NQ/HU'],
      ['cv', '02-CV/HU'],
    ] as const) {
      await page.getByTestId('open-register-form').click();
      const form = page.getByTestId('outgoing-form');
      await form.getByTestId('field-TypeName').click();
      await page.keyboard.type(type);
      await page.keyboard.press('Enter');
      await page.getByTestId('field-Subject').fill(`Văn bản ${expected} về công tác chuyển đổi số`);
      await page.getByTestId('field-SignerPosition').fill('Bí thư');
      await page.getByTestId('field-SignerName').fill('Nguyễn Văn An');
      await page.getByTestId('register-submit').click();
      await expect(page.getByText(`Đã cấp số ${expected}`)).toBeVisible();
      await page.keyboard.press('Escape');
    }
    await expect(page.getByTestId('register-table-di')).toContainText('01-NQ/HU');
    await page.screenshot({ path: 'test-results/screens/party-outgoing.png' });

    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await expect(page.getByTestId('party-terms')).toContainText('Khóa XXV, nhiệm kỳ 2020–2025');
  } finally {
    await server.stop();
  }
});

test('a State agency registers 19-QC/HU from the Huyện ủy Kim Động and finds it by 19-qc', async ({ page }) => {
  const dir = tempDataDir();
  const app = createApp({ dataDir: dir }, { logger: memoryLogger() });
  await app.router.call('agency.saveProfile', SAMPLE_AGENCY, { transport: 'direct' });
  app.close();
  const server = await startBrowserMode(dir);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('menuitem', { name: 'Văn bản đến' })).toBeVisible(FIRST_RENDER);
    await page.getByRole('menuitem', { name: 'Văn bản đến' }).click();
    // The screen loads on first opening: F2 belongs to it, so wait until it is there.
    await expect(page.getByTestId('register-table-den')).toBeVisible(FIRST_RENDER);
    await page.keyboard.press('F2');
    const form = page.getByTestId('incoming-form');
    await page.getByTestId('field-SoKyHieu').fill('Số 19 -QC/HU');
    await expect(form.getByTestId('so-ky-hieu-note')).toHaveText('Thể thức văn bản của Đảng · Số 19 · Ký hiệu QC/HU');
    await page.getByTestId('field-SoKyHieu').press('Enter');
    await page.keyboard.type('Huyện ủy Kim Động');
    await page.getByTestId('field-Subject').fill('Quy chế quản lý, sử dụng phần mềm Quản lý văn bản và điều hành');
    // Tên loại came from the Party table ("QC" = Quy chế).
    await expect(form.getByText('Quy chế (QC)')).toBeVisible();
    await page.getByTestId('field-Subject').press('Control+Enter');
    await expect(page.getByText('Đã vào sổ: số đến 1')).toBeVisible();
    await page.locator('.ant-drawer-open .ant-drawer-close').click();

    const table = page.getByTestId('register-table-den');
    await page.getByTestId('register-search').fill('19-qc');
    await expect(table.getByTestId('register-row')).toHaveCount(1);
    await expect(table).toContainText('19-QC/HU');
    await page.screenshot({ path: 'test-results/screens/party-incoming.png' });
  } finally {
    await server.stop();
  }
});
