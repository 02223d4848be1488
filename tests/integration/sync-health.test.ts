import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { halfDayHours } from '../../src-main/app/sync-health';
import { fixedClock } from '../../src-main/core/clock';
import type { SyncHealth } from '../../src-shared/contracts/sync-health.contract';
import { testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { AGENCY_A, hubAgencyProfile } from '../support/exchange-harness';
import { startSimProcess, type SimProcess } from '../support/hub-simulator/sim-process';
import { ok } from './register-helpers';

/**
 * Outage visibility: the last sync that reached the hub, stale after half a working day of working
 * time on the agency's calendar — a Friday-afternoon sync is still fresh on Monday morning.
 */
let sim: SimProcess;
beforeAll(async () => {
  sim = await startSimProcess(path.join(tempDataDir('vanthu-health-'), 'hub'));
});
afterAll(async () => {
  await sim.stop();
});

describe('exchange.syncHealth', () => {
  it('half a working day is half the office hours', () => {
    expect(
      halfDayHours([
        { start: '07:30', end: '11:30' },
        { start: '13:00', end: '17:00' },
      ]),
    ).toBe(4);
    expect(halfDayHours([{ start: '08:00', end: '12:00' }])).toBe(2);
    expect(halfDayHours([])).toBe(1);
  });

  it('is stale only after half a working day of working time without a successful sync', async () => {
    // Friday 06/03/2026 15:00 in Vietnam.
    const clock = fixedClock('2026-03-06T08:00:00Z');
    const app = testApp({ clock });
    try {
      await ok(app, 'agency.saveProfile', hubAgencyProfile(AGENCY_A));
      expect(await ok<SyncHealth>(app, 'exchange.syncHealth', {})).toMatchObject({ Configured: false, Stale: false, LastSuccessAt: null });

      await ok(app, 'exchange.configureHub', { url: sim.url, systemId: AGENCY_A.systemId, secret: AGENCY_A.secret });
      expect(await ok<SyncHealth>(app, 'exchange.syncHealth', {})).toMatchObject({ Configured: true, Stale: true, LastSuccessAt: null });

      const sync = await ok<{ errors: unknown[] }>(app, 'exchange.sync', {});
      expect(sync.errors).toEqual([]);
      const fresh = await ok<SyncHealth>(app, 'exchange.syncHealth', {});
      expect(fresh).toMatchObject({ Configured: true, Stale: false, LastSuccessAt: '2026-03-06T15:00:00+07:00' });
      const half = fresh.HalfDayHours;
      const staleAt = fresh.StaleAt!;
      // The weekend is not working time: the deadline lands on Monday 09/03, not Saturday.
      expect(staleAt.slice(0, 10)).toBe('2026-03-09');
      const deadline = await ok<{ result: string }>(app, 'calendar.deadline', { kind: 'workingHours', from: '2026-03-06T15:00', n: half });
      expect(staleAt).toBe(deadline.result);

      // Sunday evening: 52 wall hours later, still fresh.
      clock.set('2026-03-08T12:00:00Z');
      expect((await ok<SyncHealth>(app, 'exchange.syncHealth', {})).Stale).toBe(false);
      // One minute before the stale instant, and at it (Vietnam time → UTC).
      const at = Date.parse(`${staleAt.slice(0, 16)}:00+07:00`);
      clock.set(new Date(at - 60_000).toISOString());
      expect((await ok<SyncHealth>(app, 'exchange.syncHealth', {})).Stale).toBe(false);
      clock.set(new Date(at).toISOString());
      expect((await ok<SyncHealth>(app, 'exchange.syncHealth', {})).Stale).toBe(true);

      // A cycle that cannot reach the hub does not move the last success.
      await ok(app, 'exchange.configureHub', { url: 'http://127.0.0.1:9/', systemId: AGENCY_A.systemId, secret: AGENCY_A.secret });
      const failed = await app.router.call('exchange.sync', {}, { transport: 'direct' });
      expect(failed.ok ? (failed.value as { errors: { kind: string }[] }).errors.some((e) => e.kind === 'Offline') : true).toBe(true);
      expect(await ok<SyncHealth>(app, 'exchange.syncHealth', {})).toMatchObject({
        LastSuccessAt: '2026-03-06T15:00:00+07:00',
        Stale: true,
      });
    } finally {
      app.close();
    }
  });
});
