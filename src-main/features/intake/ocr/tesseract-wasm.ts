/**
 * tesseract.js (WebAssembly) with the Vietnamese data shipped by npm (@tesseract.js-data/vie,
 * LSTM "best_int"). Loaded at run time from node_modules — never bundled, never fetched: the
 * language path is a local folder and the cache is off, so no CDN is ever contacted.
 * Each engine instance is one worker thread (~240 MB) running one page at a time.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { OcrCancelled, type OcrEngine, type OcrRequest } from './ocr-engine';

interface TjsWorker {
  setParameters(p: Record<string, string>): Promise<unknown>;
  recognize(
    image: Buffer,
    opts?: Record<string, unknown>,
    output?: Record<string, boolean>,
  ): Promise<{ data: { text: string; confidence: number; pdf: number[] | null } }>;
  terminate(): Promise<unknown>;
}
interface Tjs {
  createWorker(langs: string, oem: number, options: Record<string, unknown>): Promise<TjsWorker>;
  OEM: { LSTM_ONLY: number };
}

/** Folder holding vie.traineddata.gz from @tesseract.js-data/vie (LSTM-only, smaller and as accurate). */
export function vieLangPath(): string {
  const req = createRequire(__filename);
  const pkg = req.resolve('@tesseract.js-data/vie/package.json');
  return path.join(path.dirname(pkg), '4.0.0_best_int');
}

export function createTesseractWasm(opts: { psm?: number } = {}): OcrEngine {
  let worker: Promise<TjsWorker> | undefined;
  let lastParams = '';
  const req = createRequire(__filename);

  const start = () => {
    worker ??= (async () => {
      const tjs = req('tesseract.js') as Tjs;
      const w = await tjs.createWorker('vie', tjs.OEM.LSTM_ONLY, {
        langPath: vieLangPath(),
        gzip: true,
        cacheMethod: 'none',
        logger: () => undefined,
        errorHandler: () => undefined,
      });
      return w;
    })();
    return worker;
  };

  return {
    id: 'tesseract-wasm',
    async recognize(r: OcrRequest) {
      if (r.signal?.aborted) throw new OcrCancelled();
      const started = Date.now();
      const w = await start();
      const params = `${Math.round(r.dpi)}:${opts.psm ?? 3}`;
      if (params !== lastParams) {
        await w.setParameters({ user_defined_dpi: String(Math.round(r.dpi)), tessedit_pageseg_mode: String(opts.psm ?? 3) });
        lastParams = params;
      }
      let aborted = false;
      const onAbort = () => {
        aborted = true;
        // The only way to stop a page in progress: drop this worker; the next call makes a new one.
        void w.terminate();
        worker = undefined;
        lastParams = '';
      };
      r.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const out = await w.recognize(r.image, r.textLayer ? { pdfTitle: 'ocr', pdfTextOnly: true } : {}, { text: true, pdf: r.textLayer });
        const text = out.data.text.normalize('NFC');
        return {
          text,
          meanConfidence: out.data.confidence,
          textPdf: out.data.pdf ? new Uint8Array(out.data.pdf) : null,
          ms: Date.now() - started,
        };
      } catch (err) {
        if (aborted) throw new OcrCancelled();
        throw err;
      } finally {
        r.signal?.removeEventListener('abort', onAbort);
      }
    },
    async dispose() {
      const w = worker;
      worker = undefined;
      if (w) await (await w).terminate();
    },
  };
}
