/**
 * The OcrEngine port (Vietnamese, offline). Two adapters: the native `tesseract` CLI (faster, ~4×
 * less memory; Debian `tesseract-ocr-vie`) and tesseract.js with the `vie` data shipped by npm
 * (`@tesseract.js-data/vie`), which needs no installer on Windows. Neither touches the network.
 */
export interface OcrPageResult {
  text: string;
  /** Mean word confidence, 0–100. */
  meanConfidence: number;
  /** Text-only PDF (invisible text) of the page's size, to overlay on the image page. */
  textPdf: Uint8Array | null;
  ms: number;
}

export interface OcrRequest {
  /** PNG or JPEG of the upright page. */
  image: Buffer;
  dpi: number;
  textLayer: boolean;
  signal?: AbortSignal;
}

export interface OcrEngine {
  readonly id: 'tesseract-cli' | 'tesseract-wasm';
  recognize(req: OcrRequest): Promise<OcrPageResult>;
  dispose(): Promise<void>;
}

/** Mean of the word confidences in Tesseract TSV output (level-5 rows; -1 = no word). */
export function meanConfidenceFromTsv(tsv: string): number {
  let sum = 0;
  let n = 0;
  for (const line of tsv.split('\n')) {
    const cols = line.split('\t');
    if (cols[0] !== '5' || cols.length < 12) continue;
    const conf = Number(cols[10]);
    if (Number.isFinite(conf) && conf >= 0 && (cols[11] ?? '').trim() !== '') {
      sum += conf;
      n += 1;
    }
  }
  return n === 0 ? 0 : sum / n;
}

export class OcrCancelled extends Error {
  constructor() {
    super('Đã hủy nhận dạng chữ (OCR).');
    this.name = 'OcrCancelled';
  }
}
