/**
 * The two operations the intake UI needs beyond the CLI's: an empty batch created up front (so the
 * screen knows the id for live thumbnails and cancel before the first page arrives) and a file
 * dropped in the renderer, sent as base64, taken exactly like a file on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import type { IntakeBatch } from '../../src-shared/contracts/intake.contract';
import { testApp } from '../support/app-harness';

const app = testApp();
afterAll(() => app.close());

async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await app.router.call(name, input, { transport: 'direct' });
  if (!r.ok) throw Object.assign(new Error(r.error.message), { error: r.error });
  return r.value as T;
}

type Imported = { batch: IntakeBatch; added: number; warnings: string[] };
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const png = () =>
  sharp({ create: { width: 300, height: 420, channels: 3, background: '#fafafa' } })
    .png()
    .toBuffer();

async function twoPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const t of ['one', 'two']) doc.addPage([595, 842]).drawText(t, { x: 50, y: 700, size: 20, font });
  return doc.save();
}

describe('intake.createBatch and intake.importBytes', () => {
  it('creates an empty open batch, then takes dropped PNG and PDF bytes into it in place', async () => {
    const b = await call<IntakeBatch>('intake.createBatch', { title: 'Công văn đến' });
    expect(b).toMatchObject({ status: 'open', title: 'Công văn đến', pages: [] });
    expect((await call<IntakeBatch>('intake.getBatch', { batchId: b.id })).id).toBe(b.id);

    const first = await call<Imported>('intake.importBytes', { fileName: 'trang.png', dataBase64: b64(await png()), batchId: b.id });
    expect(first.added).toBe(1);
    expect(first.batch.pages[0]).toMatchObject({ kind: 'image', origin: 'file:trang.png' });
    const firstId = first.batch.pages[0]!.id;

    const pdf = await call<Imported>('intake.importBytes', {
      fileName: 'cong-van.pdf',
      dataBase64: b64(await twoPagePdf()),
      batchId: b.id,
      insertBefore: firstId,
    });
    expect(pdf.added).toBe(2);
    expect(pdf.batch.pages.map((p) => p.origin)).toEqual(['file:cong-van.pdf#1', 'file:cong-van.pdf#2', 'file:trang.png']);
    // Nothing is left behind in the work folder.
    expect(fs.readdirSync(path.join(app.dataDirPath, 'intake', 'work')).filter((n) => n.startsWith('drop-'))).toEqual([]);
  });

  it('keeps a hostile file name inside the work folder and refuses bytes that are not a document, by name', async () => {
    const r = await call<Imported>('intake.importBytes', { fileName: '../../../etc/x.png', dataBase64: b64(await png()) });
    expect(r.batch.pages[0]!.origin).toBe('file:x.png');
    const bad = await app.router.call(
      'intake.importBytes',
      { fileName: 'gia.pdf', dataBase64: b64(Buffer.from('không phải PDF')) },
      { transport: 'direct' },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/Tệp "gia\.pdf".*không phải tệp PDF/);
  });
});
