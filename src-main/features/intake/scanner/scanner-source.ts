/**
 * The ScannerSource port: every way paper or image files come in (SANE, eSCL, NAPS2, WIA, hot
 * folder, file import) yields page images into one pipeline. Errors are typed so the clerk gets a
 * clear, specific message and the batch keeps every page that had already arrived.
 */
import type { ScanErrorCode } from '../../../../src-shared/contracts/intake.contract';
import { SCAN_ERROR_TEXTS } from '../../../../src-shared/contracts/intake-scan-errors';
import { appError, type AppError } from '../../../../src-shared/rpc/errors';

export type ColorMode = 'color' | 'gray' | 'bw';
export type FeedSource = 'flatbed' | 'adf' | 'adf-duplex';

export interface ScanRequest {
  /** Adapter-specific device id (`test:0` for SANE, base URL for eSCL, device name for NAPS2/WIA). */
  deviceId: string;
  source: FeedSource;
  colorMode: ColorMode;
  dpi: number;
  /** Scan area in millimetres; A4 (210×297) unless the clerk chose otherwise. */
  areaMm: { w: number; h: number };
  /** Stop after this many pages (flatbed: 1). */
  maxPages?: number;
  /** Where the adapter may write page files; the batch moves each page into the store at once. */
  workDir: string;
}

export interface ScannedPage {
  /** 1-based index within this scan run. */
  index: number;
  file: string;
  mime: 'image/png' | 'image/jpeg' | 'image/tiff' | 'image/x-portable-anymap' | 'application/pdf';
  /** Resolution reported by the device, when it differs from the request. */
  dpi?: number;
}

export type ScanEvent =
  | { type: 'progress'; page: number; percent: number }
  | { type: 'page'; page: ScannedPage }
  | { type: 'end'; reason: 'completed' | 'feeder-empty' };

export type { ScanErrorCode } from '../../../../src-shared/contracts/intake.contract';

/** The clerk-facing sentence without its full stop, so the device's detail can follow ": …". */
function sentence(code: ScanErrorCode): string {
  return SCAN_ERROR_TEXTS[code].vi.replace(/\.$/, '');
}

/**
 * A scanner failure. `pagesDelivered` tells the caller how many pages of this run arrived before it:
 * they are already in the batch and stay there. Mapped to AppError kinds at the service edge.
 */
export class ScanError extends Error {
  readonly code: ScanErrorCode;
  readonly pagesDelivered: number;
  readonly raw: string | undefined;
  readonly detail: string | undefined;

  constructor(code: ScanErrorCode, opts: { pagesDelivered?: number; raw?: string; detail?: string } = {}) {
    super(opts.detail ? `${sentence(code)}: ${opts.detail}` : `${sentence(code)}.`);
    this.name = 'ScanError';
    this.code = code;
    this.pagesDelivered = opts.pagesDelivered ?? 0;
    this.raw = opts.raw;
    this.detail = opts.detail;
  }

  /** Retrying the same request may work (busy scanner, jam cleared, cover closed). */
  get retryable(): boolean {
    return (
      this.code === 'BUSY' ||
      this.code === 'JAMMED' ||
      this.code === 'COVER_OPEN' ||
      this.code === 'FEEDER_EMPTY' ||
      this.code === 'TIMEOUT'
    );
  }

  /** The keyed error `scan.<CODE>`: its kind per code is the catalog's (SCAN_KINDS in error-texts/index.ts). */
  toAppError(extra: Record<string, unknown> = {}): AppError {
    return appError(
      `scan.${this.code}`,
      { detail: this.detail ? `: ${this.detail}` : '.' },
      { scanError: this.code, pagesDelivered: this.pagesDelivered, retryable: this.retryable, ...extra },
    );
  }
}

export function isScanError(err: unknown): err is ScanError {
  return err instanceof ScanError;
}

export interface DeviceInfo {
  id: string;
  label: string;
  kind: ScannerKind;
}

export type ScannerKind = 'sane' | 'escl' | 'naps2' | 'wia' | 'fake';

export interface ScannerSource {
  readonly kind: ScannerKind;
  listDevices(signal?: AbortSignal): Promise<DeviceInfo[]>;
  /**
   * Scans until the feeder is empty, maxPages is reached, or an error. Each page is yielded as
   * soon as its file is complete. Aborting the signal stops the device; pages already yielded
   * stay with the caller, and the iterator then throws ScanError('CANCELLED').
   */
  scan(request: ScanRequest, signal: AbortSignal): AsyncIterable<ScanEvent>;
}

/** Turns a child's output, chunk by chunk, into whole lines for `onLine` (a partial line waits for its end). */
export function byLine(onLine: (line: string) => void): (text: string) => void {
  let buf = '';
  return (text) => {
    buf += text;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      onLine(line);
    }
  };
}

/**
 * A push-to-pull queue: adapters driven by callbacks (process output, HTTP) push events, the
 * consumer pulls them through `for await`. Bounded by the consumer; pages are files, not bytes.
 */
export function eventQueue<T>() {
  const items: T[] = [];
  let waiting: ((v: void) => void) | undefined;
  let done = false;
  let failure: unknown;
  const wake = () => {
    const w = waiting;
    waiting = undefined;
    w?.();
  };
  return {
    push(item: T) {
      items.push(item);
      wake();
    },
    end(err?: unknown) {
      done = true;
      failure = err;
      wake();
    },
    async *drain(): AsyncGenerator<T> {
      for (;;) {
        if (items.length > 0) {
          yield items.shift() as T;
          continue;
        }
        if (done) {
          if (failure !== undefined) throw failure;
          return;
        }
        await new Promise<void>((r) => (waiting = r));
      }
    },
  };
}
