import fs from 'node:fs';
import { immediate } from './exchange-tx';
import type { SyncResult } from '../../../src-shared/contracts/exchange.contract';
import { toVnIso } from '../../../src-shared/domain';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Db } from '../../db/open';
import type { ExchangeFiles } from './exchange-files';
import { hubFailureOf, type HubTransport, type SentItem } from './hub/hub-transport';
import type { OutboxRepo, OutboxRow } from './outbox.repo';

export interface RetryPolicy {
  baseMs: number;
  capMs: number;
  /** A hub that answers FAIL this many times for one packet makes it `failed` (needs the clerk). */
  maxRejections: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 5_000, capMs: 10 * 60_000, maxRejections: 3 };

/** Exponential backoff with ±50 % jitter, so many clients coming back online do not stampede. */
export function backoffMs(attempts: number, policy: RetryPolicy, random: () => number): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp * (0.5 + random()));
}

type Outcome = { row: OutboxRow; hubDocId: string } | { row: OutboxRow; error: unknown };

/**
 * Drains the outbox. Due items (heads of their per-document chains) are claimed in one write, sent
 * concurrently over keep-alive connections, and their outcomes written in one transaction.
 * An item whose last attempt may have reached the hub (`sending`: transport error, or the process
 * died) is first looked up in the hub's sent list by number/notation, title and recipient; if the
 * hub has it, its docId is adopted instead of sending again. Receivers deduplicate as well, so a
 * packet resent after a lost answer has no second effect.
 */
export async function sendPhase(ctx: {
  db: Db;
  repo: OutboxRepo;
  files: ExchangeFiles;
  transport: HubTransport;
  clock: Clock;
  logger: Logger;
  random: () => number;
  policy: RetryPolicy;
  concurrency: number;
  result: SyncResult;
  maxItems: number;
}): Promise<void> {
  const { repo, transport, clock } = ctx;
  let sentList: SentItem[] | null = null;
  let handled = 0;
  while (handled < ctx.maxItems) {
    // Big enough batches that the two writes per batch (claim, outcomes) and the wait for the
    // slowest send in the batch are small beside the sends themselves.
    const due = repo.due(clock.now().getTime(), ctx.concurrency * 32);
    if (due.length === 0) return;
    const toSend: OutboxRow[] = [];
    for (const row of due) {
      if (row.state === 'sending' && row.kind === 'edoc' && row.notation) {
        sentList ??= await transport.getSentEdocList('edoc').catch(() => [] as SentItem[]);
        const recipients = JSON.parse(row.recipients) as string[];
        const hit = sentList.find(
          (s) =>
            s.senderDocId &&
            s.notation === row.notation &&
            s.title === row.title &&
            s.fromCode === row.fromOrgan &&
            recipients.includes(s.toCode ?? '') &&
            !repo.hubDocIdTaken(s.senderDocId),
        );
        if (hit?.senderDocId) {
          repo.markSent(row.id, hit.senderDocId, toVnIso(clock.now()));
          ctx.result.sent++;
          ctx.logger.info('outbox item found on the hub, not resent', { id: row.id, hubDocId: hit.senderDocId });
          continue;
        }
      }
      toSend.push(row);
    }
    if (toSend.length === 0) continue;
    repo.markAttempt(toSend.map((r) => r.id));
    const outcomes = await runPool(toSend, ctx.concurrency, async (row): Promise<Outcome> => {
      const file = ctx.files.pathOf(row.packetSha256);
      if (!fs.existsSync(file)) return { row, error: new Error(`tệp gói tin ${row.packetSha256} không còn trong kho`) };
      try {
        const { docId } = await transport.sendEdoc({
          messageType: row.kind,
          from: row.fromOrgan,
          packet: { path: file, size: row.packetSize, sha256: row.packetSha256 },
        });
        return { row, hubDocId: docId };
      } catch (error) {
        return { row, error };
      }
    });
    handled += toSend.length;
    let offline = 0;
    let auth: unknown = null;
    const now = clock.now();
    immediate(ctx.db, () => {
      for (const o of outcomes) {
        if ('hubDocId' in o) {
          repo.markSent(o.row.id, o.hubDocId, toVnIso(now));
          ctx.result.sent++;
          continue;
        }
        const failure = hubFailureOf(o.error);
        const message = (o.error as Error).message;
        const attempts = o.row.attempts + 1;
        const next = now.getTime() + backoffMs(attempts, ctx.policy, ctx.random);
        if (failure === 'auth') {
          auth = o.error;
          repo.markError(
            o.row.id,
            o.row.state === 'sending' ? 'sending' : 'pending',
            message,
            toVnIso(now),
            now.getTime() + ctx.policy.baseMs,
            true,
          );
        } else if (failure === 'transient') {
          offline++;
          repo.markError(o.row.id, 'sending', message, toVnIso(now), next);
        } else if (failure === 'rejected') {
          const give = attempts >= ctx.policy.maxRejections;
          repo.markError(o.row.id, give ? 'failed' : 'pending', message, toVnIso(now), next);
          ctx.result.errors.push({ id: o.row.id, kind: give ? 'Validation' : 'Offline', message });
        } else {
          repo.markError(o.row.id, 'failed', `Lỗi nội bộ: ${message}`, toVnIso(now), next);
          ctx.result.errors.push({ id: o.row.id, kind: 'Internal', message });
        }
      }
    });
    if (auth) throw auth;
    if (offline > 0) {
      const first = outcomes.find((o) => 'error' in o && hubFailureOf(o.error) === 'transient') as { error: Error } | undefined;
      ctx.result.errors.push({ kind: 'Offline', message: `${offline} gói tin chưa gửi được: ${first?.error.message ?? ''}` });
      // The hub is unreachable or flaky: stop here; the items wait for their backoff.
      if (offline === outcomes.length) return;
    }
  }
}

/** Runs `fn` over items with at most `n` in flight; results in input order. */
export async function runPool<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}
