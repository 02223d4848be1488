/**
 * Runs intake tasks in one worker thread, so PDF assembly and deskew never stall the main
 * process (IPC, HTTP bridge, events). The worker script is `intake-worker.cjs` beside the bundle
 * (built by scripts/build-node.mjs), or the TypeScript source through tsx when running from
 * sources (tests, `npx tsx`). Without either, tasks run in this thread — same results, and the
 * logger says so once.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorKind } from '../../../../src-shared/rpc/errors';
import type { Logger } from '../../../core/logger';
import { TASKS, type TaskMap, type TaskName } from './intake-tasks';

export interface TaskRunner {
  readonly mode: 'worker' | 'inline';
  run<K extends TaskName>(
    task: K,
    input: TaskMap[K]['input'],
    opts?: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
  ): Promise<TaskMap[K]['output']>;
  close(): Promise<void>;
}

function workerSpec(): { file: string; eval?: boolean } | null {
  const bundled = path.join(__dirname, 'intake-worker.cjs');
  if (fs.existsSync(bundled)) return { file: bundled };
  const source = path.join(__dirname, 'intake.worker.ts');
  if (fs.existsSync(source)) {
    try {
      // From sources (Vitest, npx tsx): register tsx's CommonJS hook inside the worker, then load the entry.
      const register = createRequire(__filename).resolve('tsx/cjs/api');
      return { file: `require(${JSON.stringify(register)}).register(); require(${JSON.stringify(source)});`, eval: true };
    } catch {
      return null;
    }
  }
  return null;
}

type Pending = { resolve(v: unknown): void; reject(e: unknown): void; onProgress?: ((d: number, t: number) => void) | undefined };

export function createTaskRunner(deps: { logger: Logger; inline?: boolean }): TaskRunner {
  const spec = deps.inline ? null : workerSpec();
  if (!spec) {
    if (!deps.inline) deps.logger.warn('intake worker script not found: assembly and deskew run on the main thread');
    return {
      mode: 'inline',
      run: (task, input, opts = {}) =>
        (TASKS[task] as (i: unknown, c: { signal: AbortSignal; progress(d: number, t: number): void }) => Promise<never>)(input, {
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
    w.on(
      'message',
      (m: {
        id: number;
        ok?: boolean;
        value?: unknown;
        error?: { kind: ErrorKind; message: string; details?: Record<string, unknown> };
        progress?: [number, number];
      }) => {
        const p = pending.get(m.id);
        if (!p) return;
        if (m.progress) return p.onProgress?.(m.progress[0], m.progress[1]);
        pending.delete(m.id);
        if (pending.size === 0) w.unref();
        if (m.ok) p.resolve(m.value);
        else p.reject(new AppError(m.error!.kind, m.error!.message, m.error!.details));
      },
    );
    const fail = (err: unknown) => {
      worker = null;
      for (const p of pending.values())
        p.reject(new AppError('Internal', `Luồng xử lý nền dừng bất thường: ${(err as Error)?.message ?? String(err)}`));
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
        if (opts.signal) {
          if (opts.signal.aborted) w.postMessage({ cancel: id });
          else opts.signal.addEventListener('abort', () => w.postMessage({ cancel: id }), { once: true });
        }
        w.postMessage({ id, task, input });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
