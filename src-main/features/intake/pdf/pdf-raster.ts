/**
 * Renders PDF pages to images with pdf.js and @napi-rs/canvas (both from npm, no system
 * tool), for thumbnails and for OCR of a PDF without a text layer. pdf.js is loaded and opened by
 * the pdf feature's reader (features/pdf/pdfjs-reader.ts), like everywhere else in main.
 */
import sharp from 'sharp';
import { joinRuns, openPdf, pageTextRuns } from '../../pdf/pdfjs-reader';

export interface PdfPageInfo {
  widthPt: number;
  heightPt: number;
  rotation: number;
  textChars: number;
  text: string;
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
