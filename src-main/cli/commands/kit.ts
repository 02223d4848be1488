/**
 * What the command modules share: how an action runs, the usual "call one operation and print its
 * result", the file a command writes with --out, and the small parsers of options and arguments.
 * The command side only: nothing here loads the app (context.ts is imported for its types).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Envelope } from '../../../src-shared/rpc/envelope';
import type { AppErrorData } from '../../../src-shared/rpc/errors';
import type { StoredOutput } from '../../../src-shared/contracts/books.contract';
import { formatDdMmYyyy } from '../../../src-shared/domain/vn-time';
import type { CliContext } from '../context';
import { report } from '../output';

/** Runs a command's action once its options are parsed: main.ts opens the data folder only then. */
export type Run = (action: (ctx: CliContext) => Promise<number>) => Promise<void>;

/**
 * The usual action: one operation called with `input`, its result printed (the value as JSON under
 * --json, else `human` of it) or its error; the exit code follows.
 */
export function callAndReport<T>(run: Run, name: string, input: unknown, human: (value: T) => string): Promise<void> {
  return run(async (ctx) => report(ctx.output, (await ctx.call(name, input)) as Envelope<T>, human));
}

/** A usage mistake the command itself finds: printed as a Validation error, its exit code returned. */
export const usage = (ctx: CliContext, message: string): number => ctx.output.error({ kind: 'Validation', message });

/** Commander's collector for an option that may be repeated. */
export const collect = (v: string, prev: string[] = []) => [...prev, v];

/** A date or date-time (its calendar-date part) as dd/mm/yyyy; '' when absent. */
export const dmy = (iso: string | null | undefined) => (iso ? formatDdMmYyyy(iso.slice(0, 10)) : '');

/** A JSON file named on the command line, or the exit code of the usage error printed for it. */
export function readJsonFile(ctx: CliContext, file: string): { ok: true; value: unknown } | { ok: false; code: number } {
  if (!fs.existsSync(file)) return { ok: false, code: usage(ctx, `Không có tệp "${file}".`) };
  try {
    return { ok: true, value: JSON.parse(fs.readFileSync(file, 'utf8')) as unknown };
  } catch {
    return { ok: false, code: usage(ctx, `Tệp "${file}" không phải JSON hợp lệ.`) };
  }
}

/** Copies a stored output (by sha256) to the path the clerk named; refuses a missing folder. */
function writeOut(ctx: CliContext, file: StoredOutput, out: string): AppErrorData | null {
  const target = path.resolve(out);
  if (!fs.existsSync(path.dirname(target))) return { kind: 'Validation', message: `Thư mục "${path.dirname(target)}" không tồn tại.` };
  const located = ctx.app().locateFile(file.sha256);
  if (!located) return { kind: 'Internal', message: `Không tìm thấy tệp ${file.sha256} trong kho tệp.` };
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    fs.copyFileSync(located.path, tmp);
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    return { kind: 'Validation', message: `Không ghi được "${target}": ${(err as NodeJS.ErrnoException).code ?? String(err)}.` };
  }
  return null;
}

/**
 * The end of a command that makes a file: the operation's stored `File` written to `out`, then its
 * result printed with `Out` (the absolute path written) added; `human` is given the value and that path.
 */
export function reportWritten<V extends { File: StoredOutput }>(
  ctx: CliContext,
  envelope: Envelope<unknown>,
  out: string,
  human: (value: V, written: string) => string,
): number {
  if (!envelope.ok) return ctx.output.error(envelope.error);
  const v = envelope.value as V;
  const problem = writeOut(ctx, v.File, out);
  if (problem) return ctx.output.error(problem);
  const written = path.resolve(out);
  return report(ctx.output, { ok: true, value: { ...v, Out: written } }, () => human(v, written));
}
