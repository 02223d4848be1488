import type { AppErrorData } from './errors';

/** What every transport returns for an operation: a value or an error, never a throw. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(error: AppErrorData): Envelope<never> {
  return { ok: false, error };
}
