/**
 * Errors cross every boundary as data, never as thrown exceptions. The UI switches on `kind`;
 * `message` is written for the clerk (Vietnamese) and `details` carries machine-readable specifics
 * such as the offending field.
 */
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
}

/** Thrown inside the main process only; the router turns it into an `AppErrorData`. */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly details: Record<string, unknown> | undefined;

  constructor(kind: ErrorKind, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.details = details;
  }

  toData(): AppErrorData {
    return this.details === undefined
      ? { kind: this.kind, message: this.message }
      : { kind: this.kind, message: this.message, details: this.details };
  }
}
