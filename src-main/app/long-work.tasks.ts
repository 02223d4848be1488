/**
 * The long work the main process hands to its worker thread (see core/worker/task-runner.ts):
 * audit verification, register-book rendering, PDF checking with text extraction and the text layer
 * the signer reads to place the signature and the number (pdf.js), intake's page images (thumbnails,
 * OCR of PDF pages, the ĐẾN stamp's place), the signature check of PDFs arriving from the hub, and backups.
 * Inputs and outputs are structured-cloneable.
 */
import { BACKUP_TASKS } from '../features/backup/backup.tasks';
import { verifyAuditFile } from '../features/audit/audit-verify';
import type { BookModel } from '../features/books/pdf/book-model';
import { renderBook } from '../features/books/pdf/book-pdf';
import type { FontFamily } from '../features/books/pdf/fonts';
import { inspectPdf } from '../features/files/pdf-inspect';
import { rasterPages, renderPdfPage } from '../features/intake/pdf/pdf-raster';
import { readTextItems } from '../features/signing/pdf/text-layer';
import { verifyBytesTask } from '../features/signing/verify/verify-task';
import type { TaskContext } from '../core/worker/task-runner';

export const LONG_WORK_TASKS = {
  'audit.verify': verifyAuditFile,
  'books.render': (input: { model: BookModel; family: FontFamily }, ctx: TaskContext) =>
    renderBook(input.model, input.family, (d, t) => ctx.progress(d, t)),
  'pdf.inspect': (input: { bytes: Uint8Array }, ctx: TaskContext) => inspectPdf(input.bytes, (d, t) => ctx.progress(d, t)),
  'pdf.textItems': (input: { bytes: Uint8Array; pageIndexes: number[] }) => readTextItems(input.bytes, input.pageIndexes),
  'pdf.rasterPages': (input: { bytes: Uint8Array; dpi: number | null }, ctx: TaskContext) =>
    rasterPages(input.bytes, input.dpi, (d, t) => ctx.progress(d, t), ctx.signal),
  'pdf.renderPage': (input: { bytes: Uint8Array; pageIndex: number; dpi: number }) =>
    renderPdfPage(input.bytes, input.pageIndex, input.dpi),
  'signing.verifyBytes': verifyBytesTask,
  ...BACKUP_TASKS,
};
