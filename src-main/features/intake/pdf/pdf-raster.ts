/**
 * Renders PDF pages to images with pdfjs-dist and @napi-rs/canvas (both from npm, no system
 * tool), for thumbnails and for OCR of a PDF without a text layer. Loaded like the files feature
 * loads pdfjs: by URL at run time, because its ESM build does not survive the CJS bundle.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<Pdfjs> | undefined;

function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    const req = createRequire(__filename);
    return (await import(/* @vite-ignore */ pathToFileURL(req.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href)) as Pdfjs;
  })();
  return pdfjsPromise;
}

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
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true }).promise;
  return {
    pageCount: doc.numPages,
    async info(pageIndex: number): Promise<PdfPageInfo> {
      const page = await doc.getPage(pageIndex + 1);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
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
      const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: CanvasLike; context: unknown } } }).canvasFactory;
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
