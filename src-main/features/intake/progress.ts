/** Throttled intake.progress events: at most one per batch and stage every 200 ms, plus the final one. */
import type { EventBus } from '../../rpc/events';

type Stage = 'scan' | 'import' | 'ocr' | 'assemble' | 'avscan';

export function createProgress(events: EventBus, nowMs: () => number, intervalMs = 200) {
  const last = new Map<string, number>();
  return {
    emit(batchId: string | null, stage: Stage, done: number, total: number | null, percent: number | null, force = false): void {
      const key = `${batchId ?? ''}:${stage}`;
      const t = nowMs();
      const final = total !== null && done >= total;
      if (!force && !final && t - (last.get(key) ?? -Infinity) < intervalMs) return;
      last.set(key, t);
      events.emit('intake.progress', { batchId, stage, done, total, percent });
    },
  };
}
