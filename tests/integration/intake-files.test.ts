/**
 * File import, page editing and PDF assembly through the router, with the bad inputs the issue
 * lists: zero-byte and truncated images, a password PDF, a fake PDF, a 1,000-page TIFF, a 2 GB
 * file. A refused import adds nothing; pages already in a batch stay.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import type { IntakeBatch } from '../../src-shared/contracts/intake.contract';
import { describePdf } from '../../src-main/features/intake/pdf/assemble';
import { testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { needTools } from '../support/tools';

const app = testApp();
const dir = tempDataDir('vanthu-files-');
const multiPage = needTools('tiffcp', 'pdftotext');
const edited = needTools('pdfinfo');
const locked = needTools('qpdf');
const thousand = needTools('tiffcp');

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await app.router.call(name, input, { transport: 'direct' });
  if (!r.ok) throw Object.assign(new Error(r.error.message), { error: r.error });
  return r.value as T;
}
async function refusal(name: string, input: unknown) {
  const r = await app.router.call(name, input, { transport: 'direct' });
  expect(r.ok).toBe(false);
  return (r as { ok: false; error: { kind: string; message: string; details?: Record<string, unknown> } }).error;
}

const f = (n: string) => path.join(dir, n);
const page = (label: string, w = 413, h = 584) =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="white"/><text x="30" y="100" font-size="40">${label}</text><circle cx="300" cy="450" r="60" fill="none" stroke="#d01010" stroke-width="6"/></svg>`,
    ),
  );

beforeAll(async () => {
  await page('JPEG').withMetadata({ density: 50 }).jpeg().toFile(f('a.jpg'));
  await page('PNG').png().toFile(f('b.png'));
  await page('T1').tiff().toFile(f('t1.tif'));
  await page('T2').tiff().toFile(f('t2.tif'));
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const t of ['PDF page one', 'PDF page two']) doc.addPage([595, 842]).drawText(t, { x: 50, y: 700, size: 20, font });
  fs.writeFileSync(f('c.pdf'), await doc.save());
  fs.writeFileSync(f('zero.jpg'), '');
  const jpg = fs.readFileSync(f('a.jpg'));
  fs.writeFileSync(f('cut.jpg'), jpg.subarray(0, Math.floor(jpg.length / 2)));
  fs.writeFileSync(f('fake.pdf'), 'Đây không phải PDF, chỉ là văn bản.\n');
});
afterAll(() => app.close());

describe('file import → batch → PDF', () => {
  it.skipIf(multiPage.skip)(multiPage.title('takes JPEG, PNG, multi-page TIFF and PDF, in order, into one PDF'), async () => {
    expect(spawnSync('tiffcp', [f('t1.tif'), f('t2.tif'), f('multi.tif')]).status).toBe(0);
    const r = await call<{ batch: IntakeBatch; added: number; warnings: string[] }>('intake.importFiles', {
      paths: [f('a.jpg'), f('b.png'), f('multi.tif'), f('c.pdf')],
    });
    expect(r.added).toBe(6);
    expect(r.batch.pages.map((p) => p.kind)).toEqual(['image', 'image', 'image', 'image', 'pdf', 'pdf']);
    expect(r.batch.pages.every((p) => p.thumb !== null)).toBe(true);
    // No antivirus is configured in this app: the clerk is told, the files are still taken (policy "warn").
    expect(r.warnings.join(' ')).toMatch(/chưa được kiểm tra virus/);
    const out = f('all.pdf');
    const made = await call<{ file: { sha256: string; pageCount: number; textChars: number } }>('intake.assemble', {
      batchId: r.batch.id,
      out,
    });
    expect(made.file.pageCount).toBe(6);
    const d = await describePdf(fs.readFileSync(out));
    expect(d.pages).toBe(6);
    // The JPEG said 50 dpi: its page is 413/50 inches wide (100% scale), not stretched to A4.
    expect(d.first!.w).toBeCloseTo((413 / 50) * 72, 0);
    // PDF pages are copied as they are: their text survives.
    expect(spawnSync('pdftotext', [out, '-']).stdout.toString()).toContain('PDF page two');
  });

  it.skipIf(edited.skip)(edited.title('page editor: rotate, reorder, delete, split into two documents'), async () => {
    const r = await call<{ batch: IntakeBatch }>('intake.importFiles', { paths: [f('a.jpg'), f('b.png'), f('c.pdf')] });
    const [p1, p2, p3, p4] = r.batch.pages.map((p) => p.id) as [string, string, string, string];
    let b = await call<IntakeBatch>('intake.editPages', { batchId: r.batch.id, edit: { op: 'rotate', pageIds: [p1], degrees: 90 } });
    b = await call<IntakeBatch>('intake.editPages', { batchId: b.id, edit: { op: 'reorder', order: [p2, p1, p3, p4] } });
    b = await call<IntakeBatch>('intake.editPages', { batchId: b.id, edit: { op: 'delete', pageIds: [p4] } });
    expect(b.pages.map((p) => [p.id, p.rotation])).toEqual([
      [p2, 0],
      [p1, 90],
      [p3, 0],
    ]);
    const split = await call<{ batches: IntakeBatch[] }>('intake.splitBatch', { batchId: b.id, startPages: [p3] });
    expect(split.batches.map((x) => x.pages.length)).toEqual([2, 1]);
    // Replace a page with a file, insert another before the first page.
    b = (await call<{ batch: IntakeBatch }>('intake.importFiles', { paths: [f('a.jpg')], batchId: b.id, replacePage: p2 })).batch;
    b = (await call<{ batch: IntakeBatch }>('intake.importFiles', { paths: [f('b.png')], batchId: b.id, insertBefore: b.pages[0]!.id }))
      .batch;
    expect(b.pages.map((p) => p.origin)).toEqual(['file:b.png', 'file:a.jpg', 'file:a.jpg']);
    b = await call<IntakeBatch>('intake.editPages', { batchId: b.id, edit: { op: 'delete', pageIds: [b.pages[0]!.id] } });
    const made = await call<{ file: { pageCount: number } }>('intake.assemble', { batchId: b.id, out: f('edited.pdf') });
    expect(made.file.pageCount).toBe(2);
    // Rotation is lossless: the JPEG is embedded unchanged and the page carries /Rotate 90.
    expect(spawnSync('pdfinfo', ['-f', '2', '-l', '2', f('edited.pdf')]).stdout.toString()).toMatch(/Page\s+2 rot:\s+90/);
    const bad = await refusal('intake.editPages', { batchId: b.id, edit: { op: 'delete', pageIds: ['nope'] } });
    expect(bad.message).toMatch(/Không có trang nope/);
  });

  it('grey and black-and-white are options, with the seal warning', async () => {
    const r = await call<{ batch: IntakeBatch }>('intake.importFiles', { paths: [f('a.jpg')] });
    const bw = await call<{ warnings: string[]; file: { size: number } }>('intake.assemble', { batchId: r.batch.id, mode: 'bw' });
    expect(bw.warnings.join(' ')).toMatch(/con dấu đỏ thành màu đen/);
    const gray = await call<{ warnings: string[] }>('intake.assemble', { batchId: r.batch.id, mode: 'gray' });
    expect(gray.warnings.join(' ')).toMatch(/xám/);
    expect(gray.warnings.join(' ')).toMatch(/dưới 200 dpi/);
  });
});

describe('bad input is refused by name, and adds nothing', () => {
  it('zero-byte, truncated image, fake PDF', async () => {
    expect((await refusal('intake.importFiles', { paths: [f('zero.jpg')] })).message).toMatch(/rỗng \(0 byte\)/);
    expect((await refusal('intake.importFiles', { paths: [f('cut.jpg')] })).message).toMatch(/bị hỏng hoặc bị cắt cụt/);
    expect((await refusal('intake.importFiles', { paths: [f('fake.pdf')] })).message).toMatch(/đuôi \.pdf nhưng nội dung không phải PDF/);
    expect((await refusal('intake.importFiles', { paths: [f('missing.png')] })).message).toMatch(/không tìm thấy/);
  });

  it('a failing file in a list adds none of the list to an existing batch', async () => {
    const r = await call<{ batch: IntakeBatch }>('intake.importFiles', { paths: [f('a.jpg')] });
    await refusal('intake.importFiles', { paths: [f('b.png'), f('cut.jpg')], batchId: r.batch.id });
    expect((await call<IntakeBatch>('intake.getBatch', { batchId: r.batch.id })).pages).toHaveLength(1);
  });

  it.skipIf(locked.skip)(locked.title('a password-protected PDF'), async () => {
    expect(spawnSync('qpdf', ['--encrypt', 'u', 'o', '256', '--', f('c.pdf'), f('locked.pdf')]).status).toBe(0);
    expect((await refusal('intake.importFiles', { paths: [f('locked.pdf')] })).message).toMatch(/mật khẩu/);
  });

  it.skipIf(thousand.skip)(thousand.title('a 1,000-page TIFF is refused before any page is decoded'), async () => {
    const tiny = f('tiny.tif');
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#ffffff' } })
      .tiff()
      .toFile(tiny);
    const r = spawnSync('tiffcp', [...Array(1000).fill(tiny), f('thousand.tif')]);
    expect(r.status).toBe(0);
    const err = await refusal('intake.importFiles', { paths: [f('thousand.tif')] });
    expect(err.message).toMatch(/có 1000 trang, vượt quá 500/);
  });

  it('a 2 GB file is refused from its size alone (never read into memory)', async () => {
    const big = f('huge.pdf');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 2 * 1024 ** 3);
    const before = process.memoryUsage().rss;
    const err = await refusal('intake.importFiles', { paths: [big] });
    expect(err.message).toMatch(/tệp quá lớn \(2048 MB\)/);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 ** 2);
    fs.rmSync(big);
  });
});

describe('hot folder', () => {
  it('takes a slowly written file only once its size is stable; quarantines a corrupt one with a reason', async () => {
    const hot = f('hot');
    fs.mkdirSync(hot);
    const jpg = fs.readFileSync(f('a.jpg'));
    fs.writeFileSync(path.join(hot, 'slow.jpg'), jpg.subarray(0, 1000));
    fs.writeFileSync(path.join(hot, 'broken.png'), Buffer.from('89504e470d0a1a0a0000', 'hex'));
    let r = await call<{ imported: unknown[]; quarantined: unknown[]; waiting: string[] }>('intake.hotFolderPoll', {
      folder: hot,
      stableMs: 150,
    });
    expect(r.imported).toEqual([]);
    expect(r.waiting.sort()).toEqual(['broken.png', 'slow.jpg']);
    // The scanner keeps writing…
    fs.appendFileSync(path.join(hot, 'slow.jpg'), jpg.subarray(1000));
    r = await call('intake.hotFolderPoll', { folder: hot, stableMs: 150 });
    expect(r.waiting).toContain('slow.jpg');
    await new Promise((res) => setTimeout(res, 200));
    r = await call('intake.hotFolderPoll', { folder: hot, stableMs: 150 });
    expect(r.imported).toEqual([{ name: 'slow.jpg', batchId: expect.any(String), pages: 1 }]);
    expect(r.quarantined).toEqual([{ name: 'broken.png', reason: expect.stringMatching(/bị hỏng/) }]);
    expect(fs.existsSync(path.join(hot, 'done', 'slow.jpg'))).toBe(true);
    expect(fs.readFileSync(path.join(hot, 'quarantine', 'broken.png.reason.txt'), 'utf8')).toMatch(/bị hỏng/);
    expect(fs.readdirSync(hot).filter((n) => !['done', 'quarantine'].includes(n))).toEqual([]);
  });
});
