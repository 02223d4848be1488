/**
 * File import (dialog, drag and drop, hot folder): PDF, JPEG, PNG and multi-page TIFF become
 * pages. Type is judged by content, never by extension. Checks come before any page is made:
 * missing, empty, oversize (a 2 GB file is refused from its size alone, never read), unknown
 * type, damaged or truncated image, PDF that is fake, truncated or password-protected, too many
 * pages. PDF pages are kept as PDF (copied as is at assembly), with a rendered thumbnail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { IntakePage } from '../../../../src-shared/contracts/intake.contract';
import { toVnIso } from '../../../../src-shared/domain';
import { AppError, appError, errorInFile } from '../../../../src-shared/rpc/errors';
import type { Clock } from '../../../core/clock';
import type { PdfInspector } from '../../files/pdf-inspect';
import { imagePageCount, MAX_INPUT_BYTES, MAX_PAGES_PER_FILE, readHead, sniff, thumbnail, type SniffedType } from '../pdf/page-image';
import type { PdfRaster } from '../pdf/pdf-raster';
import { openSourcePdf } from '../pdf/assemble';
import type { BatchService } from './batch.service';
import type { BatchStore } from './batch-store';

/** A refusal of one file: `problem` (a keyed error) prefixed with the file's name, the problem also as the file field's message. */
const refuse = (name: string, problem: AppError, reason: string) =>
  errorInFile(name, problem, { field: 'file', file: name, reason, fields: [{ field: 'file', message: problem.message }] });

/** Cheap checks from the file system and the first bytes; returns the content type. */
export function precheckFile(file: string): { name: string; size: number; type: Exclude<SniffedType, 'unknown' | 'pnm'> } {
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw refuse(name, appError('intake.fileMissing'), 'missing');
  }
  if (!stat.isFile()) throw refuse(name, appError('intake.notAFile'), 'not-file');
  if (stat.size === 0) throw refuse(name, appError('intake.fileEmpty'), 'empty');
  if (stat.size > MAX_INPUT_BYTES) {
    throw refuse(
      name,
      appError('intake.fileTooBig', { size: Math.round(stat.size / 1048576), max: MAX_INPUT_BYTES / 1048576 }),
      'too-large',
    );
  }
  const type = sniff(readHead(file));
  if (type === 'unknown' || type === 'pnm') {
    const fakePdf = path.extname(name).toLowerCase() === '.pdf';
    throw refuse(name, fakePdf ? appError('intake.fileFakePdf') : appError('intake.fileTypeUnsupported'), 'unsupported-type');
  }
  return { name, size: stat.size, type };
}

export function createFileImporter(deps: {
  store: BatchStore;
  batches: BatchService;
  clock: Clock;
  inspect: PdfInspector;
  raster: PdfRaster;
}) {
  async function pdfPages(file: string, name: string, onPage?: (done: number, total: number) => void): Promise<IntakePage[]> {
    const bytes = fs.readFileSync(file);
    const facts = await deps.inspect(bytes).catch((err: unknown) => {
      if (err instanceof AppError) throw errorInFile(name, err);
      throw err;
    });
    if (facts.pageCount > MAX_PAGES_PER_FILE)
      throw refuse(name, appError('intake.pdfTooManyPages', { pages: facts.pageCount, max: MAX_PAGES_PER_FILE }), 'too-many-pages');
    // Assembly copies the pages with pdf-lib: a file it cannot read is refused now, not at assembly.
    const strict = await openSourcePdf(bytes, `file:${name}`);
    if (strict.getPageCount() < facts.pageCount) {
      throw refuse(name, appError('intake.pdfDamaged', { read: strict.getPageCount(), pages: facts.pageCount }), 'damaged-pdf');
    }
    const sha = deps.store.pages.put(bytes).sha256;
    // pdf.js reads and draws every page off the main thread (the app's long-work worker).
    const read = await deps.raster.pages(bytes, 30, onPage);
    const pages: IntakePage[] = [];
    for (const [i, { info, png }] of read.entries()) {
      let thumb: string | null = null;
      try {
        if (png) thumb = deps.store.pages.put(await thumbnail(Buffer.from(png))).sha256;
      } catch {
        // A page pdfjs cannot draw still assembles (copied as is); it just has no thumbnail.
      }
      const upright = info.rotation % 180 === 0;
      pages.push({
        id: randomUUID().slice(0, 8),
        kind: 'pdf',
        source: sha,
        pdfPage: i,
        thumb,
        widthPx: Math.round(upright ? info.widthPt : info.heightPt),
        heightPx: Math.round(upright ? info.heightPt : info.widthPt),
        dpi: 72,
        rotation: 0,
        colorMode: 'color',
        origin: `file:${name}#${i + 1}`,
        addedAt: toVnIso(deps.clock.now()),
      });
    }
    return pages;
  }

  return {
    /**
     * Pages of one file, stored durably but in no batch yet; the caller adds them to a manifest
     * in one write, so a file that fails half-way adds nothing.
     */
    async pagesOf(file: string, onPage?: (done: number, total: number) => void): Promise<IntakePage[]> {
      const { name, type } = precheckFile(file);
      if (type === 'pdf') return pdfPages(file, name, onPage);
      const count = type === 'tiff' ? await imagePageCount(file, name) : 1;
      const pages: IntakePage[] = [];
      for (let i = 0; i < count; i++) {
        pages.push(
          await deps.batches.storeImagePage(file, {
            name: count > 1 ? `${name} (trang ${i + 1})` : name,
            ...(count > 1 ? { page: i } : {}),
            colorMode: 'color',
            origin: `file:${name}${count > 1 ? `#${i + 1}` : ''}`,
          }),
        );
        onPage?.(i + 1, count);
      }
      return pages;
    },
  };
}

export type FileImporter = ReturnType<typeof createFileImporter>;
