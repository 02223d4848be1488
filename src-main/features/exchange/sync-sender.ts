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

export interface SendCtx {
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
}

/**
 * Drains the outbox. Due items (heads of their per-document chains, most urgent first) are claimed
 * in one write per batch and sent over keep-alive connections by `concurrency` workers that never
 * wait for each other: when the claimed items run out, the worker that notices writes the outcomes
 * gathered so far in one transaction and claims the next batch while the others' sends are still
 * in flight, so the hub is never left idle at a batch boundary (the old batch-at-a-time loop waited
 * for the slowest send and two commits every batch; issue 15).
 * Durability is unchanged: an item is committed as `sending` before its first byte leaves, and
 * its outcome is committed before the cycle ends. An item whose last attempt may have reached the
 * hub (`sending`: transport error, or the process died) is first looked up in the hub's sent list
 * by number/notation, title and recipient; if the hub has it, its docId is adopted instead of
 * sending again. Receivers deduplicate as well, so a packet resent after a lost answer has no
 * second effect.
 */
export async function sendPhase(ctx: SendCtx): Promise<void> {
  const { repo, clock } = ctx;
  // Big enough batches that the one commit per batch is small beside the sends themselves.
  const batch = ctx.concurrency * 64;
  /** Claimed in this cycle, outcome not yet written: not due again, whatever their state says. */
  const claimed = new Set<string>();
  const queue: OutboxRow[] = [];
  let outcomes: Outcome[] = [];
  let handled = 0;
  let stopped = false;
  let auth: unknown = null;
  let sentList: SentItem[] | null = null;
  let refilling: Promise<void> | null = null;

  /** Writes the outcomes gathered so far (inside the caller's transaction); stops the phase on auth or when the hub is unreachable. */
  const flush = (): void => {
    if (outcomes.length === 0) return;
    const done = outcomes;
    outcomes = [];
    const offline = writeOutcomes(ctx, done);
    for (const o of done) claimed.delete(o.row.id);
    if (offline.auth) {
      auth ??= offline.auth;
      stopped = true;
    }
    if (offline.count > 0) {
      ctx.result.errors.push({ kind: 'Offline', message: `${offline.count} gói tin chưa gửi được: ${offline.first?.message ?? ''}` });
      // The hub is unreachable or flaky: stop here; the items wait for their backoff.
      if (offline.count === done.length) stopped = true;
    }
  };

  /** A `sending` document from an earlier cycle may already be on the hub: looked up before resending. */
  const needsLookup = (row: OutboxRow) => row.state === 'sending' && row.kind === 'edoc' && !!row.notation;

  const claim = (rows: OutboxRow[]) => {
    if (rows.length === 0) return;
    repo.markAttempt(rows.map((r) => r.id));
    for (const r of rows) claimed.add(r.id);
    handled += rows.length;
    queue.push(...rows);
  };

  // The outcomes so far and the claim of the next batch are one commit (one fsync), not two.
  const claimMore = async (): Promise<void> => {
    while (queue.length === 0 && handled < ctx.maxItems) {
      let lookups: OutboxRow[] = [];
      let found = 0;
      immediate(ctx.db, () => {
        flush();
        if (stopped) return;
        const want = Math.min(batch, ctx.maxItems - handled);
        const due = repo
          .due(clock.now().getTime(), want + claimed.size)
          .filter((r) => !claimed.has(r.id))
          .slice(0, want);
        found = due.length;
        lookups = due.filter(needsLookup);
        claim(due.filter((r) => !needsLookup(r)));
      });
      if (stopped || found === 0) return;
      if (lookups.length > 0) {
        sentList ??= await ctx.transport.getSentEdocList('edoc').catch(() => [] as SentItem[]);
        const list = sentList;
        claim(lookups.filter((row) => !adoptFromHub(ctx, row, list)));
      }
    }
  };

  const worker = async (): Promise<void> => {
    for (;;) {
      if (stopped) return;
      if (queue.length === 0) {
        refilling ??= claimMore().finally(() => (refilling = null));
        await refilling;
        if (stopped || queue.length === 0) return;
      }
      const row = queue.shift()!;
      const outcome = await sendOne(ctx, row);
      outcomes.push(outcome); // after the await: `outcomes` may have been swapped by a flush meanwhile
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.max(1, ctx.concurrency) }, worker));
  } finally {
    immediate(ctx.db, flush);
    // Claimed but never sent (the phase stopped): back to how they were, attempt not counted.
    if (queue.length > 0) repo.unclaim(queue.splice(0));
  }
  if (auth) throw auth;
}

/** A `sending` item the hub already has (by number/notation, title, sender, recipient): its docId is adopted. */
function adoptFromHub(ctx: SendCtx, row: OutboxRow, sentList: SentItem[]): boolean {
  const recipients = JSON.parse(row.recipients) as string[];
  const hit = sentList.find(
    (s) =>
      s.senderDocId &&
      s.notation === row.notation &&
      s.title === row.title &&
      s.fromCode === row.fromOrgan &&
      recipients.includes(s.toCode ?? '') &&
      !ctx.repo.hubDocIdTaken(s.senderDocId),
  );
  if (!hit?.senderDocId) return false;
  ctx.repo.markSent(row.id, hit.senderDocId, toVnIso(ctx.clock.now()));
  ctx.result.sent++;
  ctx.logger.info('outbox item found on the hub, not resent', { id: row.id, hubDocId: hit.senderDocId });
  return true;
}

async function sendOne(ctx: SendCtx, row: OutboxRow): Promise<Outcome> {
  const file = ctx.files.pathOf(row.packetSha256);
  try {
    const { docId } = await ctx.transport.sendEdoc({
      messageType: row.kind,
      from: row.fromOrgan,
      packet: { path: file, size: row.packetSize, sha256: row.packetSha256 },
    });
    return { row, hubDocId: docId };
  } catch (error) {
    if (!fs.existsSync(file)) return { row, error: new Error(`tệp gói tin ${row.packetSha256} không còn trong kho`) };
    return { row, error };
  }
}

/** Writes a group of outcomes (the caller holds the transaction); returns what the phase must react to. */
function writeOutcomes(ctx: SendCtx, outcomes: Outcome[]): { count: number; first: Error | null; auth: unknown } {
  const { repo } = ctx;
  let count = 0;
  let first: Error | null = null;
  let auth: unknown = null;
  const now = ctx.clock.now();
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
      count++;
      first ??= o.error as Error;
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
  return { count, first, auth };
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
