/**
 * Ký số as a new clerk does it, in browser mode against a SoftHSM2 token: choose the token library,
 * upload the leader's signature and the agency seal once, sign a registered outgoing decision as
 * the leader (number and date stamped), then apply the agency signature; the signature panel shows
 * both signatures valid, pdfsig agrees, and the rendered page shows the seal over the signature.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';
import { painted } from '../support/pdf-canvas';
import { decisionPdf, LEADER_NAME, sealPng, signaturePng } from '../support/signing-fixtures';
import { pdfsig, setupSoftHsm, type TestToken } from '../support/softhsm';
import { needTools, SIGNING_TOOLS } from '../support/tools';
import { chooseOption } from '../support/antd-select';

const SCREENS = 'test-results/screens';
let server: BrowserModeServer;
let tk: TestToken;
let dataDir: string;
let entryId: string;
let images: { signature: string; seal: string };

const tools = needTools('chromium', ...SIGNING_TOOLS);
test.skip(tools.skip, tools.reason);

async function call<T = any>(app: ReturnType<typeof createApp>, name: string, input: unknown): Promise<T> {
  const r = await app.router.call(name, input, { transport: 'direct' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  tk = setupSoftHsm();
  dataDir = tempDataDir('vanthu-e2e-sign-');
  const app = createApp({ dataDir }, { logger: memoryLogger() });
  await call(app, 'agency.saveProfile', SAMPLE_AGENCY);
  // The administrator trusts the test root once (as for a real agency's CA).
  await call(app, 'signing.importTrust', { paths: [path.join(tk.pki, 'root.pem')], asUserAnchor: true });
  const f = await call<{ sha256: string }>(app, 'files.importBytes', {
    fileName: 'quyet-dinh.pdf',
    dataBase64: Buffer.from(await decisionPdf()).toString('base64'),
  });
  const r = await call<{ entry: { id: string } }>(app, 'register.addOutgoing', {
    TypeName: 'Quyết định',
    Subject: 'Ban hành Quy chế gửi, nhận văn bản điện tử trong các cơ quan hành chính nhà nước trên địa bàn xã',
    SignerInfo: { Position: 'Chủ tịch', FullName: LEADER_NAME },
    To: [{ OrganName: 'Ủy ban nhân dân huyện Đồng Phú' }],
    FileSha256: f.sha256,
  });
  entryId = r.entry.id;
  app.close();
  images = { signature: path.join(tk.work, 'chu-ky.png'), seal: path.join(tk.work, 'con-dau.png') };
  fs.writeFileSync(images.signature, await signaturePng());
  fs.writeFileSync(images.seal, await sealPng());
  server = await startBrowserMode(dataDir, { SOFTHSM2_CONF: tk.env.SOFTHSM2_CONF! });
});

test.afterAll(async () => {
  await server?.stop();
  for (const d of [tk?.work, dataDir]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

async function signOnce(page: Page, o: { role: 'signer' | 'seal'; keyId: string; tryManualPlacement?: boolean; wrongPinFirst?: boolean }) {
  await page.getByTestId(`role-${o.role}`).click();
  await page.getByTestId(`cert-VANTHU-TEST-${o.keyId}`).click();
  await page.getByTestId('signable-row').first().locator('input[type=checkbox]').check();
  if (o.tryManualPlacement) {
    // Placing by hand: a click on the pdf.js page centres a box of the seal's real size there.
    await page.getByTestId('placement-mode').getByText('Chọn trên trang').click();
    const pg = page.getByTestId('placement-page');
    await expect(pg.locator('canvas')).toBeVisible();
    await pg.click({ position: { x: 150, y: 420 } });
    await expect(page.getByTestId('placement-box')).toBeVisible();
    await expect(page.getByTestId('placement-picker')).toContainText('trang 1');
    await painted(pg.locator('canvas'));
    await page.screenshot({ path: `${SCREENS}/signing-placement.png` });
    await page.getByTestId('placement-mode').getByText('Tự động theo nội dung văn bản').click();
  }
  await expect(page.getByTestId('sign-button')).toBeEnabled();
  await page.getByTestId('sign-button').click();
  await expect(page.getByTestId('pin-input')).toBeFocused();
  if (o.wrongPinFirst) {
    // A wrong PIN: the token's refusal is shown in the dialog, the field is emptied, nothing is signed.
    await page.keyboard.type('000000');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('pin-error')).toContainText('PIN');
    await expect(page.getByTestId('pin-input')).toHaveValue('');
    await page.screenshot({ path: `${SCREENS}/signing-wrong-pin.png` });
    await page.getByTestId('pin-input').focus();
  }
  await page.keyboard.type(tk.pin);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('batch-summary')).toHaveText('Đã ký 1 văn bản, lỗi 0', { timeout: 30_000 });
  await expect(page.getByTestId('pin-dialog')).toBeHidden();
}

test('Ký số: leader signs with number and date, văn thư seals; both signatures valid in the panel, in pdfsig and on the page', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(server.url);
  await page.getByRole('menuitem', { name: 'Ký số' }).click();
  await expect(page.getByText('Ký số văn bản')).toBeVisible();

  // The token library: discovered on this machine, chosen once, remembered.
  await chooseOption(page, page.getByTestId('module-select'), 'libsofthsm2.so');
  const token = page.getByTestId('token-VANTHU-TEST');
  await expect(token).toBeVisible({ timeout: 30_000 });
  await expect(token).toContainText(LEADER_NAME);
  await expect(page.getByTestId('token-VANTHU-FINAL')).toContainText('Chỉ còn MỘT lần thử PIN');
  await expect(page.getByTestId('token-VANTHU-LOCKED')).toContainText('Token đã bị khóa');

  // Signature and seal images, uploaded once into the data folder.
  await page.getByTestId('image-signature').locator('input[type=file]').setInputFiles(images.signature);
  await expect(page.getByTestId('image-signature').locator('img')).toBeVisible();
  await page.getByTestId('image-seal').locator('input[type=file]').setInputFiles(images.seal);
  await expect(page.getByTestId('image-seal').locator('img')).toBeVisible();
  await expect(page.getByTestId('image-seal')).toContainText(/36(\.\d)?×36(\.\d)? mm/);

  // Leader: number and date come from the register entry.
  await page.getByTestId('cert-VANTHU-TEST-02').click();
  await page.getByTestId('signable-row').first().locator('input[type=checkbox]').check();
  await expect(page.getByTestId('stamp-preview')).toContainText('Số 01/QĐ-UBND');
  await page.screenshot({ path: `${SCREENS}/signing-ready.png`, fullPage: true });
  await signOnce(page, { role: 'signer', keyId: '02', wrongPinFirst: true });
  await expect(page.getByTestId('signable-row').first()).toContainText('Lãnh đạo đã ký');
  await page.screenshot({ path: `${SCREENS}/signing-leader-done.png`, fullPage: true });

  // Văn thư: the agency signature over the left third of the leader's image.
  await signOnce(page, { role: 'seal', keyId: '01', tryManualPlacement: true });
  await expect(page.getByTestId('signable-row').first()).toContainText('Đã đóng dấu');
  await page.getByTestId('batch-show').click();
  const drawer = page.getByTestId('signed-drawer');
  const rows = drawer.getByTestId('signature-row');
  await expect(rows).toHaveCount(2, { timeout: 20_000 });
  await expect(rows.nth(0)).toHaveAttribute('data-verdict', 'VALID_WITH_LATER_SIGNATURES');
  await expect(rows.nth(1)).toHaveAttribute('data-verdict', 'VALID');
  await expect(rows.nth(0)).toContainText(LEADER_NAME);
  await expect(drawer.getByTestId('signature-summary')).toContainText('Tất cả chữ ký số hợp lệ');
  await painted(drawer.getByTestId('pdf-preview').locator('canvas'));
  await page.screenshot({ path: `${SCREENS}/signing-panel.png` });
  await page.keyboard.press('Escape');

  // The register's detail shows the same panel for the entry (its newest signed revision).
  await page.getByRole('menuitem', { name: 'Văn bản đi' }).click();
  await page.getByTestId('register-table-di').getByTestId('register-row').first().click();
  const panel = page.getByTestId('entry-detail').getByTestId('signature-panel');
  await expect(panel.getByTestId('signature-row')).toHaveCount(2, { timeout: 20_000 });
  await expect(panel.getByTestId('signature-verdict').nth(1)).toHaveText('Hợp lệ');
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/signing-entry-detail.png` });
  await panel.getByTestId('show-signed').click();
  const signedPreview = panel.getByTestId('pdf-preview');
  await signedPreview.scrollIntoViewIfNeeded();
  await painted(signedPreview.locator('canvas'));
  await page.screenshot({ path: `${SCREENS}/signing-entry-detail-signed.png` });

  // Independent checks on the stored signed file: pdfsig (NSS) and the rendered page.
  const app = createApp({ dataDir }, { logger: memoryLogger() });
  const revs = await call<{ entries: Array<{ currentSha256: string; revisions: Array<{ role: string }> }> }>(app, 'signing.listRevisions', {
    entryIds: [entryId],
  });
  app.close();
  expect(revs.entries[0]!.revisions.map((r) => r.role)).toEqual(['signer', 'seal']);
  const sha = revs.entries[0]!.currentSha256;
  const file = path.join(dataDir, 'files', sha.slice(0, 2), sha);
  const ps = pdfsig(file, tk.nssdb);
  expect(
    ps.signatures.map((s) => s.valid && s.trusted),
    ps.raw,
  ).toEqual([true, true]);
  expect(ps.signatures[1]!.total).toBe(true);
  fs.mkdirSync(SCREENS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, `${SCREENS}/signed-page`]);
  expect(fs.existsSync(`${SCREENS}/signed-page.png`)).toBe(true);
  // The PIN went through the HTTP bridge and the router: it is in no log line.
  const log = fs.readFileSync(path.join(dataDir, 'logs', 'vanthu.log'), 'utf8');
  expect(log).toContain('stored document signed');
  expect(log).not.toContain(`"${tk.pin}"`);
  expect(log).not.toContain('"000000"');
});
