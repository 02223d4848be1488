import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createApp, type App } from '../../src-main/app/create-app';
import type { Clock } from '../../src-main/core/clock';
import { createLogger, type Logger } from '../../src-main/core/logger';
import type { AgencyProfileInput } from '../../src-shared/contracts/agency.contract';
import type { AppErrorData } from '../../src-shared/rpc/errors';
import { tempDataDir } from './browser-mode';

export const ROOT = path.resolve(__dirname, '..', '..');

export const SAMPLE_AGENCY: AgencyProfileInput = {
  name: 'Ủy ban nhân dân xã Tân Phú',
  parentName: 'Ủy ban nhân dân huyện Đồng Phú',
  code: '000.00.24.H44',
  abbreviation: 'UBND',
  address: 'Ấp 2, xã Tân Phú, huyện Đồng Phú',
  placeName: 'Tân Phú',
};

/** `vanthu init` arguments for an agency profile (the first-run wizard's fields as CLI options). */
export function initArgs(a: AgencyProfileInput = SAMPLE_AGENCY): string[] {
  const args = ['init', '--name', a.name!, '--parent', a.parentName!, '--code', a.code!, '--abbr', a.abbreviation!];
  return [...args, '--address', a.address!, '--place', a.placeName!, ...(a.system ? ['--system', a.system] : [])];
}

/** A logger that keeps its lines, so tests can assert what was (not) logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger([{ write: (l) => lines.push(l) }], 'debug');
  return Object.assign(logger, { lines });
}

/** Calls an operation as main's own code does (transport 'direct'); a refusal throws with its message. */
export async function callDirect<T = Record<string, unknown>>(app: App, name: string, input: unknown): Promise<T> {
  const r = await app.router.call(name, input, { transport: 'direct' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

/** The refusal of an operation called through `transport`; an answer throws. */
export async function refusalOf(app: App, name: string, input: unknown, transport: 'direct' | 'http' = 'direct'): Promise<AppErrorData> {
  const r = await app.router.call(name, input, { transport });
  if (r.ok) throw new Error(`${name} should have been refused`);
  return r.error;
}

/** A real app on a real data folder on disk (temp), with the real migrations. */
export function testApp(opts: { dataDir?: string; clock?: Clock } = {}): App & { dataDirPath: string } {
  const dataDir = opts.dataDir ?? tempDataDir();
  const app = createApp({ dataDir }, { logger: memoryLogger(), ...(opts.clock ? { clock: opts.clock } : {}) });
  return Object.assign(app, { dataDirPath: dataDir });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json(): unknown;
}

/** Runs the built `vanthu` CLI as its own process, the way a clerk's script would. */
export function runVanthu(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'vanthu.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    // A bound against a hung process, not a speed check; generous because two test files share the
    // machine's cores (OCR with the wasm engine alone takes ~25 s on a loaded 2-core machine).
    timeout: 120_000,
  });
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    json: () => JSON.parse(r.stdout) as unknown,
  };
}
