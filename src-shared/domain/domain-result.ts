/**
 * Outcome of a domain check. Domain functions return errors as data (never throw for bad user
 * input). A refusal is keyed like every error a clerk can meet: `key` names its text in the error
 * catalog (src-shared/rpc/error-texts/domain.ts), `params` fill it, and `message` is that Vietnamese
 * text already filled — so the main process can pass it on keyed (`domainAppError` in
 * src-shared/rpc/errors.ts) and a window in another language can show it in its own.
 */
import { DOMAIN_TEXTS, type DomainErrorKey } from '../rpc/error-texts/domain';
import { fillErrorText, wrapParams, type ErrorParams, type KeyedText } from '../rpc/error-texts/fill';

export type { DomainErrorKey } from '../rpc/error-texts/domain';

export interface DomainError<C extends string = string> {
  /** Stable machine-readable reason; UI and tests switch on it. */
  readonly code: C;
  /** Vietnamese sentence for the clerk, naming what is wrong and, where useful, an example. */
  readonly message: string;
  /** Key of the text in the error catalog (several keys may share one `code`). */
  readonly key: DomainErrorKey;
  /** The params of that text; a wrapped refusal's key is in `inner`, its params under `inner.` (as with errorAround). */
  readonly params: ErrorParams;
}

export type DomainResult<T, C extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError<C> };

export function domainOk<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** The refusal `code`, worded by the catalog text `key` filled with `params`. */
export function domainError<C extends string>(code: C, key: DomainErrorKey, params: ErrorParams = {}): DomainError<C> {
  return { code, message: fillErrorText(DOMAIN_TEXTS[key].vi, params), key, params };
}

export function domainErr<C extends string>(
  code: C,
  key: DomainErrorKey,
  params: ErrorParams = {},
): { readonly ok: false; readonly error: DomainError<C> } {
  return { ok: false, error: domainError(code, key, params) };
}

/**
 * A refusal that carries another (the reason something else is wrong): the text of `key` with its
 * `{{inner}}` mark filled by the inner refusal's message; the params name its key in `inner` and keep
 * its params under `inner.` (fill.ts wrapParams), so a window translates both, at any depth.
 */
export function domainErrAround<C extends string>(
  code: C,
  key: DomainErrorKey,
  inner: DomainError,
  params: ErrorParams = {},
): { readonly ok: false; readonly error: DomainError<C> } {
  const message = fillErrorText(DOMAIN_TEXTS[key].vi, { ...params, inner: inner.message });
  return { ok: false, error: { code, message, key, params: wrapParams(inner.key, inner.params, params) } };
}

/** The same refusal under another code (a caller's own reason for a check it ran). */
export function domainErrAs<C extends string>(code: C, inner: DomainError): { readonly ok: false; readonly error: DomainError<C> } {
  return { ok: false, error: { ...inner, code } };
}

/** A refusal as a keyed text (its Vietnamese message, its key and params): what a warning or a window's errorText takes. */
export function domainText(err: DomainError): KeyedText {
  return { message: err.message, code: err.key, params: err.params };
}
