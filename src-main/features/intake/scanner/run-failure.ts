/**
 * A scanner program (scanimage, NAPS2, PowerShell/WIA) that could not finish, in the clerk's
 * words: the process runner's reason mapped to a ScanError that keeps the count of pages received.
 */
import { isChildRunError } from '../../../core/child-process';
import { ScanError } from './scanner-source';

export interface RunFailureContext {
  /** Pages of this run already handed to the batch. */
  pages: number;
  /** The idle bound that was in force, for the message. */
  idleMs: number;
  /** What to tell the clerk when the program is missing ("chưa cài scanimage (gói sane-utils)"). */
  notInstalled: string;
  /** Tail of the program's own messages, for the log. */
  raw?: string;
}

export function scanErrorFromRun(err: unknown, c: RunFailureContext): ScanError {
  const base = { pagesDelivered: c.pages, ...(c.raw ? { raw: c.raw } : {}) };
  if (!isChildRunError(err)) return new ScanError('IO', { ...base, detail: String(err) });
  const kept = c.pages > 0 ? `; ${c.pages} trang đã nhận được vẫn giữ trong lô` : '';
  switch (err.reason) {
    case 'not-found':
      return new ScanError('NOT_AVAILABLE', { detail: c.notInstalled });
    case 'aborted':
      return new ScanError('CANCELLED', base);
    case 'idle':
      return new ScanError('TIMEOUT', { ...base, detail: `không nhận được dữ liệu nào trong ${Math.round(c.idleMs / 1000)} giây${kept}` });
    case 'timeout':
      return new ScanError('TIMEOUT', { ...base, detail: `lượt quét chạy quá thời gian cho phép${kept}` });
    default:
      return new ScanError('IO', { ...base, detail: `${err.message}${kept}` });
  }
}
