/**
 * Page images → one PDF, as Nghị định 30/2020 Phụ lục I asks of a scan (PDF 1.4 or later,
 * colour, ≥ 200 dpi, 100% scale): each page is exactly the size the image was scanned at
 * (pixels ÷ dpi), the image fills it. The default (colour, no rotation baked) embeds the batch's
 * JPEG unchanged — no second lossy step. Grey re-encodes; black-and-white is a 1-bit Flate image
 * (small, but the red seal turns black, which the caller is warned about).
 */
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import { PDFDocument, degrees, type PDFPage } from '@cantoo/pdf-lib';
import { loadPdfDocument } from '../../pdf/pdf-lib-load';
import { appError } from '../../../../src-shared/rpc/errors';
import type { ColorMode } from '../scanner/scanner-source';
import { convertForMode } from './page-image';

export interface AssemblyPage {
  kind: 'image' | 'pdf';
  /** JPEG bytes (image) or the whole source PDF (pdf). */
  bytes: () => Buffer;
  pdfPage: number | null;
  widthPx: number;
  heightPx: number;
  dpi: number;
  rotation: 0 | 90 | 180 | 270;
  colorMode: ColorMode;
  /** Invisible OCR text for this page: a text-only PDF of the page's upright size. */
  textLayer?: Uint8Array | null;
  /** Where the page came from ("file:name.pdf#3", "scan:…"), named in errors. */
  origin?: string;
}

export interface AssemblyOptions {
  mode: ColorMode;
  quality: number;
  title?: string;
  createdAt: Date;
  signal?: AbortSignal;
  onPage?: (done: number, total: number) => void;
}

export const DEFAULT_QUALITY = 80;
// Promisified on first use: reading `deflate` at load would load node:zlib at every start (scripts/build-node.mjs).
let deflateAsync: ((data: Uint8Array) => Promise<Buffer>) | undefined;

/** Page size in PDF points for an image scanned at `dpi` (100% scale). */
export function pageSizePt(widthPx: number, heightPx: number, dpi: number): { w: number; h: number } {
  return { w: (widthPx / dpi) * 72, h: (heightPx / dpi) * 72 };
}

export function modeWarnings(mode: ColorMode, pages: readonly { dpi: number; colorMode: ColorMode; kind?: 'image' | 'pdf' }[]): string[] {
  const w: string[] = [];
  if (mode === 'bw') {
    w.push(
      'Chế độ đen trắng làm con dấu đỏ thành màu đen và không đáp ứng yêu cầu "hình ảnh màu" của Phụ lục I Nghị định 30/2020; chỉ dùng cho bản tham khảo.',
    );
  } else if (mode === 'gray') {
    w.push('Chế độ xám không giữ màu đỏ của con dấu; Phụ lục I Nghị định 30/2020 yêu cầu bản số hóa là hình ảnh màu.');
  }
  if (mode === 'color' && pages.some((p) => p.colorMode !== 'color')) {
    w.push('Có trang được quét ở chế độ xám hoặc đen trắng; bản PDF không phải ảnh màu ở những trang đó.');
  }
  // A page copied from a PDF has no scan resolution (its 72 is points per inch): only images count.
  const low = pages.filter((p) => p.kind !== 'pdf' && p.dpi < 200).length;
  if (low > 0) w.push(`${low} trang có độ phân giải dưới 200 dpi, thấp hơn yêu cầu tối thiểu của Phụ lục I Nghị định 30/2020.`);
  return w;
}

/**
 * A 1-bit image XObject (pdf-lib has no CCITT/JBIG2 encoder): rows packed by the caller, deflated
 * here with node:zlib in the thread pool — not with pdf-lib's JavaScript deflate on the main thread.
 */
async function drawBilevel(
  doc: PDFDocument,
  page: PDFPage,
  packed: Buffer,
  width: number,
  height: number,
  w: number,
  h: number,
): Promise<void> {
  const compressed = await (deflateAsync ??= promisify(deflate))(packed);
  const stream = doc.context.stream(compressed, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 1,
    Filter: 'FlateDecode',
  });
  const name = page.node.newXObject('Im', doc.context.register(stream));
  const ops = `q ${w.toFixed(4)} 0 0 ${h.toFixed(4)} 0 0 cm ${name.asString()} Do Q`;
  page.node.addContentStream(doc.context.register(doc.context.flateStream(ops)));
}

/**
 * Builds the PDF. Pages are processed one at a time; only the output document grows in memory
 * (JPEG bytes, ~0.3–0.6 MB per colour page at 200 dpi).
 */
export async function assemblePdf(pages: readonly AssemblyPage[], opts: AssemblyOptions): Promise<Uint8Array> {
  if (pages.length === 0) throw appError('intake.assembleNoPages', undefined, { field: 'pages' });
  const doc = await PDFDocument.create();
  doc.setProducer('vanthu');
  doc.setCreator('vanthu — số hóa văn bản (Nghị định 30/2020 Phụ lục I)');
  doc.setCreationDate(opts.createdAt);
  doc.setModificationDate(opts.createdAt);
  if (opts.title) doc.setTitle(opts.title);
  doc.setLanguage('vi-VN');
  const sources = new Map<() => Buffer, PDFDocument>();

  for (let i = 0; i < pages.length; i++) {
    if (opts.signal?.aborted) throw appError('intake.assembleAborted', undefined, { cancelled: true });
    const p = pages[i]!;
    let page: PDFPage;
    if (p.kind === 'pdf') {
      let src = sources.get(p.bytes);
      if (!src) {
        src = await openSourcePdf(p.bytes(), p.origin ?? `trang ${i + 1}`);
        sources.set(p.bytes, src);
      }
      page = await copySourcePage(doc, src, p.pdfPage ?? 0, p.origin ?? `trang ${i + 1}`);
      doc.addPage(page);
      if (p.rotation) page.setRotation(degrees((page.getRotation().angle + p.rotation) % 360));
    } else {
      const bakeRotation = p.rotation !== 0 && (p.textLayer != null || opts.mode !== 'color');
      const src = p.bytes();
      if (opts.mode === 'color' && !bakeRotation) {
        const { w, h } = pageSizePt(p.widthPx, p.heightPx, p.dpi);
        page = doc.addPage([w, h]);
        const img = await doc.embedJpg(src);
        page.drawImage(img, { x: 0, y: 0, width: w, height: h });
        if (p.rotation) page.setRotation(degrees(p.rotation));
      } else {
        const conv = await convertForMode(src, opts.mode, opts.quality, bakeRotation ? p.rotation : 0);
        const { w, h } = pageSizePt(conv.width, conv.height, p.dpi);
        page = doc.addPage([w, h]);
        if (conv.kind === 'jpeg') {
          const img = await doc.embedJpg(conv.data);
          page.drawImage(img, { x: 0, y: 0, width: w, height: h });
        } else {
          await drawBilevel(doc, page, conv.data, conv.width, conv.height, w, h);
        }
        if (!bakeRotation && p.rotation) page.setRotation(degrees(p.rotation));
      }
    }
    if (p.textLayer && p.textLayer.length > 0) await overlayTextLayer(doc, page, p.textLayer);
    opts.onPage?.(i + 1, pages.length);
    // Let progress events and cancel requests through between pages.
    await new Promise((r) => setImmediate(r));
  }
  return doc.save({ useObjectStreams: true });
}

const damagedSource = (origin: string, detail: string) =>
  appError('intake.sourcePdfDamaged', { page: origin.replace(/^file:/, '') }, { field: 'file', reason: 'damaged-pdf', detail });

/** A PDF a page comes from, opened by pdf-lib (which is stricter than pdf.js); a damaged one is refused by name. */
export async function openSourcePdf(bytes: Uint8Array, origin: string): Promise<PDFDocument> {
  try {
    return await loadPdfDocument(bytes, { updateMetadata: false });
  } catch (err) {
    throw damagedSource(origin, (err as Error).message);
  }
}

/** Copies one page; a page tree that does not hold it (pdf.js recovered more pages than pdf-lib) is a damaged file. */
export async function copySourcePage(doc: PDFDocument, src: PDFDocument, index: number, origin: string): Promise<PDFPage> {
  if (index >= src.getPageCount()) throw damagedSource(origin, `page ${index + 1} of ${src.getPageCount()}`);
  try {
    const [page] = await doc.copyPages(src, [index]);
    if (!page) throw new Error('no page');
    return page;
  } catch (err) {
    throw damagedSource(origin, (err as Error).message);
  }
}

/** Draws a text-only PDF page (invisible OCR text) over the page, scaled to its size. */
export async function overlayTextLayer(doc: PDFDocument, page: PDFPage, textPdf: Uint8Array): Promise<void> {
  const [embedded] = await doc.embedPdf(textPdf, [0]);
  if (!embedded) return;
  const { width, height } = page.getSize();
  page.drawPage(embedded, { x: 0, y: 0, width, height });
}

/** Reads back page count and the media box of page 1 (tests and checks). */
export async function describePdf(bytes: Uint8Array): Promise<{ pages: number; version: string; first: { w: number; h: number } | null }> {
  const doc = await loadPdfDocument(bytes, { updateMetadata: false });
  const header = Buffer.from(bytes.subarray(0, 16)).toString('latin1');
  const first = doc.getPageCount() > 0 ? doc.getPage(0).getSize() : null;
  return {
    pages: doc.getPageCount(),
    version: /%PDF-(\d\.\d)/.exec(header)?.[1] ?? '?',
    first: first ? { w: first.width, h: first.height } : null,
  };
}
