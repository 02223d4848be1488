import { EncryptedPDFError, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { loadPdfDocument } from '../../pdf/pdf-lib-load';
import { AppError, appError } from '../../../../src-shared/rpc/errors';

/**
 * Gatekeeper for PDFs that come from outside. An incremental update appends to the file and
 * points back at its last cross-reference section, so a file we cannot trust structurally must be
 * refused before anything is written: encrypted, truncated, broken xref, too large, or certified
 * with "no changes allowed".
 */
export const PDF_LIMITS = {
  maxBytes: 200 * 1024 * 1024,
  /** A signing run holds the whole document in memory; longer files are refused by name. */
  maxPages: 2000,
} as const;

const latin1 = (b: Uint8Array, start = 0, end = b.length) =>
  Buffer.from(b.buffer, b.byteOffset + start, Math.max(0, end - start)).toString('latin1');

export interface PdfStructure {
  /** Offset of the last cross-reference section (`startxref`). */
  startXref: number;
  xrefKind: 'table' | 'stream';
}

/** Header, trailer and the last xref section, checked without a full parse. */
export function checkPdfStructure(bytes: Uint8Array, label: string): PdfStructure {
  if (bytes.length > PDF_LIMITS.maxBytes) {
    throw appError(
      'signing.pdfTooBig',
      { label, size: Math.round(bytes.length / 1048576), max: PDF_LIMITS.maxBytes / 1048576 },
      { reason: 'too-large' },
    );
  }
  if (!/%PDF-\d\.\d/.test(latin1(bytes, 0, Math.min(bytes.length, 1024)))) {
    throw appError('signing.pdfNotPdf', { label }, { reason: 'not-pdf' });
  }
  const tail = latin1(bytes, Math.max(0, bytes.length - 2048));
  const m = /startxref\s+(\d+)\s+%%EOF[\s\0]*$/.exec(tail);
  if (!m) {
    throw appError('signing.pdfTruncated', { label }, { reason: 'truncated' });
  }
  const startXref = Number(m[1]);
  const broken = () => appError('signing.pdfBrokenXref', { label }, { reason: 'broken-xref', startXref });
  if (!Number.isSafeInteger(startXref) || startXref <= 0 || startXref >= bytes.length) throw broken();
  const at = latin1(bytes, startXref, Math.min(bytes.length, startXref + 64));
  if (at.startsWith('xref')) {
    checkXrefTable(bytes, startXref, broken);
    return { startXref, xrefKind: 'table' };
  }
  if (/^\d+\s+\d+\s+obj/.test(at) && /\/Type\s*\/XRef/.test(latin1(bytes, startXref, Math.min(bytes.length, startXref + 4096)))) {
    return { startXref, xrefKind: 'stream' };
  }
  throw broken();
}

/** Every in-use entry of the last xref table must point at "n g obj" for that object number. */
function checkXrefTable(bytes: Uint8Array, start: number, broken: () => AppError): void {
  const text = latin1(bytes, start, Math.min(bytes.length, start + 20 * 500_000));
  const end = text.indexOf('trailer');
  if (end < 0) throw broken();
  const lines = text
    .slice(4, end)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  let objNum = 0;
  let remaining = 0;
  for (const line of lines) {
    if (remaining === 0) {
      const sub = /^(\d+)\s+(\d+)$/.exec(line);
      if (!sub) throw broken();
      objNum = Number(sub[1]);
      remaining = Number(sub[2]);
      continue;
    }
    const e = /^(\d{10})\s+(\d{5})\s+([nf])$/.exec(line);
    if (!e) throw broken();
    if (e[3] === 'n') {
      const off = Number(e[1]);
      if (off <= 0 || off >= bytes.length) throw broken();
      const head = latin1(bytes, off, Math.min(bytes.length, off + 32));
      const h = /^\s*(\d+)\s+(\d+)\s+obj/.exec(head);
      if (!h || Number(h[1]) !== objNum) throw broken();
    }
    objNum++;
    remaining--;
  }
  if (remaining !== 0) throw broken();
}

export interface LoadedPdf {
  doc: PDFDocument;
  pageCount: number;
  structure: PdfStructure;
  /** /P of a certifying (DocMDP) signature, when the document has one. */
  docMdpPermission?: 1 | 2 | 3;
}

/** Loads a PDF for an incremental update after the structural checks above. */
export async function loadPdfForSigning(bytes: Uint8Array, label: string, limits: { maxPages: number } = PDF_LIMITS): Promise<LoadedPdf> {
  const structure = checkPdfStructure(bytes, label);
  let doc: PDFDocument;
  try {
    doc = await loadPdfDocument(bytes, { forIncrementalUpdate: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch (err) {
    if (err instanceof EncryptedPDFError || /encrypt/i.test((err as Error).message)) {
      throw appError('signing.pdfEncrypted', { label }, { reason: 'encrypted' });
    }
    throw appError('signing.pdfUnreadable', { label, error: (err as Error).message }, { reason: 'unreadable' });
  }
  if (doc.isEncrypted || doc.context.trailerInfo.Encrypt) {
    throw appError('signing.pdfEncrypted', { label }, { reason: 'encrypted' });
  }
  const pageCount = doc.getPageCount();
  if (pageCount === 0) throw appError('signing.pdfNoPages', { label }, { reason: 'no-pages' });
  if (pageCount > limits.maxPages) {
    throw appError(
      'signing.pdfTooManyPages',
      { label, pages: pageCount, max: limits.maxPages },
      {
        reason: 'too-many-pages',
        pageCount,
        maxPages: limits.maxPages,
      },
    );
  }
  const docMdpPermission = readDocMdp(doc);
  if (docMdpPermission === 1) {
    throw appError('signing.pdfCertifiedNoChanges', { label }, { reason: 'docmdp-no-changes' });
  }
  return { doc, pageCount, structure, ...(docMdpPermission ? { docMdpPermission } : {}) };
}

/** /Perms /DocMDP -> sig dict -> /Reference[..] /TransformParams /P (ISO 32000-1 §12.8.2.2). */
function readDocMdp(doc: PDFDocument): 1 | 2 | 3 | undefined {
  const perms = doc.catalog.lookupMaybe(PDFName.of('Perms'), PDFDict);
  const sig = perms?.lookupMaybe(PDFName.of('DocMDP'), PDFDict);
  if (!sig) return undefined;
  const refs = sig.lookupMaybe(PDFName.of('Reference'), PDFArray);
  for (let i = 0; i < (refs?.size() ?? 0); i++) {
    const ref = refs!.lookupMaybe(i, PDFDict);
    const params = ref?.lookupMaybe(PDFName.of('TransformParams'), PDFDict);
    const p = params?.lookupMaybe(PDFName.of('P'), PDFNumber)?.asNumber();
    if (p === 1 || p === 2 || p === 3) return p;
  }
  return 2; // /P absent means 2 (form filling and signing allowed)
}
