/**
 * OCR for intake: picks the engine (native tesseract with `vie` when installed, else tesseract.js
 * with the npm Vietnamese data), runs pages in parallel (one thread per worker), and for PDFs uses
 * an existing text layer instead of OCR where the page has one.
 */
import os from 'node:os';
import type { Logger } from '../../../core/logger';
import { inThreadRaster, type PdfRaster } from '../pdf/pdf-raster';
import type { OcrEngine } from './ocr-engine';
import { createOcrPool, type OcrInputPage, type OcrPageOutcome, type OcrRunOptions, type Straightener } from './ocr-pool';
import { createTesseractCli, detectNativeTesseract } from './tesseract-cli';
import { createTesseractWasm } from './tesseract-wasm';

export type OcrEngineChoice = 'auto' | 'native' | 'wasm';

export interface OcrConfig {
  /** Parallel pages; default min(2, cores). Each wasm worker holds ~240 MB. */
  workers?: number;
  nativeBinary?: string;
}

/** Text layer shorter than this is treated as "no text" (a scan with a stray OCR'd stamp). */
const MIN_TEXT_CHARS = 40;
const PDF_OCR_DPI = 200;

export function createOcrService(deps: {
  logger: Logger;
  config?: OcrConfig;
  choice: () => OcrEngineChoice;
  straighten?: Straightener;
  /** pdf.js for a PDF's text layer and page images (the app: in the long-work worker). */
  raster?: PdfRaster;
}) {
  const raster = deps.raster ?? inThreadRaster;
  let native: { ok: boolean; version: string | null } | undefined;
  const nativeInfo = () => (native ??= detectNativeTesseract(deps.config?.nativeBinary));

  function engines(n: number): OcrEngine[] {
    const choice = deps.choice();
    const useNative = choice === 'native' || (choice === 'auto' && nativeInfo().ok);
    return Array.from({ length: n }, () =>
      useNative ? createTesseractCli(deps.config?.nativeBinary ? { binary: deps.config.nativeBinary } : {}) : createTesseractWasm(),
    );
  }

  const workerCount = (pages: number) => Math.max(1, Math.min(pages, deps.config?.workers ?? Math.min(2, os.cpus().length)));

  async function ocrImages(pages: readonly OcrInputPage[], opts: OcrRunOptions): Promise<{ engine: string; pages: OcrPageOutcome[] }> {
    const pool = createOcrPool({
      engines: engines(workerCount(pages.length)),
      logger: deps.logger,
      ...(deps.straighten ? { straighten: deps.straighten } : {}),
    });
    try {
      return { engine: pool.engineId, pages: await pool.run(pages, opts) };
    } finally {
      await pool.dispose();
    }
  }

  return {
    engineName(): string {
      const c = deps.choice();
      return c === 'wasm' || (c === 'auto' && !nativeInfo().ok)
        ? 'tesseract-wasm'
        : `tesseract-cli${nativeInfo().version ? ` ${nativeInfo().version}` : ''}`;
    },
    ocrImages,

    /** Text of every page of a PDF: its own text layer where present, OCR elsewhere. */
    async ocrPdf(
      bytes: Uint8Array,
      opts: Omit<OcrRunOptions, 'textLayer'>,
    ): Promise<{ engine: string; pages: { text: string; meanConfidence: number; angle: number; ms: number }[] }> {
      const pages = await raster.pages(bytes, null);
      const out: { text: string; meanConfidence: number; angle: number; ms: number }[] = new Array(pages.length);
      const toOcr: { index: number; page: OcrInputPage }[] = [];
      pages.forEach(({ info }, i) => {
        if (info.textChars >= MIN_TEXT_CHARS) out[i] = { text: info.text, meanConfidence: 100, angle: 0, ms: 0 };
        else
          toOcr.push({ index: i, page: { image: async () => Buffer.from(await raster.render(bytes, i, PDF_OCR_DPI)), dpi: PDF_OCR_DPI } });
      });
      let engine = 'text-layer';
      if (toOcr.length > 0) {
        const res = await ocrImages(
          toOcr.map((t) => t.page),
          { ...opts, textLayer: false },
        );
        engine = res.engine;
        res.pages.forEach((p, k) => (out[toOcr[k]!.index] = { text: p.text, meanConfidence: p.meanConfidence, angle: p.angle, ms: p.ms }));
      }
      return { engine, pages: out };
    },
  };
}

export type OcrService = ReturnType<typeof createOcrService>;
