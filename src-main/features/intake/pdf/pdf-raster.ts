/**
 * Renders PDF pages to images with pdf.js and @napi-rs/canvas (both from npm, no system
 * tool), for thumbnails and for OCR of a PDF without a text layer. pdf.js is loaded and opened by
 * the pdf feature's reader (features/pdf/pdfjs-reader.ts), like everywhere else in main.
 *
 * This is CPU-heavy work: intake reaches it through a `PdfRaster` port that create-app binds to the
 * long-work worker (app/long-work.tasks.ts: 'pdf.rasterPages', 'pdf.renderPage'), so drawing a
 * hundred thumbnails never stalls the main process. `inThreadRaster` runs the same code in the
 * calling thread (tests, tools without the app).
 */
import sharp from 'sharp';
import { appError } from '../../../../src-shared/rpc/errors';
import { joinRuns, openPdf, pageTextRuns } from '../../pdf/pdfjs-reader';

export interface PdfPageInfo {
  widthPt: number;
  heightPt: number;
  rotation: number;
  textChars: number;
  text: string;
}

/** One page read by `rasterPages`: its facts and, when asked, its PNG (null where pdf.js cannot draw it). */
export interface RasterPage {
  info: PdfPageInfo;
  png: Uint8Array | null;
}

/** What intake asks of pdf.js; structured-cloneable in and out, so it can run in a worker. */
export interface PdfRaster {
  /** Every page's facts and, with `dpi`, its PNG at that resolution; progress after each page. */
  pages(bytes: Uint8Array, dpi: number | null, onProgress?: (done: number, total: number) => void): Promise<RasterPage[]>;
  /** PNG of one page at `dpi`, upright. */
  render(bytes: Uint8Array, pageIndex: number, dpi: number): Promise<Uint8Array>;
}

interface CanvasLike {
  toBuffer(mime: 'image/png'): Buffer;
}

/**
 * Opens a (checked) PDF once and renders or reads pages from it. Call close() when done:
 * pdfjs keeps the whole document in memory until then.
 */
export async function openPdfForRaster(bytes: Uint8Array) {
  const doc = await openPdf(bytes);
  return {
    pageCount: doc.numPages,
    async info(pageIndex: number): Promise<PdfPageInfo> {
      const page = await doc.getPage(pageIndex + 1);
      const vp = page.getViewport({ scale: 1 });
      const text = joinRuns(await pageTextRuns(page), ' ');
      page.cleanup();
      return { widthPt: vp.width, heightPt: vp.height, rotation: page.rotate, textChars: text.trim().length, text: text.normalize('NFC') };
    },
    /** PNG of one page at `dpi`, upright (the page's own /Rotate applied). */
    async render(pageIndex: number, dpi: number): Promise<{ png: Buffer; widthPx: number; heightPx: number }> {
      const page = await doc.getPage(pageIndex + 1);
      const vp = page.getViewport({ scale: dpi / 72 });
      const w = Math.ceil(vp.width);
      const h = Math.ceil(vp.height);
      if (w * h > 120_000_000) throw new RangeError(`trang ${pageIndex + 1} quá lớn để hiển thị`);
      const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: CanvasLike; context: unknown } } })
        .canvasFactory;
      const { canvas, context } = factory.create(w, h);
      await page.render({ canvasContext: context, viewport: vp, canvas } as unknown as Parameters<typeof page.render>[0]).promise;
      page.cleanup();
      // pdfjs leaves transparent pixels where the page has no content: flatten on white paper.
      const png = await sharp(canvas.toBuffer('image/png')).flatten({ background: '#ffffff' }).png({ compressionLevel: 1 }).toBuffer();
      return { png, widthPx: w, heightPx: h };
    },
    async close() {
      await doc.destroy();
    },
  };
}

/** The pages of a PDF in one opening: facts of each and, with `dpi`, a PNG (a page pdf.js cannot draw gets null). */
export async function rasterPages(
  bytes: Uint8Array,
  dpi: number | null,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<RasterPage[]> {
  const r = await openPdfForRaster(bytes);
  try {
    const out: RasterPage[] = [];
    for (let i = 0; i < r.pageCount; i++) {
      if (signal?.aborted) throw appError('intake.rasterCancelled', undefined, { cancelled: true });
      const info = await r.info(i);
      let png: Uint8Array | null = null;
      if (dpi !== null) {
        try {
          png = new Uint8Array((await r.render(i, dpi)).png);
        } catch {
          // A page pdf.js cannot draw still counts (it is copied as is); it has no picture.
        }
      }
      out.push({ info, png });
      onProgress?.(i + 1, r.pageCount);
    }
    return out;
  } finally {
    await r.close();
  }
}

/** PNG of one page of a PDF at `dpi`. */
export async function renderPdfPage(bytes: Uint8Array, pageIndex: number, dpi: number): Promise<Uint8Array> {
  const r = await openPdfForRaster(bytes);
  try {
    return new Uint8Array((await r.render(pageIndex, dpi)).png);
  } finally {
    await r.close();
  }
}

/** The raster work in the calling thread (the app binds the long-work worker instead). */
export const inThreadRaster: PdfRaster = {
  pages: (bytes, dpi, onProgress) => rasterPages(bytes, dpi, onProgress),
  render: renderPdfPage,
};
