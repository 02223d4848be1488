import { eventsByName, type EventByName, type EventName } from '../../src-shared/contracts';
import type { PayloadOf } from '../../src-shared/rpc/define';

export type EventListener = (name: EventName, payload: unknown) => void;

export interface EventBus {
  emit<N extends EventName>(name: N, payload: PayloadOf<EventByName<N>>): void;
  subscribe(listener: EventListener): () => void;
  /**
   * Runs `fn` (one transaction of several features) with events held back: they go out, in order,
   * once `fn` has returned, and are dropped when it throws — nobody hears of a change that was
   * rolled back, and no listener acts inside the caller's transaction. Holds nest.
   */
  holding<T>(fn: () => T): T;
}

/** Main-process events fan out to every transport (IPC window, WebSocket clients, CLI --watch). */
export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  let depth = 0;
  let held: [EventName, unknown][] = [];
  const deliver = (name: EventName, payload: unknown) => {
    for (const l of listeners) l(name, payload);
  };
  return {
    emit(name, payload) {
      const def = eventsByName.get(name);
      if (!def) throw new Error(`unknown event ${name}`);
      const checked = def.payload.parse(payload);
      if (depth > 0) held.push([name, checked]);
      else deliver(name, checked);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    holding(fn) {
      const mark = held.length;
      depth += 1;
      let result;
      try {
        result = fn();
      } catch (err) {
        held.length = mark;
        throw err;
      } finally {
        depth -= 1;
      }
      if (depth === 0) {
        const out = held;
        held = [];
        for (const [name, payload] of out) deliver(name, payload);
      }
      return result;
    },
  };
}
