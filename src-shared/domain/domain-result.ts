/**
 * Outcome of a domain check. Domain functions return errors as data (never throw for bad user
 * input) so the RPC layer can map `code` to an error kind and show `message` to the clerk as is.
 */
export interface DomainError<C extends string = string> {
  /** Stable machine-readable reason; UI and tests switch on it. */
  readonly code: C;
  /** Vietnamese sentence for the clerk, naming what is wrong and, where useful, an example. */
  readonly message: string;
}

export type DomainResult<T, C extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError<C> };

export function domainOk<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function domainErr<C extends string>(code: C, message: string): { readonly ok: false; readonly error: DomainError<C> } {
  return { ok: false, error: { code, message } };
}
