import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { expect, test, type Page } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { callDirect as call, memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';
import { AGENCY_A, AGENCY_B, connectToHub, hubLetter } from '../support/exchange-harness';
import { startSimProcess, type SimProcess } from '../support/hub-simulator/sim-process';
import { needTools } from '../support/tools';
import { chooseOption } from '../support/antd-select';
import { flat, missingFromFlat } from '../support/text-check';
import { openOutgoingForm } from '../support/register-screens';

/** Playwright drives Debian's Chromium; the PDFs are read back with poppler. */
const tools = needTools('chromium', 'pdftotext');
test.skip(tools.skip, tools.reason);
test.setTimeout(600_000);

const OUT = path.resolve('test-results', 'workflow');
let server: BrowserModeServer;
let clockFile: string;
/** The hub simulator, and the sender's folder (driven through its router: only its statuses are looked at). */
let sim: SimProcess;
let senderDir: string;

/** The server's clock (VANTHU_CLOCK_FILE, read at every call): "today" for deadlines and Việc cần làm. */
const setServerClock = (iso: string) => fs.writeFileSync(clockFile, iso);

test.beforeAll(async () => {
  sim = await startSimProcess(tempDataDir('hub-sim-wf-'));
  const dir = tempDataDir();
  clockFile = path.join(dir, 'clock.txt');
  setServerClock('2026-03-05T02:00:00Z'); // Thursday 05/03/2026, 09:00 in Hà Nội
  const app = createApp({ dataDir: dir }, { logger: memoryLogger() });
  // The clerk's agency is the simulator's Sở B (its mã định danh), so documents sent to B reach it.
  await call(app, 'agency.saveProfile', { ...SAMPLE_AGENCY, code: AGENCY_B.organId });
  await call(app, 'exchange.configureHub', { url: sim.url, systemId: AGENCY_B.systemId, secret: AGENCY_B.secret });
  await call(app, 'directory.addUnit', { name: 'Phòng Tổng hợp', shortName: 'TH' });
  await call(app, 'directory.addPerson', { fullName: 'Trần Thị Bình', position: 'Giám đốc', isLeader: true });
  app.close();
  senderDir = tempDataDir('vanthu-wf-sender-');
  const sender = createApp({ dataDir: senderDir }, { logger: memoryLogger() });
  await connectToHub(sender, sim, AGENCY_A);
  sender.close();
  server = await startBrowserMode(dir, { VANTHU_CLOCK_FILE: clockFile });
  fs.mkdirSync(OUT, { recursive: true });
});

test.afterAll(async () => {
  await server?.stop();
  await sim?.stop();
});

const pick = (page: Page, testId: string, typed: string, option: string) => chooseOption(page, page.getByTestId(testId), option, { typed });

/** "Ghi bước", then the form must close: a refusal (step-invalid, step-error) fails here, with its text on the page. */
async function saveStep(page: Page) {
  await page.getByTestId('step-save').click();
  await expect(page.locator('[data-testid^="step-form-"]')).toHaveCount(0);
}

async function saveDownload(page: Page, testId: string, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const file = path.join(OUT, name);
  await download.saveAs(file);
  // A PNG of each page at 60 dpi, to be looked at as a clerk would.
  execFileSync('pdftoppm', ['-r', '60', '-png', file, file.replace(/\.pdf$/, '')]);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

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
  await saveStep(page);
  await expect(life.getByTestId('life-state')).toHaveText('Chờ ý kiến chỉ đạo');

  await life.getByTestId('life-step-chi-dao').click();
  await page.getByTestId('step-direction').fill('Giao Phòng Tổng hợp chủ trì, tham mưu báo cáo.');
  await pick(page, 'step-chuTri', 'phong tong', 'Phòng Tổng hợp');
  await page.getByTestId('step-due-days').fill('5');
  await saveStep(page);
  await expect(life.getByTestId('life-due')).toHaveText('12/03/2026'); // Thu 05/03 + 5 working days
  await expect(life.getByTestId('life-chu-tri')).toHaveText('Phòng Tổng hợp');

  await life.getByTestId('life-step-chuyen').click();
  await page.getByTestId('step-receivedBy').fill('Lê Văn Cường');
  await saveStep(page);
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
  await openOutgoingForm(page, 'cong van');
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
  expect(
    missingFromFlat(phieu, [
      'PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN',
      'Số đến: 1',
      '45/BC-UBND',
      'chủ trì: Phòng Tổng hợp',
      'Thời hạn giải quyết: 12/03/2026',
    ]),
  ).toEqual([]);
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

test('a document from the hub: hand-over, progress and completion send 04, 05, 06 to the sender', async ({ page }) => {
  const SUBJECT = 'V/v báo cáo số liệu cán bộ, công chức quý I năm 2026';
  // Sở A sends a công văn to this agency (Sở B) through the simulator.
  const sender = createApp({ dataDir: senderDir }, { logger: memoryLogger() });
  try {
    const pdf = path.join(senderDir, 'cv.pdf');
    const doc = await PDFDocument.create();
    doc
      .addPage([595, 842])
      .drawText('Cong van bao cao so lieu', { x: 60, y: 760, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
    fs.writeFileSync(pdf, await doc.save());
    const sent = await call<{ DocumentId: string }>(sender, 'exchange.sendDocument', {
      packet: hubLetter(pdf, { CodeNumber: '31', CodeNotation: 'SO-VP', PromulgationDate: '2026-03-02', Subject: SUBJECT }),
    });
    await call(sender, 'exchange.sync', {});

    // The clerk receives it, registers it, and carries it through its life in the detail.
    await page.goto(server.url);
    await expect(page.getByTestId('todo-page')).toBeVisible({ timeout: 60_000 });
    await page.getByRole('menuitem', { name: 'Liên thông' }).click();
    // The server's own sync cycle (every minute) may have fetched it already: either way it waits in the inbox.
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-result')).toBeVisible();
    await page.getByTestId('inbox-row').filter({ hasText: SUBJECT }).getByTestId('inbox-register').click();
    await expect(page.getByText(/Đã vào sổ: số đến \d+/)).toBeVisible();

    await page.getByTestId('nav-incoming').click();
    await page.getByTestId('register-table-den').getByTestId('register-row').filter({ hasText: SUBJECT }).click();
    const life = page.getByTestId('life-panel');
    await expect(life).toContainText('Văn bản đến qua trục liên thông');
    await life.getByTestId('life-step-chuyen-thang').click();
    await pick(page, 'step-chuTri', 'phong tong', 'Phòng Tổng hợp');
    await saveStep(page);
    await expect(life.getByTestId('life-state')).toHaveText('Chờ chuyển');
    await life.getByTestId('life-step-chuyen').click();
    await saveStep(page);
    await expect(life.getByTestId('life-state')).toHaveText('Đang giải quyết');
    await life.getByTestId('life-step-tien-do').click();
    await page.getByTestId('step-note').fill('Đang tổng hợp số liệu của các phòng.');
    await saveStep(page);
    await expect(life.getByTestId('step-3')).toContainText('Đang tổng hợp số liệu');
    await life.getByTestId('life-step-hoan-thanh').click();
    await page.getByTestId('step-how').getByText('Lưu, để biết').click();
    await saveStep(page);
    await expect(life.getByTestId('life-state')).toHaveText('Hoàn thành');
    await page.locator('.ant-drawer-open .ant-drawer-close').click();

    // One sync sends the queued statuses (03 on registration, then 04, 05, 06) to the hub.
    await page.getByRole('menuitem', { name: 'Liên thông' }).click();
    await page.getByTestId('sync-now').click();
    await expect(page.getByTestId('sync-result')).toBeVisible();

    // The sender's side: its sync fetches what reached the hub (the server's background cycle may
    // still hold part of the queue, so the sender syncs until the hub has answered, within a bound).
    type History = { History: { direction: string; StatusCode: string; Description?: string | null }[] };
    const statuses = async () => {
      await call(sender, 'exchange.sync', {});
      return (await call<History>(sender, 'exchange.deliveries', { documentId: sent.DocumentId })).History.filter(
        (h) => h.direction === 'in',
      );
    };
    await expect.poll(async () => (await statuses()).map((h) => h.StatusCode), { timeout: 60_000 }).toEqual(['01', '03', '04', '05', '06']);
    const received = await statuses();
    expect(received[2]!.Description).toContain('Phòng Tổng hợp');
    expect(received[3]!.Description).toContain('Đang tổng hợp số liệu');
  } finally {
    sender.close();
  }
});
