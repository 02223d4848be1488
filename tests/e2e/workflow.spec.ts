import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';
import { needTools } from '../support/tools';

/** Playwright drives Debian's Chromium; the PDFs are read back with poppler. */
const tools = needTools('chromium', 'pdftotext');
test.skip(tools.skip, tools.reason);
test.setTimeout(600_000);

const OUT = path.resolve('test-results', 'workflow');
let server: BrowserModeServer;
let clockFile: string;

/** The server's clock (VANTHU_CLOCK_FILE, read at every call): "today" for deadlines and Việc cần làm. */
const setServerClock = (iso: string) => fs.writeFileSync(clockFile, iso);

test.beforeAll(async () => {
  const dir = tempDataDir();
  clockFile = path.join(dir, 'clock.txt');
  setServerClock('2026-03-05T02:00:00Z'); // Thursday 05/03/2026, 09:00 in Hà Nội
  const app = createApp({ dataDir: dir }, { logger: memoryLogger() });
  const call = async (name: string, input: unknown) => {
    const r = await app.router.call(name, input, { transport: 'direct' });
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  };
  await call('agency.saveProfile', SAMPLE_AGENCY);
  await call('directory.addUnit', { name: 'Phòng Tổng hợp', shortName: 'TH' });
  await call('directory.addPerson', { fullName: 'Trần Thị Bình', position: 'Giám đốc', isLeader: true });
  app.close();
  server = await startBrowserMode(dir, { VANTHU_CLOCK_FILE: clockFile });
  fs.mkdirSync(OUT, { recursive: true });
});

test.afterAll(async () => {
  await server?.stop();
});

async function pick(page: Page, testId: string, typed: string, option: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

async function saveDownload(page: Page, testId: string, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const file = path.join(OUT, name);
  await download.saveAs(file);
  // A PNG of each page at 60 dpi, to be looked at as a clerk would.
  execFileSync('pdftoppm', ['-r', '60', '-png', file, file.replace(/\.pdf$/, '')]);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

const flat = (s: string) => s.replace(/\s+/g, '');

test('a paper letter from arrival to its answer: direction, hand-over, sắp đến hạn, quá hạn, reply, phiếu and sổ theo dõi', async ({
  page,
}) => {
  // The window's clock only sets the books' default period (March 2026); the server's clock decides "today".
  await page.clock.setFixedTime(new Date('2026-03-05T02:00:00Z'));
  await page.goto(server.url);
  await expect(page.getByTestId('todo-page')).toBeVisible({ timeout: 60_000 });

  // Register a paper letter (F2 on the incoming register).
  await page.getByTestId('nav-incoming').click();
  await expect(page.getByTestId('register-table-den')).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press('F2');
  await page.getByTestId('field-SoKyHieu').fill('45/BC-UBND');
  await page.getByTestId('field-SoKyHieu').press('Enter');
  await page.keyboard.type('Ủy ban nhân dân tỉnh Bình Phước');
  await page.getByTestId('field-Subject').fill('Về việc báo cáo tình hình thực hiện công tác văn thư quý I năm 2026');
  await page.getByTestId('field-Subject').press('Control+Enter');
  await expect(page.getByText('Đã vào sổ: số đến 1')).toBeVisible();
  await page.locator('.ant-drawer-open .ant-drawer-close').click();

  // Its life, in its detail: trình, chỉ đạo (chủ trì Phòng Tổng hợp, 5 ngày làm việc), chuyển.
  await page.getByTestId('register-table-den').getByTestId('register-row').first().click();
  const life = page.getByTestId('life-panel');
  await expect(life.getByTestId('life-state')).toHaveText('Chờ trình');
  await expect(life.getByTestId('life-actions')).not.toContainText('Hoàn thành');
  await life.getByTestId('life-step-trinh').click();
  await pick(page, 'step-leader', 'tran thi', 'Trần Thị Bình');
  await page.getByTestId('step-save').click();
  await expect(life.getByTestId('life-state')).toHaveText('Chờ ý kiến chỉ đạo');

  await life.getByTestId('life-step-chi-dao').click();
  await page.getByTestId('step-direction').fill('Giao Phòng Tổng hợp chủ trì, tham mưu báo cáo.');
  await pick(page, 'step-chuTri', 'phong tong', 'Phòng Tổng hợp');
  await page.getByTestId('step-due-days').fill('5');
  await page.getByTestId('step-save').click();
  await expect(life.getByTestId('life-due')).toHaveText('12/03/2026'); // Thu 05/03 + 5 working days
  await expect(life.getByTestId('life-chu-tri')).toHaveText('Phòng Tổng hợp');

  await life.getByTestId('life-step-chuyen').click();
  await page.getByTestId('step-receivedBy').fill('Lê Văn Cường');
  await page.getByTestId('step-save').click();
  await expect(life.getByTestId('life-state')).toHaveText('Đang giải quyết');
  await expect(life).toContainText('Phòng Tổng hợp · 05/03/2026');
  await page.screenshot({ path: path.join(OUT, 'detail-handed-over.png') });
  await page.locator('.ant-drawer-open .ant-drawer-close').click();

  // Việc cần làm as the server's clock moves: sắp đến hạn on Tuesday 10/03, quá hạn on Friday 13/03.
  setServerClock('2026-03-10T02:00:00Z');
  await page.getByTestId('nav-todo').click();
  await page.reload();
  await expect(page.getByTestId('todo-count-sap-den-han')).toContainText('1', { timeout: 60_000 });
  await page.getByTestId('todo-tab-sap-den-han').click();
  await expect(page.getByTestId('todo-row-1')).toBeVisible();
  await page.screenshot({ path: path.join(OUT, 'todo-sap-den-han.png') });

  setServerClock('2026-03-13T02:00:00Z');
  await page.reload();
  await expect(page.getByTestId('todo-count-qua-han')).toContainText('1', { timeout: 60_000 });
  await expect(page.getByTestId('todo-count-sap-den-han')).toContainText('0');
  await expect(page.getByTestId('todo-badges')).toContainText('1');
  await page.getByTestId('todo-tab-qua-han').click();
  await expect(page.getByTestId('todo-row-1')).toContainText('Quá hạn');
  await page.screenshot({ path: path.join(OUT, 'todo-qua-han.png') });

  // Answered by an outgoing document that picks it in its form.
  setServerClock('2026-03-16T02:00:00Z');
  await page.getByTestId('nav-outgoing').click();
  await page.getByTestId('open-register-form').click();
  const form = page.getByTestId('outgoing-form');
  await form.getByTestId('field-TypeName').click();
  await page.keyboard.type('cong van');
  await page.keyboard.press('Enter');
  await page.getByTestId('field-UnitAbbreviation').fill('VP');
  await page.getByTestId('field-Subject').fill('Về việc báo cáo tình hình thực hiện công tác văn thư quý I năm 2026');
  await page.getByTestId('field-SignerName').fill('Trần Thị Bình');
  await page.getByTestId('field-To').fill('Ủy ban nhân dân tỉnh Bình Phước');
  await pick(page, 'field-Answers', '45/BC', '45/BC-UBND');
  await page.getByTestId('register-submit').click();
  await expect(page.getByText(/Đã cấp số 01\/UBND-VP/)).toBeVisible();
  await page.locator('.ant-drawer-open .ant-drawer-close').click();

  await page.getByTestId('nav-todo').click();
  await expect(page.getByTestId('todo-count-qua-han')).toContainText('0', { timeout: 60_000 });
  await page.getByTestId('nav-incoming').click();
  await page.getByTestId('register-table-den').getByTestId('register-row').first().click();
  await expect(life.getByTestId('life-state')).toHaveText('Hoàn thành');
  await expect(life.getByTestId('life-reply')).toContainText('01/UBND-VP');
  await expect(life.getByTestId('life-deadline-status')).toHaveText('Hoàn thành quá hạn');

  // Its phiếu giải quyết, printed from the detail.
  await life.getByTestId('life-print-phieu').click();
  const phieu = await saveDownload(page, 'phieu-download', 'phieu-giai-quyet.pdf');
  for (const s of [
    'PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN',
    'Số đến: 1',
    '45/BC-UBND',
    'chủ trì: Phòng Tổng hợp',
    'Thời hạn giải quyết: 12/03/2026',
  ]) {
    expect(phieu).toContain(flat(s));
  }
  await page.screenshot({ path: path.join(OUT, 'detail-completed.png') });
  await page.locator('.ant-drawer-open .ant-drawer-close').click();

  // The sổ theo dõi of March 2026 and the handling report by unit.
  await page.getByTestId('nav-books').click();
  await page.getByTestId('books-tab-follow-up').click();
  await page.getByTestId('follow-up-print').click();
  await expect(page.getByTestId('follow-up-result')).toBeVisible({ timeout: 60_000 });
  const book = await saveDownload(page, 'follow-up-file-download', 'so-theo-doi.pdf');
  for (const s of ['SỔ THEO DÕI GIẢI QUYẾT', 'Tiến độ giải quyết', '45/BC-UBND', 'Phòng Tổng hợp', '01/UBND-VP', '(7)']) {
    expect(book).toContain(flat(s));
  }
  await page.getByTestId('handling-show').click();
  await expect(page.getByTestId('handling-table')).toContainText('Phòng Tổng hợp');
  await page.screenshot({ path: path.join(OUT, 'handling-report.png') });
});
