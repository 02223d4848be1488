/**
 * `intake.ocr` / `vanthu ocr`: OCR of a file on this machine (PDF or image), of a stored PDF, or
 * of a batch, then field extraction from page 1. Nothing is stored: this is a reading, not intake.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IntakeBatch } from '../../../../src-shared/contracts/intake.contract';
import { AppError, appError, errorInFile } from '../../../../src-shared/rpc/errors';
import type { PdfInspector } from '../../files/pdf-inspect';
import { precheckFile } from '../batch/file-import';
import { extractFields } from '../extract/fields';
import { imagePageCount } from '../pdf/page-image';
import type { OcrService } from './ocr.service';
import sharp from 'sharp';

export interface OcrReading {
  text: string;
  engine: string;
  pages: { page: number; chars: number; meanConfidence: number; angle: number; ms: number }[];
}

export function withFields(r: OcrReading): OcrReading & ReturnType<typeof extractFields> {
  const texts = r.text.split('\f');
  return { ...r, ...extractFields(texts[0] ?? '', { all: r.text, ...(r.pages[0] ? { ocrConfidence: r.pages[0].meanConfidence } : {}) }) };
}

const toReading = (engine: string, pages: { text: string; meanConfidence: number; angle: number; ms: number }[]): OcrReading => ({
  engine,
  text: pages.map((p) => p.text).join('\f'),
  pages: pages.map((p, i) => ({
    page: i + 1,
    chars: p.text.length,
    meanConfidence: Math.round(p.meanConfidence),
    angle: p.angle,
    ms: p.ms,
  })),
});

export async function ocrPdfBytes(ocr: OcrService, inspect: PdfInspector, bytes: Uint8Array, signal?: AbortSignal): Promise<OcrReading> {
  await inspect(bytes);
  const r = await ocr.ocrPdf(bytes, signal ? { signal } : {});
  return toReading(r.engine, r.pages);
}

export async function ocrPath(ocr: OcrService, inspect: PdfInspector, file: string, signal?: AbortSignal): Promise<OcrReading> {
  const abs = path.resolve(file);
  const { type, name } = precheckFile(abs);
  if (type === 'pdf') {
    try {
      return await ocrPdfBytes(ocr, inspect, fs.readFileSync(abs), signal);
    } catch (err) {
      if (err instanceof AppError) throw errorInFile(name, err);
      throw err;
    }
  }
  const count = type === 'tiff' ? await imagePageCount(abs, name) : 1;
  const meta = await sharp(abs).metadata();
  const dpi = meta.density && meta.density > 30 ? meta.density : 200;
  const r = await ocr.ocrImages(
    Array.from({ length: count }, (_, i) => ({
      image: () => sharp(abs, { page: i }).rotate().png({ compressionLevel: 1 }).toBuffer(),
      dpi,
    })),
    { textLayer: false, ...(signal ? { signal } : {}) },
  );
  return toReading(r.engine, r.pages);
}

export async function ocrBatch(
  ocr: OcrService,
  batch: IntakeBatch,
  readPage: (sha: string) => Buffer,
  signal?: AbortSignal,
): Promise<OcrReading> {
  const images = batch.pages.filter((p) => p.kind === 'image');
  if (images.length === 0) throw appError('intake.ocrNoImages', undefined, { batchId: batch.id });
  const r = await ocr.ocrImages(
    images.map((p) => ({
      image: async () => (p.rotation ? sharp(readPage(p.source)).rotate(p.rotation).jpeg({ quality: 90 }).toBuffer() : readPage(p.source)),
      dpi: p.dpi,
    })),
    { textLayer: false, ...(signal ? { signal } : {}) },
  );
  return toReading(r.engine, r.pages);
}
