/**
 * Intake as a new clerk meets it, in Debian Chromium against browser mode: scan three pages from
 * SANE's `test` scanner, edit them (rotate, delete, insert page 1 of a real document from a file),
 * make the PDF with OCR, check the prefilled form, register, see the ĐẾN-stamped revision and find
 * the entry in the list. A second test drops a PDF onto the page editor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';
import { FIXTURE_DOCS, MILD, renderDocPdf, saneTestConfig, scanLike } from '../support/scan-fixtures';
import { painted } from '../support/pdf-canvas';
import { needTools } from '../support/tools';

const SCREENS = 'test-results/screens';
const browser = needTools('chromium');
test.skip(browser.skip, browser.reason);
/** SANE's test scanner, and native tesseract with Vietnamese data for the OCR prefill. */
const sane = needTools('scanimage-test');
const ocr = needTools('tesseract-vie');

let server: BrowserModeServer;
let root: string;
let firstPage: string;

/**
 * The shared SANE test config, with pages a clerk can tell apart (the colour test pattern instead of
 * solid black) fed slowly enough (a short delay per read) for thumbnails to show mid-scan.
 */
function saneConfig(dir: string): string {
  const conf = saneTestConfig(dir);
  const file = path.join(conf, 'test.conf');
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/^test-picture .*$/m, '')
    .replace(/^read-delay(-duration)? .*$/gm, '');
  fs.writeFileSync(file, `${text}\ntest-picture "Color pattern"\nread-delay true\nread-delay-duration 100000\n`);
  return conf;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  root = tempDataDir('vanthu-intake-e2e-');
  const data = path.join(root, 'data');
  fs.mkdirSync(data);
  const app = createApp({ dataDir: data }, { logger: memoryLogger() });
  await app.router.call('agency.saveProfile', SAMPLE_AGENCY, { transport: 'direct' });
  // This agency stamps ĐẾN on page 1 of registered scans; no antivirus here, and the clerk is told so.
  const saved = await app.router.call('intake.saveSettings', { arrivalStamp: true }, { transport: 'direct' });
  if (!saved.ok) throw new Error(saved.error.message);
  // A batch whose scanning process died (power cut): two pages on disk, manifest still 'scanning'.
  const batch = await app.router.call('intake.createBatch', { title: 'Công văn quét dở' }, { transport: 'direct' });
  if (!batch.ok) throw new Error(batch.error.message);
  const id = (batch.value as { id: string }).id;
  const png = await scanLike(await renderDocPdf(FIXTURE_DOCS[2]!), { ...MILD, dpi: 60 });
  for (const n of [1, 2])
    await app.router.call(
      'intake.importBytes',
      { fileName: `trang-${n}.jpg`, dataBase64: png.toString('base64'), batchId: id },
      { transport: 'direct' },
    );
  const manifest = path.join(data, 'intake', 'batches', `${id}.json`);
  fs.writeFileSync(
    manifest,
    JSON.stringify({
      ...JSON.parse(fs.readFileSync(manifest, 'utf8')),
      status: 'scanning',
      owner: { pid: 2 ** 22 + 7, since: '2026-01-05T09:00:00+07:00' },
    }),
  );
  app.close();
  // Page 1 of a real decision, "scanned" at 200 dpi with skew and noise.
  firstPage = path.join(root, 'qd-1048-trang-1.jpg');
  fs.writeFileSync(firstPage, await scanLike(await renderDocPdf(FIXTURE_DOCS[0]!), MILD));
  server = await startBrowserMode(data, { SANE_CONFIG_DIR: saneConfig(root) });
});

test.afterAll(async () => {
  await server?.stop();
});

async function openIntake(page: Page): Promise<Locator> {
  await page.goto(server.url);
  await page.getByRole('menuitem', { name: 'Văn bản đến' }).click();
  await page.getByTestId('open-intake').click();
  const drawer = page.getByRole('dialog', { name: 'Quét và nhập văn bản đến' });
  await expect(drawer).toBeVisible();
  return drawer;
}

/** OCR, then the review step. */
async function assemble(drawer: Locator, page: Page): Promise<void> {
  await drawer.getByTestId('intake-ocr').click();
  await expect(drawer.getByTestId('intake-assembling')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/intake-ocr-progress.png` });
  await expect(drawer.getByTestId('intake-review')).toBeVisible({ timeout: 180_000 });
  await painted(drawer.getByTestId('pdf-preview').locator('canvas'));
}

test('a batch interrupted mid-scan is offered for resume with its pages', async ({ page }) => {
  const drawer = await openIntake(page);
  const offer = drawer.getByTestId('batch-interrupted');
  await expect(offer).toContainText('Có lô quét bị gián đoạn');
  await expect(offer).toContainText('2 trang');
  await page.screenshot({ path: `${SCREENS}/intake-resume-offer.png` });
  await offer.getByTestId('batch-resume').click();
  await expect(offer).toBeHidden();
  await expect(drawer.getByTestId('intake-page')).toHaveCount(2);
  await expect(drawer.getByTestId('intake-batch-warnings')).toContainText('Đã tiếp tục lô quét bị gián đoạn với 2 trang');
  // The two sheets are two documents: page 2 starts a new batch.
  await drawer.getByTestId('intake-page').nth(1).click();
  await drawer.getByTestId('page-split').click();
  await expect(drawer.getByTestId('intake-notice')).toContainText('Đã tách thành 2 văn bản');
  await expect(drawer.getByTestId('intake-page')).toHaveCount(1);
  await expect(drawer.getByTestId('batch-item').filter({ hasText: 'Công văn quét dở (2)' })).toContainText('1 trang');
});

test('stopping a scan keeps the pages already scanned', async ({ page }) => {
  test.skip(sane.skip, sane.reason);
  const drawer = await openIntake(page);
  await drawer.getByTestId('batch-new').click();
  await expect(drawer.getByTestId('intake-device')).toContainText('test:0', { timeout: 30_000 });
  // No page limit: the test feeder holds ten sheets; the clerk stops after the first arrives.
  await drawer.getByTestId('intake-scan').click();
  await expect(drawer.getByTestId('intake-page').first()).toBeVisible({ timeout: 60_000 });
  await drawer.getByTestId('intake-cancel').click();
  await expect(drawer.getByTestId('intake-notice')).toContainText('Đã dừng quét; giữ lại', { timeout: 30_000 });
  const kept = await drawer.getByTestId('intake-page').count();
  expect(kept).toBeGreaterThanOrEqual(1);
  expect(kept).toBeLessThan(10);
  await expect(drawer.getByTestId('intake-notice')).toContainText(`giữ lại ${kept} trang`);
  await page.screenshot({ path: `${SCREENS}/intake-cancelled.png` });
});

test('scan three pages from the SANE test scanner, edit, OCR, prefilled form, register, ĐẾN stamp', async ({ page }) => {
  test.skip(sane.skip || ocr.skip, [sane.reason, ocr.reason].filter(Boolean).join('; '));
  test.setTimeout(300_000);
  const drawer = await openIntake(page);

  // The SANE test backend is listed; the first scanner is preselected; colour 200 dpi by default.
  const device = drawer.getByTestId('intake-device');
  await expect(device).toContainText('test:0', { timeout: 30_000 });
  await expect(drawer.getByTestId('intake-dpi')).toContainText('200 dpi');
  await drawer.getByTestId('intake-pages-max').fill('3');
  await drawer.getByTestId('intake-scan').click();
  // Thumbnails arrive while the scanner is still feeding.
  await expect(drawer.getByTestId('intake-scanning')).toBeVisible();
  await expect(drawer.getByTestId('intake-page').first()).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: `${SCREENS}/intake-scanning.png` });
  await expect(drawer.getByTestId('intake-notice')).toContainText('Đã quét xong 3 trang', { timeout: 60_000 });
  const pages = drawer.getByTestId('intake-page');
  await expect(pages).toHaveCount(3);
  await expect(pages.locator('img')).toHaveCount(3);

  // Rotate page 2 from the toolbar, delete page 3 from the keyboard.
  await pages.nth(1).click();
  await drawer.getByTestId('page-rotate-right').click();
  await expect(pages.nth(1)).toHaveAttribute('data-rotation', '90');
  await pages.nth(2).click();
  await page.keyboard.press('Delete');
  await expect(pages).toHaveCount(2);

  // Page 1 of the document comes from a file, inserted before the first scanned page.
  await pages.nth(0).click();
  // The editor is idle again after the delete (a busy editor disables the menu, and a click on its
  // closing items opens nothing): a fresh-clone run once waited 5 minutes for a file chooser here.
  await expect(drawer.getByTestId('page-insert')).toBeEnabled();
  // The menu item must click the editor's file input (that is what opens the system's file dialog).
  // The test catches that click and sets the file on the input itself rather than waiting for
  // Playwright's "filechooser" event: that event never came in about half the runs on 2026-12-03 (even
  // with the click on the input seen and the page's user activation on); a listener added for
  // debugging made it come. Our reading of playwright-core: its handler returns without an event when
  // it cannot adopt the input in its own world. Not proven. Bounded: no click within 30 s fails here.
  const input = page.getByTestId('page-file-input');
  const clicked = input.evaluate(
    (el) =>
      new Promise<boolean>((resolve) => {
        el.addEventListener('click', (e) => (e.preventDefault(), resolve(true)), { once: true });
        setTimeout(() => resolve(false), 30_000);
      }),
  );
  await drawer.getByTestId('page-insert').click();
  await expect(page.getByTestId('insert-file')).toBeVisible();
  await page.getByTestId('insert-file').click();
  expect(await clicked).toBe(true);
  await input.setInputFiles(firstPage);
  await expect(pages).toHaveCount(3);
  await expect(pages.nth(0)).toContainText('tệp');
  await expect(pages.nth(2)).toHaveAttribute('data-rotation', '90');
  // Keyboard reorder round trip: Ctrl+→ then Ctrl+← puts page 1 back.
  await pages.nth(0).click();
  await page.keyboard.press('Control+ArrowRight');
  await expect(pages.nth(1)).toContainText('tệp');
  await page.keyboard.press('Control+ArrowLeft');
  await expect(pages.nth(0)).toContainText('tệp');
  // Drag and drop: the rotated page onto the left half of page 1 goes first, then back to the end.
  await pages.nth(2).dragTo(pages.nth(0), { targetPosition: { x: 10, y: 90 } });
  await expect(pages.nth(0)).toHaveAttribute('data-rotation', '90');
  await pages.nth(0).dragTo(pages.nth(2), { targetPosition: { x: 160, y: 90 } });
  await expect(pages.nth(2)).toHaveAttribute('data-rotation', '90');
  await expect(pages.nth(0)).toContainText('tệp');
  await page.screenshot({ path: `${SCREENS}/intake-pages.png` });

  await assemble(drawer, page);
  const soKyHieu = drawer.getByTestId('field-SoKyHieu');
  await expect(drawer.getByTestId('intake-prefill-summary')).toContainText('Đã điền sẵn');
  await expect(soKyHieu).toHaveValue(/1048/);
  await expect(drawer.getByTestId('field-Subject')).toHaveValue(/Quy chế/);
  await expect(drawer.getByTestId('field-OrganName').locator('input')).toHaveValue(/NGOẠI VỤ/i);
  await expect(drawer.getByTestId('prefill-file')).toContainText('3 trang');
  await page.screenshot({ path: `${SCREENS}/intake-review.png` });

  // The clerk confirms and registers with Ctrl+Enter, as in the register's own form.
  await drawer.getByTestId('field-Subject').press('Control+Enter');
  const done = drawer.getByTestId('intake-done');
  await expect(done).toContainText('Đã vào sổ: số đến 1');
  await expect(done.getByTestId('intake-stamped')).toContainText('Bản có dấu ĐẾN', { timeout: 30_000 });
  await painted(done.getByTestId('intake-stamped').locator('canvas'));
  await page.screenshot({ path: `${SCREENS}/intake-done-stamped.png` });

  await done.getByRole('button', { name: 'Đóng' }).click();
  const table = page.getByTestId('register-table-den');
  await page.getByTestId('register-search').fill('1048');
  await expect(table.getByTestId('register-row')).toHaveCount(1);
  await expect(table).toContainText('1048/QĐ-SNgV');
  await page.screenshot({ path: `${SCREENS}/intake-registered-list.png` });
});

test('a PDF dropped onto the page editor becomes the document; OCR prefills the form', async ({ page }) => {
  test.skip(ocr.skip, ocr.reason);
  test.setTimeout(240_000);
  const doc = FIXTURE_DOCS.find((d) => d.id === 'qd-sdl')!;
  const pdf = Buffer.from(await renderDocPdf(doc)).toString('base64');
  const drawer = await openIntake(page);
  await drawer.getByTestId('batch-new').click();
  const grid = drawer.getByTestId('intake-pages');
  const dt = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const d = new DataTransfer();
    d.items.add(new File([bytes], 'qd-146-sdl.pdf', { type: 'application/pdf' }));
    return d;
  }, pdf);
  await grid.dispatchEvent('dragover', { dataTransfer: dt });
  await grid.dispatchEvent('drop', { dataTransfer: dt });
  await expect(drawer.getByTestId('intake-notice')).toContainText('Đã nhập 1 trang từ tệp qd-146-sdl.pdf');
  await expect(drawer.getByTestId('intake-page')).toHaveCount(1);
  await expect(drawer.getByTestId('intake-page').locator('img')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/intake-dropped-pdf.png` });

  await assemble(drawer, page);
  await expect(drawer.getByTestId('field-SoKyHieu')).toHaveValue(/146\/QĐ-SDL/);
  await expect(drawer.getByTestId('field-Subject')).toHaveValue(/Văn phòng điện tử/);
  await page.screenshot({ path: `${SCREENS}/intake-dropped-review.png` });
  await drawer.getByTestId('register-submit').click();
  await expect(drawer.getByTestId('intake-done')).toContainText('Đã vào sổ: số đến');
});
