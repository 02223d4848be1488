/**
 * Worker-thread entry for intake tasks. Messages: {id, task, input} → {id, ok, value|error};
 * progress {id, progress:[done,total]}; {cancel: id} aborts a running task between pages.
 * Bundled as its own file (dist/main/intake-worker.cjs) by scripts/build-node.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../../src-shared/rpc/errors';
import { TASKS, type TaskName } from './intake-tasks';

const running = new Map<number, AbortController>();

parentPort?.on('message', (msg: { id: number; task?: TaskName; input?: unknown; cancel?: number }) => {
  if (msg.cancel !== undefined) {
    running.get(msg.cancel)?.abort();
    return;
  }
  const { id, task } = msg;
  const ctrl = new AbortController();
  running.set(id, ctrl);
  const run = TASKS[task!] as (i: unknown, c: { signal: AbortSignal; progress(d: number, t: number): void }) => Promise<unknown>;
  run(msg.input, { signal: ctrl.signal, progress: (d, t) => parentPort!.postMessage({ id, progress: [d, t] }) }).then(
    (value) => {
      running.delete(id);
      const transfer = value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : [];
      parentPort!.postMessage({ id, ok: true, value }, transfer);
    },
    (err: unknown) => {
      running.delete(id);
      const e =
        err instanceof AppError
          ? { kind: err.kind, message: err.message, details: err.details }
          : { kind: 'Internal', message: (err as Error).message ?? String(err), details: { stack: (err as Error).stack ?? String(err) } };
      parentPort!.postMessage({ id, ok: false, error: e });
    },
  );
});
