/**
 * Errors cross every boundary as data, never as thrown exceptions. The UI switches on `kind`;
 * `message` is written for the clerk (Vietnamese, also what the CLI and the logs show) and `details`
 * carries machine-readable specifics such as the offending field. An error from the catalog
 * (`error-texts.ts`) also carries its stable `code` and the `params` of its text, so a window in
 * another language shows the same error in that language; without a code the message is shown as is.
 */
import { domainText, type DomainError } from '../domain/domain-result';
import { ERROR_TEXTS, fillErrorText, keyedErrorData, type ErrorCode, type ErrorParams } from './error-texts';
import { fillRowList, wrapParams, type KeyedText, type RowList } from './error-texts/fill';

export { type ErrorCode, type ErrorParams } from './error-texts';

export const ERROR_KINDS = [
  'Validation',
  'NotFound',
  'Conflict',
  'Duplicate',
  'TokenLocked',
  'Offline',
  'Infected',
  'Internal',
  'Unauthenticated',
  'Forbidden',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface AppErrorData {
  kind: ErrorKind;
  message: string;
  details?: Record<string, unknown>;
  /** Key of the text in the error catalog; absent for errors not yet keyed. */
  code?: string;
  params?: ErrorParams;
}

/** Thrown inside the main process only; the router turns it into an `AppErrorData`. */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly details: Record<string, unknown> | undefined;
  readonly code: string | undefined;
  readonly params: ErrorParams | undefined;

  constructor(kind: ErrorKind, message: string, details?: Record<string, unknown>, key?: { code: string; params?: ErrorParams }) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.details = details;
    this.code = key?.code;
    this.params = key?.params;
  }

  /** The error as data (plain, structured-clone and JSON safe). */
  toData(): AppErrorData {
    const data: AppErrorData = { kind: this.kind, message: this.message };
    if (this.details !== undefined) data.details = this.details;
    if (this.code !== undefined) data.code = this.code;
    if (this.params !== undefined) data.params = this.params;
    return data;
  }

  /** Rebuilds a thrown error from its data (a worker's reply, a stored failure). */
  static fromData(data: AppErrorData): AppError {
    return new AppError(
      data.kind,
      data.message,
      data.details,
      data.code === undefined ? undefined : { code: data.code, params: data.params },
    );
  }
}

/**
 * The error of a catalog key: its kind and Vietnamese text come from `ERROR_TEXTS`, filled with
 * `params`. Use this for every error a clerk can meet, so the window can show it in its language.
 */
export function appError(code: ErrorCode, params?: ErrorParams, details?: Record<string, unknown>): AppError {
  return AppError.fromData(keyedErrorData(code, ERROR_TEXTS[code], params, details));
}

/**
 * The error of a domain check's refusal (src-shared/domain, `domainErr`): keyed by the refusal's key
 * and params, its message the domain's (already filled), its kind the catalog's; `details.code` is
 * the refusal's own code (what callers and tests switch on).
 */
export function domainAppError(err: DomainError, details: Record<string, unknown> = {}): AppError {
  return AppError.fromData({ ...domainText(err), kind: ERROR_TEXTS[err.key].kind, details: { code: err.code, ...details } });
}

/**
 * A domain refusal about one input field, introduced by the text of `code` (its `{{inner}}` mark
 * holds the refusal, as in errorAround): `details.field` and `details.fields` name the field.
 */
export function domainFieldError(
  field: string,
  code: ErrorCode,
  err: DomainError,
  params: ErrorParams = {},
  extra: Record<string, unknown> = {},
): AppError {
  const inner = domainAppError(err);
  const around = errorAround(code, inner, params, { field, code: err.code, ...extra });
  around.details!.fields = [{ field, message: around.message }];
  return around;
}

/**
 * An error about one file of several: its text prefixed with the file's name. A keyed error stays
 * keyed (`common.inFile`, whose `inner` param names the original key for the window to translate).
 */
export function errorInFile(name: string, err: AppError, details = err.details): AppError {
  return errorAround('common.inFile', err, { name }, details);
}

/**
 * A keyed error about one input field: `details.field` and `details.fields` (the form shows the
 * message beside that field) beside any `extra` details.
 */
export function fieldAppError(field: string, code: ErrorCode, params?: ErrorParams, extra: Record<string, unknown> = {}): AppError {
  const err = appError(code, params, { field, ...extra });
  err.details!.fields = [{ field, message: err.message }];
  return err;
}

/**
 * An error that carries another one (the reason something else failed): the text of `code` with its
 * `{{inner}}` mark filled by the inner error's message. A keyed inner error stays keyed (`inner`
 * names its key and its params follow under `inner.`: fill.ts wrapParams, as in errorInFile); kind and details are the inner error's unless given.
 */
export function errorAround(
  code: ErrorCode,
  inner: AppError,
  params: ErrorParams = {},
  details: Record<string, unknown> | undefined = inner.details,
  kind: ErrorKind = inner.kind,
): AppError {
  const message = fillErrorText(ERROR_TEXTS[code].vi, { ...params, inner: inner.message });
  const key = inner.code === undefined ? undefined : { code, params: wrapParams(inner.code, inner.params, params) };
  return new AppError(kind, message, details, key);
}

/** A keyed text of the catalog (a reason inside a row list, a registration's warning): its Vietnamese message, key and params. */
export function keyedText(code: ErrorCode, params?: ErrorParams): KeyedText {
  return textOfError(keyedErrorData(code, ERROR_TEXTS[code], params));
}

/** An error as a keyed text (its key kept when it has one). */
export function textOfError(err: AppError | AppErrorData): KeyedText {
  const text: KeyedText = { message: err.message };
  if (err.code !== undefined) text.code = err.code;
  if (err.params !== undefined) text.params = err.params;
  return text;
}

/**
 * The error of a catalog key one of whose params lists the rows an import refused: the param is filled
 * in Vietnamese from the list, and the list goes along as `details.rowList` so that the window words
 * each row in its own language.
 */
export function rowListError(code: ErrorCode, params: ErrorParams, list: RowList, details: Record<string, unknown> = {}): AppError {
  const filled = fillRowList(
    list,
    (c) => (ERROR_TEXTS as Readonly<Record<string, { vi: string }>>)[c]?.vi ?? c,
    (r) => r.message,
  );
  return appError(code, { ...params, [list.param]: filled }, { ...details, rowList: list });
}
