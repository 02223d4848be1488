import type { Envelope } from '../../src-shared/rpc/envelope';
import type { AppErrorData, ErrorKind } from '../../src-shared/rpc/errors';

/** Exit codes are part of the CLI contract: scripts branch on them. */
export const EXIT: Record<ErrorKind | 'ok' | 'usage', number> = {
  ok: 0,
  Internal: 1,
  usage: 2,
  Validation: 2,
  Duplicate: 3,
  Conflict: 4,
  NotFound: 5,
  TokenLocked: 6,
  Offline: 7,
  Infected: 8,
  Unauthenticated: 9,
  Forbidden: 11,
};

export interface Output {
  json: boolean;
  /** Prints a result: the JSON value under --json, else the human rendering. */
  result(value: unknown, human: (value: never) => string): void;
  /** Prints an error and returns the exit code for it. */
  error(error: AppErrorData): number;
}

export function createOutput(
  json: boolean,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Output {
  return {
    json,
    result(value, human) {
      out.write(json ? JSON.stringify(value, null, 2) + '\n' : human(value as never) + '\n');
    },
    error(error) {
      if (json) out.write(JSON.stringify({ ok: false, error }, null, 2) + '\n');
      err.write(`vanthu: ${error.message}\n`);
      return EXIT[error.kind];
    },
  };
}

/** Unwraps an envelope for a command: prints and returns the exit code. */
export function report<T>(output: Output, envelope: Envelope<T>, human: (value: T) => string): number {
  if (!envelope.ok) return output.error(envelope.error);
  output.result(envelope.value, human as (value: never) => string);
  return EXIT.ok;
}
