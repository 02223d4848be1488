import type { z } from 'zod';

export type OperationKind = 'query' | 'command';

/**
 * One operation of the app, declared once in `src-shared/contracts` and served by the Electron
 * IPC transport, the HTTP bridge and the CLI through the same router.
 * `sensitive` operations have their input redacted from every log (PINs, passwords).
 */
export interface OperationDef<
  N extends string = string,
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  readonly name: N;
  readonly kind: OperationKind;
  readonly input: I;
  readonly output: O;
  readonly sensitive: boolean;
  readonly summary: string;
}

export function defineOperation<N extends string, I extends z.ZodType, O extends z.ZodType>(def: {
  name: N;
  kind: OperationKind;
  input: I;
  output: O;
  sensitive?: boolean;
  summary: string;
}): OperationDef<N, I, O> {
  if (!/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/.test(def.name)) {
    throw new Error(`operation name must be feature.verb: ${def.name}`);
  }
  return { ...def, sensitive: def.sensitive ?? false };
}

/** A main-process event pushed to the UI, named `feature.pastTense`. */
export interface EventDef<N extends string = string, P extends z.ZodType = z.ZodType> {
  readonly name: N;
  readonly payload: P;
  readonly summary: string;
}

export function defineEvent<N extends string, P extends z.ZodType>(def: {
  name: N;
  payload: P;
  summary: string;
}): EventDef<N, P> {
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
