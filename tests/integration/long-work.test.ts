import { degrees, PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONG_WORK_TASKS } from '../../src-main/app/long-work.tasks';
import { createAuditRepo } from '../../src-main/features/audit/audit.repo';
import { createAuditService } from '../../src-main/features/audit/audit.service';
import { renderBook } from '../../src-main/features/books/pdf/book-pdf';
import { createFontSource } from '../../src-main/features/books/pdf/fonts';
import { inspectPdf } from '../../src-main/features/files/pdf-inspect';
import { rasterPages, renderPdfPage } from '../../src-main/features/intake/pdf/pdf-raster';
import { readTextItems } from '../../src-main/features/signing/pdf/text-layer';
import { createTaskRunner } from '../../src-main/core/worker/task-runner';
import { systemClock } from '../../src-main/core/clock';
import { openDatabase } from '../../src-main/db/open';
import { memoryLogger, ROOT } from '../support/app-harness';
import { testBookModel } from '../support/book-model';
import { agencyApp, incoming, ok } from './register-helpers';

const SOURCE = path.join(ROOT, 'src-main', 'app', 'long-work.worker.ts');
const workerRunner = () =>
  createTaskRunner({ tasks: LONG_WORK_TASKS, bundled: '/nonexistent/long-work-worker.cjs', source: SOURCE, logger: memoryLogger() });

function bookModel(n: number) {
  return testBookModel(
    Array.from({ length: n }, (_, i) => [
      '02/01/2026',
      String(i + 1),
      'Ủy ban nhân dân tỉnh Bình Định',
      `${i + 1}/QĐ-UBND`,
      '01/01/2026',
      `Quyết định số ${i + 1} về việc phê duyệt kế hoạch`,
      'Văn phòng',
      '',
      '',
      '',
    ]),
    String(n),
  );
}

describe('long work off the main thread', () => {
  it('a book rendered in the worker is byte-identical to one rendered here, with progress reported', async () => {
    const family = await createFontSource({ resourcesDir: path.join(ROOT, 'resources'), systemCandidates: [] }).preferred();
    const model = bookModel(600);
    const runner = workerRunner();
    expect(runner.mode).toBe('worker');
    const progress: [number, number][] = [];
    const inWorker = await runner.run('books.render', { model, family }, { onProgress: (d, t) => progress.push([d, t]) });
    const here = await renderBook(model, family);
    expect(inWorker.pages).toBe(here.pages);
    expect(Buffer.compare(Buffer.from(inWorker.bytes), Buffer.from(here.bytes))).toBe(0);
    expect(progress).toEqual([
      [250, 600],
      [500, 600],
      [600, 600],
    ]);
    await runner.close();
  });

  it('audit.verify runs in the worker on its own connection: same result as the walk in this thread, progress as audit.progressed', async () => {
    const { app } = await agencyApp();
    for (let i = 0; i < 3; i++) await ok(app, 'register.addIncoming', incoming({ SoKyHieu: `${i + 1}/QĐ-UBND` }));
    const events: unknown[] = [];
    app.events.subscribe((name, payload) => name === 'audit.progressed' && events.push(payload));
    const viaRouter = await ok(app, 'audit.verify', {});
    expect(viaRouter.ok).toBe(true);
    expect(viaRouter.count).toBeGreaterThanOrEqual(3);
    expect(events.at(-1)).toEqual({ done: viaRouter.count, total: viaRouter.count });

    const database = openDatabase(path.join(app.dataDirPath, 'vanthu.db'));
    const here = createAuditService({ repo: createAuditRepo(database.sqlite), clock: systemClock, logger: memoryLogger() }).verify();
    database.close();
    expect(viaRouter).toEqual(here);
    const runner = workerRunner();
    expect(await runner.run('audit.verify', { dbFile: path.join(app.dataDirPath, 'vanthu.db') })).toEqual(here);
    await runner.close();
    app.close();
  });

  it('a task that fails in the worker rejects the call with its error, and the worker keeps serving', async () => {
    const runner = workerRunner();
    await expect(runner.run('audit.verify', { dbFile: '/nonexistent/vanthu.db' })).rejects.toThrow(
      /nonexistent|unable to open|directory does not exist/i,
    );
    const family = await createFontSource({ resourcesDir: path.join(ROOT, 'resources'), systemCandidates: [] }).preferred();
    expect((await runner.run('books.render', { model: bookModel(1), family })).pages).toBeGreaterThan(1);
    await runner.close();
  });

  it('pdf checking and text extraction run in the worker: the same facts as here, progress for a long document, refusals unchanged', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 1; i <= 60; i++) doc.addPage([595, 842]).drawText(`Trang ${i} cua van ban`, { x: 72, y: 760, size: 12, font });
    const bytes = await doc.save();
    const runner = workerRunner();
    const progress: [number, number][] = [];
    const inWorker = await runner.run('pdf.inspect', { bytes }, { onProgress: (d, t) => progress.push([d, t]) });
    expect(inWorker).toEqual(await inspectPdf(bytes));
    expect(inWorker.pageCount).toBe(60);
    expect(inWorker.text.split('\f')[59]).toContain('Trang 60');
    expect(progress).toEqual([
      [25, 60],
      [50, 60],
      [60, 60],
    ]);
    await expect(runner.run('pdf.inspect', { bytes: new TextEncoder().encode('khong phai pdf') })).rejects.toMatchObject({
      kind: 'Validation',
      details: { field: 'file', reason: 'not-pdf' },
    });
    await runner.close();
  });

  it('the signer\'s text layer (name line, "Số:" line) is read in the worker: the same items, page by page, as here', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.TimesRoman);
    doc.addPage([595, 842]).drawText('So:      /QD-UBND', { x: 90, y: 760, size: 13, font });
    const last = doc.addPage([595, 842]);
    last.drawText('CHU TICH', { x: 380, y: 300, size: 13, font });
    last.drawText('Nguyen Van An', { x: 380, y: 200, size: 13, font });
    const bytes = await doc.save();
    const runner = workerRunner();
    const inWorker = await runner.run('pdf.textItems', { bytes, pageIndexes: [1, 0, 7] });
    expect(inWorker).toEqual(await readTextItems(bytes, [1, 0, 7]));
    expect([...inWorker.keys()]).toEqual([1, 0]);
    expect(inWorker.get(1)!.map((t) => t.str)).toEqual(['CHU TICH', 'Nguyen Van An']);
    expect(inWorker.get(0)![0]).toMatchObject({ str: 'So:', x: 90, y: 760, size: 13 });
    expect(inWorker.get(0)!.at(-1)!.str).toBe('/QD-UBND');
    await runner.close();
  });

  it("intake's page images (thumbnails, OCR pages) are drawn in the worker: the same PNGs and facts as here, progress page by page", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 1; i <= 3; i++) doc.addPage([595, 842]).drawText(`Trang ${i} cua van ban den`, { x: 72, y: 760, size: 14, font });
    doc.getPage(1).setRotation(degrees(90));
    const bytes = await doc.save();
    const runner = workerRunner();
    expect(runner.mode).toBe('worker');
    const progress: [number, number][] = [];
    const inWorker = await runner.run('pdf.rasterPages', { bytes, dpi: 30 }, { onProgress: (d, t) => progress.push([d, t]) });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    const here = await rasterPages(bytes, 30);
    expect(inWorker.map((p) => p.info)).toEqual(here.map((p) => p.info));
    expect(inWorker.map((p) => Buffer.from(p.png!).equals(Buffer.from(here[inWorker.indexOf(p)]!.png!)))).toEqual([true, true, true]);
    expect(inWorker[1]!.info).toMatchObject({ rotation: 90, widthPt: 842, heightPt: 595 });
    expect(inWorker[2]!.info.text).toContain('Trang 3');
    const page = await runner.run('pdf.renderPage', { bytes, pageIndex: 1, dpi: 50 });
    expect(Buffer.from(page).equals(Buffer.from(await renderPdfPage(bytes, 1, 50)))).toBe(true);
    // Upright: the /Rotate 90 page comes out landscape.
    expect(Buffer.from(page).readUInt32BE(16)).toBe(Math.ceil((842 * 50) / 72));
    expect((await runner.run('pdf.rasterPages', { bytes, dpi: null }))[0]!.png).toBeNull();
    await runner.close();
  });
});
