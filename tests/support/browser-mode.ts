import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { announcedUrl, stopChild } from './child-url';

export interface BrowserModeServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..', '..');

export function tempDataDir(prefix = 'vanthu-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Starts the real browser-mode server (`dist/main/serve.cjs`, built by the test command) on a free
 * loopback port and resolves with the tokenised URL it prints. `env` is added to the server's environment;
 * `args` are extra command-line options (e.g. `--static <dir>` to serve another renderer build).
 */
export async function startBrowserMode(
  dataDir = tempDataDir(),
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<BrowserModeServer> {
  const serve = path.join(ROOT, 'dist', 'main', 'serve.cjs');
  if (!fs.existsSync(serve)) throw new Error(`${serve} missing: run "npm run build" first`);
  // `env` adds to this process's environment (e.g. SOFTHSM2_CONF for the test token).
  const child = spawn(process.execPath, [serve, '--data', dataDir, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const url = await announcedUrl(child, 'VANTHU_URL', 'browser mode', 20_000);
  return {
    url,
    dataDir,
    process: child,
    stop: () => stopChild(child),
  };
}
