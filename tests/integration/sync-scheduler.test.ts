import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncScheduler } from '../../src-main/app/sync-scheduler';
import { memoryLogger, SAMPLE_AGENCY, testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { AGENCY_A } from '../support/exchange-harness';
import { startSimProcess, type SimProcess } from '../support/hub-simulator/sim-process';

let sim: SimProcess;
beforeAll(async () => {
  sim = await startSimProcess(path.join(tempDataDir('vanthu-sched-'), 'hub'));
});
afterAll(async () => {
  await sim.stop();
});

/** A loopback port with nothing listening: the hub "network" is down. */
async function deadPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('background sync', () => {
  it('reports offline while the hub is unreachable and online when it answers again', async () => {
    const app = testApp();
    const seen: boolean[] = [];
    app.events.subscribe((name, payload) => {
      if (name === 'app.connectivityChanged') seen.push((payload as { online: boolean }).online);
    });
    const configure = (url: string) =>
      app.router.call('exchange.configureHub', { url, systemId: AGENCY_A.systemId, secret: AGENCY_A.secret }, { transport: 'direct' });
    await app.router.call('agency.saveProfile', { ...SAMPLE_AGENCY, code: AGENCY_A.organId }, { transport: 'direct' });
    expect((await configure(`http://127.0.0.1:${await deadPort()}/`)).ok).toBe(true);
    const stop = startSyncScheduler({ router: app.router, events: app.events, logger: memoryLogger(), intervalMs: 300, firstDelayMs: 10 });
    try {
      await expect.poll(() => seen, { timeout: 20_000 }).toEqual([false]);
      expect((await configure(sim.url)).ok).toBe(true);
      await expect.poll(() => seen, { timeout: 20_000 }).toEqual([false, true]);
    } finally {
      stop();
      app.close();
    }
  });
});
