import type { TFunction } from 'i18next';
import { ScanErrorCodeSchema } from '../../../src-shared/contracts/intake.contract';

/** Scanner error codes the UI words itself: the contract's one list. */
const SCAN_ERROR_KEYS: readonly string[] = ScanErrorCodeSchema.options;

export interface Notice {
  type: 'success' | 'info' | 'warning' | 'error';
  text: string;
  /** The main process's own wording (device detail), shown under the clerk-facing sentence. */
  detail?: string;
}

export interface ScanOutcome {
  added: number;
  end: 'completed' | 'feeder-empty' | 'cancelled' | 'error';
  error: { code: string; message: string } | null;
  batch: { pages: unknown[] };
}

/** The clerk-facing sentence for a typed scanner error, in the UI language. */
export function scanErrorText(t: TFunction, code: string): string {
  return SCAN_ERROR_KEYS.includes(code) ? t(`intake.scanError.${code}`) : t('intake.scanError.other');
}

/**
 * How a scan run ended, for the clerk. The feeder running empty is the normal end of a batch, never
 * an error; an error still says how many pages are kept (they are already in the batch).
 */
export function scanEndNotice(t: TFunction, r: ScanOutcome): Notice {
  if (r.end === 'completed') return { type: 'success', text: t('intake.end.completed', { count: r.added }) };
  if (r.end === 'feeder-empty' || (r.error?.code === 'FEEDER_EMPTY' && r.added > 0))
    return { type: 'success', text: t('intake.end.feederEmpty', { count: r.added }) };
  if (r.end === 'cancelled') return { type: 'warning', text: t('intake.end.cancelled', { count: r.added }) };
  const code = r.error?.code ?? 'IO';
  const kept = r.batch.pages.length > 0 ? ` ${t('intake.end.keep', { count: r.batch.pages.length })}` : '';
  return {
    type: code === 'FEEDER_EMPTY' || code === 'BUSY' || code === 'COVER_OPEN' ? 'warning' : 'error',
    text: scanErrorText(t, code) + kept,
    ...(r.error?.message ? { detail: r.error.message } : {}),
  };
}
