/**
 * Integration files whose apps talk through the hub simulator: the simulator in its own process for
 * the file's lifetime, and real apps (SQLite on disk) connected to it as Sở A and Sở B.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { AgencyProfileInput } from '../../src-shared/contracts/agency.contract';
import { SAMPLE_PDF } from '../../src-main/features/exchange/edxml/edxml.samples';
import { callDirect, testApp } from './app-harness';
import { tempDataDir } from './browser-mode';
import { AGENCY_A, AGENCY_B, connectToHub, hubAgencyProfile, hubLetter, type HubLetter } from './exchange-harness';
import { startSimProcess, type SimProcess } from './hub-simulator/sim-process';

export type TestApp = ReturnType<typeof testApp>;

/** Starts the simulator before the file's tests (its data under `dir`/hub) and stops it after them. */
export function useHubSimulator(prefix: string): { readonly sim: SimProcess; readonly dir: string } {
  const hub = {} as { sim: SimProcess; dir: string };
  beforeAll(async () => {
    hub.dir = tempDataDir(prefix);
    hub.sim = await startSimProcess(path.join(hub.dir, 'hub'));
  });
  afterAll(async () => {
    await hub.sim.stop();
  });
  return hub;
}

/** Runs `body` with Sở A (its profile `profileA`) and Sở B, two real apps on the simulator; closes both. */
export async function withHubPair(
  sim: SimProcess,
  body: (a: TestApp, b: TestApp) => Promise<void>,
  profileA: AgencyProfileInput = hubAgencyProfile(AGENCY_A),
): Promise<void> {
  const a = testApp();
  const b = testApp();
  try {
    await connectToHub(a, sim, AGENCY_A, profileA);
    await connectToHub(b, sim, AGENCY_B);
    await body(a, b);
  } finally {
    a.close();
    b.close();
  }
}

/** Sở A sends `letter` with the sample PDF (written to `pdf`); A then B sync, so B's inbox holds it. Returns A's answer. */
export async function sendAndSync(a: TestApp, b: TestApp, pdf: string, letter: HubLetter): Promise<{ DocumentId?: string }> {
  fs.writeFileSync(pdf, SAMPLE_PDF);
  const sent = await callDirect<{ DocumentId?: string }>(a, 'exchange.sendDocument', { packet: hubLetter(pdf, letter) });
  await callDirect(a, 'exchange.sync', {});
  await callDirect(b, 'exchange.sync', {});
  return sent;
}

/** A new app connected to the simulator as `agency`, with the hub's directory of agencies fetched. */
export async function hubAgencyApp(sim: SimProcess, agency: typeof AGENCY_A): Promise<TestApp> {
  const app = await connectToHub(testApp(), sim, agency);
  await callDirect(app, 'exchange.refreshAgencies', {});
  return app;
}
