import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { SimDelivery, SimDocument } from './sim-db';
import type { FaultConfig } from './sim-faults';
import { announcedUrl, stopChild } from '../child-url';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface SimProcess {
  url: string;
  origin: string;
  process: ChildProcess;
  setFaults(f: Partial<FaultConfig>): Promise<FaultConfig>;
  stats(): Promise<Record<string, number>>;
  state(): Promise<{ documents: SimDocument[]; deliveries: SimDelivery[] }>;
  inject(raw: Buffer, q: { from: string; to: string; messageType: 'edoc' | 'status' }): Promise<string>;
  stop(): Promise<void>;
}

let bundled: string | undefined;

/**
 * The simulator as one CommonJS file, bundled by esbuild once per test process (~0.45 s of CPU) into
 * dist/test/hub-simulator.cjs, where its packages resolve. Started through the tsx command line
 * instead, each start cost ~1.5 s of CPU (tsx runs a second Node process with its loader) against
 * ~0.5 s; ten integration files and two e2e specs start one. Written beside and renamed into place,
 * so a process starting the simulator never reads another one's half-written file.
 */
function simScript(): string {
  if (bundled) return bundled;
  const out = path.join(ROOT, 'dist', 'test', 'hub-simulator.cjs');
  const tmp = `${out}.${process.pid}.tmp`;
  const [file] = buildSync({
    entryPoints: [path.join(__dirname, 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile: tmp,
    write: false,
    logLevel: 'warning',
  }).outputFiles;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(tmp, file!.contents);
  fs.renameSync(tmp, out);
  return (bundled = out);
}

/** Starts the simulator in its own process (so its memory and CPU are not the client's). */
export async function startSimProcess(dataDir: string, args: string[] = []): Promise<SimProcess> {
  const child = spawn(process.execPath, [simScript(), '--data', dataDir, '--quiet', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await announcedUrl(child, 'HUB_SIM_URL', 'hub simulator', 30_000);
  const origin = new URL(url).origin;
  const admin = async (p: string, init?: { method: string; body: string | Uint8Array }) => {
    const res = await fetch(`${origin}/__admin/${p}`, init as RequestInit);
    return res.json() as Promise<unknown>;
  };
  return {
    url,
    origin,
    process: child,
    setFaults: (f) => admin('faults', { method: 'POST', body: JSON.stringify(f) }) as Promise<FaultConfig>,
    stats: () => admin('stats') as Promise<Record<string, number>>,
    state: () => admin('state') as Promise<{ documents: SimDocument[]; deliveries: SimDelivery[] }>,
    inject: async (raw, q) =>
      (
        (await admin(`inject?from=${q.from}&to=${q.to}&messageType=${q.messageType}`, { method: 'POST', body: new Uint8Array(raw) })) as {
          DocId: string;
        }
      ).DocId,
    stop: () => stopChild(child),
  };
}
