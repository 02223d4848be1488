import type { z } from 'zod';

export type OperationKind = 'query' | 'command';

/**
 * Who called: the Electron window (IPC), a browser window (HTTP bridge), the `vanthu` command, or
 * code in the main process itself. Each transport names itself when it calls the router.
 */
export const TRANSPORTS = ['electron', 'http', 'cli', 'direct'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/**
 * The transports that run as the clerk's own account on this machine and may name files on it.
 * A window (IPC or HTTP) may not: it sends the bytes (base64) or a stored file's sha256 instead, so
 * a compromised renderer cannot make the main process read or write arbitrary paths.
 */
export const LOCAL_TRANSPORTS = ['cli', 'direct'] as const satisfies readonly Transport[];

/**
 * One operation of the app, declared once in `src-shared/contracts` and served by the Electron
 * IPC transport, the HTTP bridge and the CLI through the same router.
 * `sensitive` operations have their input redacted from every log (PINs, passwords).
 */
export interface OperationDef<N extends string = string, I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly name: N;
  readonly kind: OperationKind;
  readonly input: I;
  readonly output: O;
  readonly sensitive: boolean;
  readonly summary: string;
  /** The transports that may call it at all; the router refuses the others before reading the input. */
  readonly transports: readonly Transport[];
  /**
   * Top-level input fields that name files or folders on this machine. The operation is open to
   * every transport in `transports`, but only LOCAL_TRANSPORTS may fill these fields.
   */
  readonly pathFields: readonly string[];
}

export function defineOperation<N extends string, I extends z.ZodType, O extends z.ZodType>(def: {
  name: N;
  kind: OperationKind;
  input: I;
  output: O;
  sensitive?: boolean;
  summary: string;
  /** Default: every transport. Operations taking paths on this machine declare LOCAL_TRANSPORTS. */
  transports?: readonly Transport[];
  pathFields?: readonly string[];
}): OperationDef<N, I, O> {
  if (!/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/.test(def.name)) {
    throw new Error(`operation name must be feature.verb: ${def.name}`);
  }
  const transports = def.transports ?? TRANSPORTS;
  if (transports.length === 0 || transports.some((t) => !(TRANSPORTS as readonly string[]).includes(t))) {
    throw new Error(`operation ${def.name}: transports must be a non-empty subset of ${TRANSPORTS.join(', ')}`);
  }
  return { ...def, sensitive: def.sensitive ?? false, transports, pathFields: def.pathFields ?? [] };
}

/** A main-process event pushed to the UI, named `feature.pastTense`. */
export interface EventDef<N extends string = string, P extends z.ZodType = z.ZodType> {
  readonly name: N;
  readonly payload: P;
  readonly summary: string;
}

export function defineEvent<N extends string, P extends z.ZodType>(def: { name: N; payload: P; summary: string }): EventDef<N, P> {
  if (!/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/.test(def.name)) {
    throw new Error(`event name must be feature.pastTense: ${def.name}`);
  }
  return def;
}

export type InputOf<D> = D extends OperationDef<string, infer I, z.ZodType> ? z.input<I> : never;
export type ParsedInputOf<D> = D extends OperationDef<string, infer I, z.ZodType> ? z.output<I> : never;
export type OutputOf<D> = D extends OperationDef<string, z.ZodType, infer O> ? z.output<O> : never;
export type PayloadOf<D> = D extends EventDef<string, infer P> ? z.output<P> : never;

/** Builds a name-indexed table and refuses duplicate names, so a clash fails at start, not at run time. */
export function indexByName<T extends { name: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.name)) throw new Error(`duplicate contract name: ${item.name}`);
    map.set(item.name, item);
  }
  return map;
}
