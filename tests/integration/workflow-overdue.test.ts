import { describe, expect, it } from 'vitest';
import { createApp } from '../../src-main/app/create-app';
import { fixedClock } from '../../src-main/core/clock';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { memoryLogger, SAMPLE_AGENCY } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { incoming, ok } from './register-helpers';

describe('workflow.overdue', () => {
  it('is announced once when a document passes its deadline as the clock moves, and again after an extension runs out', async () => {
    const clock = fixedClock('2026-03-05T02:00:00Z');
    const app = createApp({ dataDir: tempDataDir('vanthu-overdue-'), overdueCheckMs: 40 }, { clock, logger: memoryLogger() });
    const seen: { entryId: string; dueDate: string }[][] = [];
    app.events.subscribe((name, p) => {
      if (name === 'workflow.overdue') seen.push((p as { entries: { entryId: string; dueDate: string }[] }).entries);
    });
    const wait = () => new Promise((r) => setTimeout(r, 300));
    /** Waits for the periodic check to have announced `n` batches (bounded: a loaded machine is slow, not wrong). */
    const until = async (n: number) => {
      for (let t = 0; t < 100 && seen.length < n; t++) await new Promise((r) => setTimeout(r, 50));
    };
    try {
      await ok(app, 'agency.saveProfile', SAMPLE_AGENCY);
      const unit = await ok<{ id: string }>(app, 'directory.addUnit', { name: 'Phòng Tổng hợp' });
      const e = (await ok<{ entry: RegisterEntry }>(app, 'register.addIncoming', incoming({ DueDate: '2026-03-10' }))).entry;
      await ok(app, 'register.addIncoming', incoming({ SoKyHieu: '99/UBND-VP', DueDate: '2026-04-30' }));
      await ok(app, 'workflow.step', { entryId: e.id, step: { kind: 'chuyen-thang', chuTri: { kind: 'unit', id: unit.id } } });
      await wait();
      expect(seen).toEqual([]);

      clock.set('2026-03-11T02:00:00Z');
      await until(1);
      expect(seen).toEqual([[expect.objectContaining({ entryId: e.id, dueDate: '2026-03-10' })]]);
      await wait();
      expect(seen).toHaveLength(1); // once

      await ok(app, 'workflow.step', { entryId: e.id, step: { kind: 'gia-han', dueDate: '2026-03-13', reason: 'Chờ ý kiến Sở' } });
      await wait();
      expect(seen).toHaveLength(1);
      clock.set('2026-03-16T02:00:00Z');
      await until(2);
      expect(seen).toHaveLength(2);
      expect(seen[1]).toEqual([expect.objectContaining({ entryId: e.id, dueDate: '2026-03-13' })]);
    } finally {
      app.close();
    }
  });
});
