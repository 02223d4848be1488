import type { Logger } from '../core/logger';
import type { EventBus } from '../rpc/events';
import type { Router } from '../rpc/router';

/**
 * While the app is open (Electron or browser mode; never the CLI), the exchange queue is drained in
 * the background: a sync cycle every `intervalMs` when the hub is configured. The outcome drives the
 * online/offline indicator through `app.connectivityChanged`: the clerk keeps working offline and the
 * queue drains in order when the network returns. A cycle never overlaps the previous one.
 */
export function startSyncScheduler(deps: {
  router: Router;
  events: EventBus;
  logger: Logger;
  intervalMs?: number;
  firstDelayMs?: number;
}): () => void {
  const interval = deps.intervalMs ?? 60_000;
  let online: boolean | null = null;
  let running = false;
  let stopped = false;

  const report = (now: boolean, reason?: string) => {
    if (now === online) return;
    online = now;
    deps.events.emit('app.connectivityChanged', reason ? { online: now, reason } : { online: now });
  };

  const cycle = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const info = await deps.router.call('exchange.hubInfo', {}, { transport: 'direct' });
      if (!info.ok || !(info.value as { configured: boolean }).configured) return;
      const r = await deps.router.call('exchange.sync', {}, { transport: 'direct' });
      if (!r.ok) {
        report(r.error.kind !== 'Offline', r.error.message);
        return;
      }
      const offline = (r.value as { errors: { kind: string; message: string }[] }).errors.find((e) => e.kind === 'Offline');
      report(!offline, offline?.message);
    } catch (err) {
      deps.logger.warn('background sync failed', { error: (err as Error).message });
    } finally {
      running = false;
    }
  };

  const first = setTimeout(() => void cycle(), deps.firstDelayMs ?? 3_000);
  const timer = setInterval(() => void cycle(), interval);
  first.unref();
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
  };
}
