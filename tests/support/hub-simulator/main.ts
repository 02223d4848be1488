/**
 * `npm run hub:sim [-- --port 8899 --data DIR --rate 0.3 --seed 7]`: runs the VDXP hub simulator
 * on 127.0.0.1 and prints `HUB_SIM_URL <endpoint>` and the demo agencies' credentials.
 * Faults can be changed while it runs: POST /__admin/faults {"rate":0.3,"latencyMs":[0,50]}.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_AGENCIES, HubSimulator } from './sim-server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      data: { type: 'string' },
      rate: { type: 'string', default: '0' },
      seed: { type: 'string', default: String(Date.now() % 100000) },
      duplicate: { type: 'string', default: '0' },
      reorder: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  const dataDir = values.data ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hub-sim-'));
  const sim = new HubSimulator(dataDir);
  sim.faults.set({ rate: Number(values.rate), seed: Number(values.seed), duplicate: Number(values.duplicate), reorder: values.reorder });
  const url = await sim.listen(Number(values.port));
  process.stdout.write(`HUB_SIM_URL ${url}\n`);
  if (!values.quiet) {
    process.stdout.write(`data: ${dataDir}\nseed: ${values.seed}\n`);
    for (const a of DEFAULT_AGENCIES)
      process.stdout.write(`agency ${a.organId}  systemId=${a.systemId}  secret=${a.secret}  (${a.name})\n`);
  }
  const stop = () => {
    void sim.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
