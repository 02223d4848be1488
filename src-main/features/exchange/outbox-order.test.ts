import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../tests/support/browser-mode';
import { AGENCY_A, AGENCY_B, exchangeNode, sampleDocument } from '../../../tests/support/exchange-harness';
import { createOutboxRepo } from './outbox.repo';
import { backoffMs, runPool } from './sync-sender';
import { openDatabase } from '../../db/open';

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
