import { AppError, fieldAppError, type ErrorCode, type ErrorParams } from '../../../src-shared/rpc/errors';
import { joinRuns, openPdf, pageTextRuns, type PdfjsDocument } from '../pdf/pdfjs-reader';

export interface PdfFacts {
  pageCount: number;
  /** Text layer, pages separated by form feeds; empty for a scan without OCR. */
  text: string;
}

/**
 * Checks and reads a PDF. The app passes one that runs `inspectPdf` in the long-work worker
 * (app/long-work.tasks.ts), so a long document never stalls the main process; tests and scripts
 * may use `inspectPdf` itself.
 */
export type PdfInspector = (bytes: Uint8Array, onProgress?: (done: number, total: number) => void) => Promise<PdfFacts>;

/** Progress is reported every this many pages (and at the end). */
const PROGRESS_EVERY = 25;

/** Beyond this the text is not indexed further: search needs words, not whole books. */
const MAX_TEXT_CHARS = 2_000_000;
const MAX_PAGES = 5000;

const bad = (code: ErrorCode, reason: string, params?: ErrorParams) => fieldAppError('file', code, params, { reason });

function lastIndexOfAscii(bytes: Uint8Array, needle: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(needle, from, 'latin1');
}

/** A trailer or xref-stream dictionary naming an /Encrypt dictionary (never itself encrypted). */
function hasEncryptEntry(buf: Buffer): boolean {
  for (let i = buf.indexOf('/Encrypt', 0, 'latin1'); i >= 0; i = buf.indexOf('/Encrypt', i + 8, 'latin1')) {
    if (/^\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(buf.toString('latin1', i, i + 40))) return true;
  }
  return false;
}

/**
 * Checks that bytes are a complete, unencrypted PDF that pdfjs can read, and extracts its text.
 * Refusals (kind Validation, details.field = 'file'): empty, not a PDF (no "%PDF-" header),
 * truncated (no "%%EOF" at the end, or pdfjs cannot rebuild it), encrypted (a password to open it,
 * or an owner password restricting it — such a file cannot be stamped or signed later), too many pages.
 */
export async function inspectPdf(bytes: Uint8Array, onProgress?: (done: number, total: number) => void): Promise<PdfFacts> {
  if (bytes.length === 0) throw bad('files.pdfEmpty', 'empty');
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) {
    throw bad('files.notPdf', 'not-pdf');
  }
  if (lastIndexOfAscii(bytes, '%%EOF', bytes.length) < Math.max(0, bytes.length - 2048)) {
    throw bad('files.pdfTruncated', 'truncated');
  }
  const encryptedMarker = hasEncryptEntry(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

  let doc: PdfjsDocument;
  try {
    doc = await openPdf(bytes, { stopAtErrors: false });
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') {
      throw bad('files.pdfPassword', 'encrypted');
    }
    throw bad('files.pdfDamaged', 'damaged', { error: (err as Error).message });
  }
  try {
    if (encryptedMarker || (await doc.getPermissions()) !== null) {
      throw bad('files.pdfEncrypted', 'encrypted');
    }
    if (doc.numPages > MAX_PAGES) throw bad('files.pdfTooManyPages', 'too-many-pages', { pages: doc.numPages, max: MAX_PAGES });
    const pages: string[] = [];
    let total = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      if (total < MAX_TEXT_CHARS) {
        const t = joinRuns(await pageTextRuns(page), '');
        total += t.length;
        pages.push(t);
      }
      page.cleanup();
      if (i % PROGRESS_EVERY === 0 || i === doc.numPages) onProgress?.(i, doc.numPages);
    }
    return { pageCount: doc.numPages, text: pages.join('\f').normalize('NFC').slice(0, MAX_TEXT_CHARS) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw bad('files.pdfPageDamaged', 'damaged', { error: (err as Error).message });
  } finally {
    await doc.destroy();
  }
}
