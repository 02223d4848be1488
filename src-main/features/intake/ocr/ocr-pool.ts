/**
 * Runs OCR over pages in parallel: N engines (one Tesseract thread each), pages handed out as
 * engines free up, results kept in page order. Before OCR each page is straightened (deskew);
 * a page read with very low confidence is tried upside down once (auto-rotate), and the better
 * reading wins. Cancel stops every engine; no partial result is returned.
 */
import sharp from 'sharp';
import type { Logger } from '../../../core/logger';
import { estimateSkew, straighten } from './deskew';
import { OcrCancelled, type OcrEngine, type OcrPageResult } from './ocr-engine';

export interface OcrInputPage {
  /** The upright page image, or a loader so only the pages in progress sit in memory. */
  image: Buffer | (() => Promise<Buffer>);
  dpi: number;
}

export interface OcrPageOutcome extends OcrPageResult {
  /** Skew removed before OCR, degrees. */
  angle: number;
  /** 180 when the page was found upside down. */
  flipped: 0 | 180;
  /** The image the text layer matches (straightened/flipped), or null when unchanged. */
  correctedImage: Buffer | null;
}

export interface OcrRunOptions {
  textLayer: boolean;
  deskew?: boolean;
  signal?: AbortSignal;
  onPage?: (done: number, total: number) => void;
}

/** Below this mean confidence a page is tried upside down as well. */
const LOW_CONFIDENCE = 45;
/** Less than this is not worth straightening (and re-encoding). */
const MIN_SKEW = 0.3;

/** Finds and removes skew; returns the straightened image, or null when the page is level. */
export type Straightener = (image: Buffer, minSkew: number) => Promise<{ angle: number; image: Buffer | null }>;

const straightenHere: Straightener = async (image, minSkew) => {
  const angle = await estimateSkew(image);
  return Math.abs(angle) < minSkew ? { angle: 0, image: null } : { angle, image: await straighten(image, angle) };
};

export function createOcrPool(deps: { engines: OcrEngine[]; logger: Logger; straighten?: Straightener }) {
  if (deps.engines.length === 0) throw new Error('OCR pool needs at least one engine');

  async function one(engine: OcrEngine, page: OcrInputPage, opts: OcrRunOptions): Promise<OcrPageOutcome> {
    let image = typeof page.image === 'function' ? await page.image() : page.image;
    let angle = 0;
    if (opts.deskew !== false) {
      const st = await (deps.straighten ?? straightenHere)(image, MIN_SKEW);
      angle = st.angle;
      if (st.image) image = st.image;
    }
    const req = { dpi: page.dpi, textLayer: opts.textLayer, ...(opts.signal ? { signal: opts.signal } : {}) };
    const first = await engine.recognize({ ...req, image });
    if (first.meanConfidence >= LOW_CONFIDENCE || first.text.trim().length === 0) {
      return { ...first, angle, flipped: 0, correctedImage: angle !== 0 ? image : null };
    }
    const flippedImage = await sharp(image).rotate(180).jpeg({ quality: 85 }).toBuffer();
    const second = await engine.recognize({ ...req, image: flippedImage });
    if (second.meanConfidence > first.meanConfidence + 10) {
      deps.logger.info('page read upside down', { before: first.meanConfidence, after: second.meanConfidence });
      return { ...second, angle, flipped: 180, correctedImage: flippedImage };
    }
    return { ...first, angle, flipped: 0, correctedImage: angle !== 0 ? image : null };
  }

  return {
    size: deps.engines.length,
    engineId: deps.engines[0]!.id,
    async run(pages: readonly OcrInputPage[], opts: OcrRunOptions): Promise<OcrPageOutcome[]> {
      const results: OcrPageOutcome[] = new Array(pages.length);
      let next = 0;
      let done = 0;
      let failure: unknown;
      const lane = async (engine: OcrEngine) => {
        while (failure === undefined) {
          if (opts.signal?.aborted) throw new OcrCancelled();
          const i = next++;
          if (i >= pages.length) return;
          results[i] = await one(engine, pages[i]!, opts);
          done += 1;
          opts.onPage?.(done, pages.length);
        }
      };
      await Promise.all(
        deps.engines.map((e) =>
          lane(e).catch((err: unknown) => {
            failure ??= err;
          }),
        ),
      );
      if (opts.signal?.aborted) throw new OcrCancelled();
      if (failure !== undefined) throw failure;
      return results;
    },
    async dispose() {
      await Promise.all(deps.engines.map((e) => e.dispose()));
    },
  };
}
