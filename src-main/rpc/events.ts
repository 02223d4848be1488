import { eventsByName, type EventByName, type EventName } from '../../src-shared/contracts';
import type { PayloadOf } from '../../src-shared/rpc/define';

export type EventListener = (name: EventName, payload: unknown) => void;

export interface EventBus {
  emit<N extends EventName>(name: N, payload: PayloadOf<EventByName<N>>): void;
  subscribe(listener: EventListener): () => void;
}

/** Main-process events fan out to every transport (IPC window, WebSocket clients, CLI --watch). */
export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      const def = eventsByName.get(name);
      if (!def) throw new Error(`unknown event ${name}`);
      const checked = def.payload.parse(payload);
      for (const l of listeners) l(name, checked);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
