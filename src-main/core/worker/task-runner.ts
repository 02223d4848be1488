/**
 * Runs a table of CPU-heavy tasks in one worker thread, so long work (audit verification, book
 * rendering) never stalls the main process (IPC, HTTP bridge, events). The worker script is a
 * bundle beside dist/main (built by scripts/build-node.mjs) or, from sources (Vitest, npx tsx), the
 * TypeScript entry loaded through tsx. Without either — or when asked — the tasks run in this
 * thread with the same results, and the logger says so once. Protocol: {id, task, input} →
 * {id, ok, value|error}; progress {id, progress:[done,total]}; {cancel: id} aborts the task's signal
 * (a task checks it between pages). One runner serves every table: the long-work tasks
 * (app/long-work.tasks.ts) and intake's assembly and deskew (features/intake/worker/intake-tasks.ts).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { AppError, appError, type AppErrorData } from '../../../src-shared/rpc/errors';
import type { Logger } from '../logger';

export interface TaskContext {
  /** Aborted when the caller's signal is; a task stops at its next check. */
  signal: AbortSignal;
  progress(done: number, total: number): void;
}

/** name → (input, ctx) => output; inputs and outputs must be structured-cloneable. */
export type TaskTable = Record<string, (input: never, ctx: TaskContext) => Promise<unknown>>;
type In<T extends TaskTable, K extends keyof T> = Parameters<T[K]>[0];
type Out<T extends TaskTable, K extends keyof T> = Awaited<ReturnType<T[K]>>;

export interface TaskRunner<T extends TaskTable> {
  readonly mode: 'worker' | 'inline';
  run<K extends keyof T & string>(
    task: K,
    input: In<T, K>,
    opts?: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
  ): Promise<Out<T, K>>;
  close(): Promise<void>;
}

function workerSpec(bundled: string, source: string): { file: string; eval?: boolean } | null {
  if (fs.existsSync(bundled)) return { file: bundled };
  if (!fs.existsSync(source)) return null;
  try {
    const register = createRequire(__filename).resolve('tsx/cjs/api');
    return { file: `require(${JSON.stringify(register)}).register(); require(${JSON.stringify(source)});`, eval: true };
  } catch {
    return null;
  }
}

/** The worker side: answers the runner's messages with the given table. Call once in the entry file. */
export function serveTasks(tasks: TaskTable): void {
  const running = new Map<number, AbortController>();
  parentPort?.on('message', (msg: { id: number; task: string; input: unknown; cancel?: number }) => {
    if (msg.cancel !== undefined) return running.get(msg.cancel)?.abort();
    const { id } = msg;
    const run = tasks[msg.task] as ((i: unknown, c: TaskContext) => Promise<unknown>) | undefined;
    if (!run) {
      parentPort!.postMessage({ id, ok: false, error: { kind: 'Internal', message: `unknown task ${msg.task}` } });
      return;
    }
    const ctrl = new AbortController();
    running.set(id, ctrl);
    run(msg.input, { signal: ctrl.signal, progress: (d, t) => parentPort!.postMessage({ id, progress: [d, t] }) }).then(
      (value) => {
        running.delete(id);
        // A byte result (an assembled PDF, a straightened page) moves to the main thread without a copy.
        const transfer = value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : [];
        parentPort!.postMessage({ id, ok: true, value }, transfer);
      },
      (err: unknown) => {
        running.delete(id);
        const e =
          err instanceof AppError
            ? err.toData()
            : { kind: 'Internal', message: (err as Error).message ?? String(err), stack: (err as Error).stack };
        parentPort!.postMessage({ id, ok: false, error: e });
      },
    );
  });
}

type Pending = { resolve(v: unknown): void; reject(e: unknown): void; onProgress?: ((d: number, t: number) => void) | undefined };
type Reply = {
  id: number;
  ok?: boolean;
  value?: unknown;
  error?: AppErrorData & { stack?: string };
  progress?: [number, number];
};

export function createTaskRunner<T extends TaskTable>(deps: {
  tasks: T;
  /** Absolute paths of the bundled worker (.cjs) and of its TypeScript entry. */
  bundled: string;
  source: string;
  logger: Logger;
  inline?: boolean;
}): TaskRunner<T> {
  const spec = deps.inline ? null : workerSpec(deps.bundled, deps.source);
  if (!spec) {
    if (!deps.inline)
      deps.logger.warn('worker script not found: long work runs on the main thread', { bundled: path.basename(deps.bundled) });
    return {
      mode: 'inline',
      run: (task, input, opts = {}) =>
        (deps.tasks[task] as (i: unknown, c: TaskContext) => Promise<never>)(input, {
          signal: opts.signal ?? new AbortController().signal,
          progress: (d, t) => opts.onProgress?.(d, t),
        }),
      close: async () => undefined,
    };
  }
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(spec.file, { eval: spec.eval ?? false });
    // An idle worker must not keep the CLI (or a test) alive.
    w.unref();
    w.on('message', (m: Reply) => {
      const p = pending.get(m.id);
      if (!p) return;
      if (m.progress) return p.onProgress?.(m.progress[0], m.progress[1]);
      pending.delete(m.id);
      if (pending.size === 0) w.unref();
      if (m.ok) p.resolve(m.value);
      else if (m.error!.stack !== undefined) p.reject(Object.assign(new Error(m.error!.message), { stack: m.error!.stack }));
      else p.reject(AppError.fromData(m.error!));
    });
    const fail = (err: unknown) => {
      worker = null;
      for (const p of pending.values()) p.reject(appError('system.workerStopped', { error: (err as Error)?.message ?? String(err) }));
      pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`exit ${code}`));
      worker = null;
    });
    worker = w;
    return w;
  };

  return {
    mode: 'worker',
    run(task, input, opts = {}) {
      const w = start();
      // A task in flight keeps the process alive until it answers.
      w.ref();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: opts.onProgress });
        w.postMessage({ id, task, input });
        if (opts.signal) {
          if (opts.signal.aborted) w.postMessage({ cancel: id });
          else opts.signal.addEventListener('abort', () => w.postMessage({ cancel: id }), { once: true });
        }
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
