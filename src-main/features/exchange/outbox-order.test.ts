import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../tests/support/browser-mode';
import { AGENCY_A, AGENCY_B, exchangeNode, sampleDocument } from '../../../tests/support/exchange-harness';
import { createOutboxRepo } from './outbox.repo';
import { backoffMs, runPool } from './sync-sender';
import { openDatabase } from '../../db/open';
import type { HubTransport } from './hub/hub-transport';

const dir = tempDataDir('outbox-order-');
const node = exchangeNode(AGENCY_B, { dataDir: path.join(dir, 'b') });
afterAll(() => node.close());

describe('outbox ordering and retry policy', () => {
  it('a status waits behind the earlier packets about its document; other documents are not held up', async () => {
    const doc = await node.exchange.sendDocument(sampleDocument(AGENCY_B, [AGENCY_A], dir, 1));
    const other = await node.exchange.sendDocument(sampleDocument(AGENCY_B, [AGENCY_A], dir, 2));
    const take = node.exchange.requestTakeBack(doc.DocumentId, 'Gửi nhầm');
    const db = openDatabase(path.join(node.dataDir, 'vanthu.db'));
    const repo = createOutboxRepo(db.db);
    const due = () => repo.due(Date.now() + 1, 100).map((r) => r.id);
    expect(due()).toEqual([doc.id, other.id]);
    repo.markError(doc.id, 'failed', 'hỏng', new Date().toISOString(), 0); // even a failed document keeps its statuses behind it
    expect(due()).toEqual([other.id]);
    repo.markSent(doc.id, 'hub-1', new Date().toISOString());
    expect(due()).toEqual([other.id, take.id]);
    db.close();
  });

  it('urgent documents leave first (Hỏa tốc > Thượng khẩn > Khẩn > Thường); a status keeps behind its document', async () => {
    const at = (n: number, Priority: number) =>
      sampleDocument(AGENCY_B, [AGENCY_A], dir, n, {
        MessageHeader: {
          ...sampleDocument(AGENCY_B, [AGENCY_A], dir, n).MessageHeader,
          OtherInfo: { Priority, Direction: false, Appendixes: [] },
        },
      });
    const db = openDatabase(path.join(node.dataDir, 'vanthu.db'));
    const repo = createOutboxRepo(db.db);
    for (const r of repo.due(Date.now() + 1, 100)) repo.markSent(r.id, `hub-old-${r.id}`, new Date().toISOString());
    const thuong = await node.exchange.sendDocument(at(10, 0));
    const khan = await node.exchange.sendDocument(at(11, 1));
    const hoaToc = await node.exchange.sendDocument(at(12, 3));
    const thuongKhan = await node.exchange.sendDocument(at(13, 2));
    const henGio = await node.exchange.sendDocument(at(14, 4));
    const take = node.exchange.requestTakeBack(hoaToc.DocumentId, 'Gửi nhầm');
    const due = () => repo.due(Date.now() + 1, 100).map((r) => r.id);
    expect(due()).toEqual([hoaToc.id, henGio.id, thuongKhan.id, khan.id, thuong.id]);
    expect(repo.byId(take.id)!.priority).toBe(3);
    repo.markSent(hoaToc.id, 'hub-ht', new Date().toISOString());
    expect(due()).toEqual([henGio.id, take.id, thuongKhan.id, khan.id, thuong.id]);
    db.close();
  });

  it('the drain claims the next batch while sends of the previous one are still in flight (no idle hub at batch boundaries)', async () => {
    const CONCURRENCY = 2;
    const BATCH = CONCURRENCY * 64;
    let started = 0;
    let releaseFirst: (() => void) | null = null;
    let firstReleasedBy: 'next-batch' | 'timeout' | null = null;
    const transport: HubTransport = {
      name: 'fake',
      async sendEdoc() {
        const n = ++started;
        if (n === 1) {
          // The first send of the first batch answers only once a send of the second batch has begun;
          // a drain that waits for the whole batch before claiming the next would sit here.
          await new Promise<void>((resolve) => {
            const t = setTimeout(() => ((firstReleasedBy ??= 'timeout'), resolve()), 3000);
            releaseFirst = () => (clearTimeout(t), (firstReleasedBy ??= 'next-batch'), resolve());
          });
        } else if (n === BATCH + 1) releaseFirst?.();
        else await new Promise((r) => setImmediate(r));
        return { docId: `hub-${n}` };
      },
      getReceivedEdocList: async () => [],
      getEdoc: () => Promise.reject(new Error('không dùng')),
      updateStatus: async () => undefined,
      getSentEdocList: async () => [],
      getAgenciesList: async () => [],
      close: () => undefined,
    };
    const c = exchangeNode(AGENCY_A, { dataDir: path.join(dir, 'pipeline'), transportFactory: () => transport });
    try {
      c.exchange.configureHub({ url: 'http://127.0.0.1:9', systemId: AGENCY_A.systemId, secret: AGENCY_A.secret });
      const template = await c.exchange.prepareDocument(sampleDocument(AGENCY_A, [AGENCY_B], dir, 500));
      const count = BATCH + 20;
      c.exchange.enqueueMany(
        Array.from({ length: count }, (_, i) => ({ ...template, id: `p-${i}`, documentId: `${AGENCY_A.organId},2025/03/05,${i}/SO-VP` })),
      );
      const r = await c.exchange.sync({ concurrency: CONCURRENCY, maxItems: 10_000 });
      expect(r.errors).toEqual([]);
      expect(r.sent).toBe(count);
      expect(started).toBe(count);
      expect(firstReleasedBy).toBe('next-batch');
      const db = openDatabase(path.join(c.dataDir, 'vanthu.db'));
      const left = createOutboxRepo(db.db).counts(99);
      db.close();
      expect(left).toEqual({ pending: 0, sending: 0, failed: 0, stuck: 0 });
    } finally {
      c.close();
    }
  });

  it('backs off exponentially with jitter up to the cap', () => {
    const policy = { baseMs: 1000, capMs: 8000, maxRejections: 3 };
    expect(backoffMs(1, policy, () => 0.5)).toBe(1000);
    expect(backoffMs(3, policy, () => 0.5)).toBe(4000);
    expect(backoffMs(10, policy, () => 0.5)).toBe(8000);
    expect(backoffMs(2, policy, () => 0)).toBe(1000);
    expect(backoffMs(2, policy, () => 0.999)).toBe(2998);
  });

  it('runs a pool with bounded concurrency, results in order', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await runPool([5, 1, 4, 2, 3], 2, async (n) => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, n));
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
