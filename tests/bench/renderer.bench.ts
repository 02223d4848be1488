/**
 * Benchmark (not a timed test): how fast the shell becomes usable, split build vs one-chunk peer.
 *   npx tsx tests/bench/renderer.bench.ts [loads]
 * Builds the renderer twice from this checkout: the shipped, split-by-screen build (dist/renderer)
 * and the peer, the same sources in one chunk (VANTHU_SINGLE_CHUNK=1: every screen preloaded, the
 * layout before issue 10). Both are served the same way (browser mode, its own server each) and
 * loaded alternately in Chromium, each load in a fresh context (cold HTTP cache).
 * Prints, for each: the initial JS (the entry and its modulepreloads, from index.html), the JS the
 * page had fetched when the shell became usable, and the time to interactive = navigation start →
 * the sidebar's menu item is in the DOM and the main thread has run the next task (median of N);
 * for the split build also the first opening of a lazy screen (Sổ đăng ký).
 * Target (issue 10): initial JS ≤ 900 KB and time to interactive ≤ 1.5 s.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { createApp } from '../../src-main/app/create-app';
import { silentLogger } from '../../src-main/core/logger';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/tools';
import { AGENCY } from './book-corpus';
import { startBrowserMode, tempDataDir, type BrowserModeServer } from '../support/browser-mode';
import { loadAverageLine, runBench } from '../support/bench-report';

const ROOT = path.resolve(__dirname, '..', '..');
const LOADS = Number(process.argv[2] ?? 7);

function viteBuild(outDir: string, env: Record<string, string> = {}): void {
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--outDir', outDir],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } },
  );
}

/** The JS a cold load must fetch before running anything: the entry script and its modulepreloads. */
function initialJs(dir: string): { files: number; bytes: number } {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.m?js)"/g)].map((m) => m[1]!);
  return { files: files.length, bytes: files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) };
}

function totalJs(dir: string): number {
  const assets = path.join(dir, 'assets');
  return fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + fs.statSync(path.join(assets, f)).size, 0);
}

async function preparedServer(args: string[]): Promise<BrowserModeServer> {
  const dir = tempDataDir('vanthu-bench-renderer-');
  const app = createApp({ dataDir: dir }, { logger: silentLogger });
  const r = await app.router.call('agency.saveProfile', AGENCY, { transport: 'direct' });
  if (!r.ok) throw new Error(r.error.message);
  app.close();
  return startBrowserMode(dir, {}, args);
}

// Runs in the page before any of its scripts: notes when the sidebar item appears, then the end of
// the task that rendered it (a queued task runs only once the main thread is free to handle a click).
const PROBE = `(() => {
  const seen = () => document.querySelector('[data-testid="nav-books"]');
  const mark = () => setTimeout(() => { window.__vanthuTti = performance.now(); }, 0);
  new MutationObserver((_, obs) => { if (seen()) { obs.disconnect(); mark(); } }).observe(document, { childList: true, subtree: true });
})();`;

interface Load {
  tti: number;
  jsAtTti: number;
  firstBooks: number | null;
}

async function loadOnce(browser: Browser, url: string, openBooks: boolean): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __vanthuTti?: number }).__vanthuTti !== undefined, undefined, {
      timeout: 30_000,
      polling: 50,
    });
    const { tti, jsAtTti } = await page.evaluate(() => {
      const t = (window as unknown as { __vanthuTti: number }).__vanthuTti;
      const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (e) => /\.m?js(\?|$)/.test(e.name) && e.responseEnd <= t,
      );
      return { tti: t, jsAtTti: js.reduce((n, e) => n + e.decodedBodySize, 0) };
    });
    let firstBooks: number | null = null;
    if (openBooks) {
      // Let the default screen settle, then time the click → Sổ đăng ký screen shown.
      await page.getByTestId('todo-page').waitFor({ timeout: 30_000 });
      const t0 = Date.now();
      await page.getByTestId('nav-books').click();
      await page.getByTestId('books-page').waitFor({ timeout: 30_000 });
      firstBooks = Date.now() - t0;
    }
    return { tti, jsAtTti, firstBooks };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const peerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-onechunk-'));
  const splitDir = path.join(ROOT, 'dist', 'renderer');
  viteBuild(splitDir);
  viteBuild(peerDir, { VANTHU_SINGLE_CHUNK: '1' });
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-node.mjs')], { cwd: ROOT, stdio: 'inherit' });

  const split = await preparedServer([]);
  const peer = await preparedServer(['--static', peerDir]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const runs = { split: [] as Load[], peer: [] as Load[] };
  try {
    // One warm-up each (Chromium's own start-up, the servers' first requests), then alternate.
    await loadOnce(browser, split.url, false);
    await loadOnce(browser, peer.url, false);
    for (let i = 0; i < LOADS; i++) {
      runs.split.push(await loadOnce(browser, split.url, true));
      runs.peer.push(await loadOnce(browser, peer.url, true));
    }
  } finally {
    await browser.close();
    await split.stop();
    await peer.stop();
  }

  const row = (name: string, dir: string, loads: Load[]) => {
    const init = initialJs(dir);
    return [
      `${name}:`,
      `  initial JS ${kb(init.bytes)} in ${init.files} file(s) of ${kb(totalJs(dir))} JS in all (pdf.js worker not counted: fetched only by a preview)`,
      `  JS fetched by the time the shell was usable: ${kb(median(loads.map((l) => l.jsAtTti)))}`,
      `  time to interactive (navigation start → sidebar clickable), median of ${loads.length}: ${median(loads.map((l) => l.tti)).toFixed(0)} ms  [${loads.map((l) => l.tti.toFixed(0)).join(', ')}]`,
      `  first opening of Sổ đăng ký (click → screen), median: ${median(loads.map((l) => l.firstBooks ?? 0)).toFixed(0)} ms`,
    ].join('\n');
  };
  const s = median(runs.split.map((l) => l.tti));
  const p = median(runs.peer.map((l) => l.tti));
  process.stdout.write(
    [
      `Renderer start-up in Chromium (${CHROMIUM}), browser mode, cold cache each load`,
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`,
      row('vanthu, split by screen (shipped)', splitDir, runs.split),
      row('peer: same sources in one chunk (every screen preloaded)', peerDir, runs.peer),
      `ratio split / one chunk, time to interactive: ${(s / p).toFixed(2)} — targets: initial JS ≤ 900 KB, time to interactive ≤ 1500 ms`,
      loadAverageLine(),
    ].join('\n') + '\n',
  );
}

runBench(main);
