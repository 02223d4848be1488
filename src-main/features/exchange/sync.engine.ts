import path from 'node:path';
import type { SyncResult } from '../../../src-shared/contracts/exchange.contract';
import { AppError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import { acquireInstanceLock } from '../../core/instance-lock';
import type { Logger } from '../../core/logger';
import type { EventBus } from '../../rpc/events';
import { hubFailureOf, type HubTransport } from './hub/hub-transport';
import type { OutboxRepo } from './outbox.repo';
import { STUCK_AFTER_ATTEMPTS } from './outbox.service';
import { receivePhase, type ReceiveCtx } from './sync-receiver';
import { DEFAULT_RETRY, sendPhase, type RetryPolicy } from './sync-sender';

export interface SyncOptions {
  concurrency?: number;
  policy?: Partial<RetryPolicy>;
  /** Upper bound of packets handled per phase in one cycle (keeps a cycle short). */
  maxItems?: number;
}

/**
 * One sync cycle for a data folder, under a per-folder lock (a second `hub sync` or the app's own
 * scheduler gets a Conflict instead of racing): receive documents, receive statuses, then drain
 * the outbox (so the 01s queued by this cycle's arrivals leave in the same cycle). A phase that
 * finds the hub unreachable ends the cycle early; nothing is lost, everything waits in SQLite.
 */
export function createSyncEngine(deps: {
  dataDir: string;
  clock: Clock;
  logger: Logger;
  events: EventBus | null;
  outboxRepo: OutboxRepo;
  openTransport: () => HubTransport;
  receiveCtx: (transport: HubTransport, result: SyncResult, maxItems: number) => ReceiveCtx;
  sendCtx: Omit<Parameters<typeof sendPhase>[0], 'transport' | 'result' | 'policy' | 'concurrency' | 'maxItems'>;
  sweep: () => void;
}) {
  const lockPath = path.join(deps.dataDir, 'exchange', 'sync.lock');

  function emitQueue(online: boolean): void {
    const c = deps.outboxRepo.counts(STUCK_AFTER_ATTEMPTS);
    deps.events?.emit('exchange.queueChanged', { pending: c.pending + c.sending, failed: c.failed, stuck: c.stuck, online });
  }

  return {
    async syncOnce(opts: SyncOptions = {}): Promise<SyncResult> {
      const transport = deps.openTransport();
      const lock = acquireInstanceLock(lockPath, 'vanthu hub sync');
      const result: SyncResult = { sent: 0, received: 0, statuses: 0, errors: [] };
      const maxItems = opts.maxItems ?? 2000;
      let online = true;
      try {
        deps.sweep();
        const rctx = deps.receiveCtx(transport, result, maxItems);
        const phases: [string, () => Promise<void>][] = [
          ['edoc', () => receivePhase(rctx, 'edoc')],
          ['status', () => receivePhase(rctx, 'status')],
          [
            'send',
            () =>
              sendPhase({
                ...deps.sendCtx,
                transport,
                result,
                policy: { ...DEFAULT_RETRY, ...opts.policy },
                concurrency: opts.concurrency ?? 4,
                maxItems,
              }),
          ],
        ];
        for (const [name, run] of phases) {
          try {
            await run();
          } catch (err) {
            const failure = hubFailureOf(err);
            if (!(err instanceof AppError) || failure === null) throw err;
            result.errors.push({ kind: err.kind, message: err.message });
            deps.logger.warn('sync phase stopped', { phase: name, hub: failure, error: err.message });
            if (failure === 'auth') break;
            if (failure === 'transient') online = false;
          }
        }
      } finally {
        transport.close();
        lock.release();
      }
      emitQueue(online);
      deps.logger.info('sync cycle', {
        sent: result.sent,
        received: result.received,
        statuses: result.statuses,
        errors: result.errors.length,
      });
      return result;
    },
  };
}
