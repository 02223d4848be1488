/**
 * Scanning through the whole app (router, real data folder): SANE's `test` backend through the
 * real scanimage, and eSCL against a fake scanner on 127.0.0.1 with injected device behaviour.
 * Every error must keep the pages already scanned.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntakeBatch } from '../../src-shared/contracts/intake.contract';
import { createApp, type App } from '../../src-main/app/create-app';
import { createEsclSource } from '../../src-main/features/intake/scanner/escl-source';
import { createSaneSource } from '../../src-main/features/intake/scanner/sane-source';
import { memoryLogger, runVanthu, testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { startFakeEscl } from '../support/fake-escl';
import { saneTestConfig } from '../support/scan-fixtures';
import { needTools } from '../support/tools';
import { describePdf } from '../../src-main/features/intake/pdf/assemble';
import { processAlive } from '../support/process-alive';

type ScanOut = { batch: IntakeBatch; added: number; end: string; error: { code: string; message: string } | null };

async function call<T>(app: App, name: string, input: unknown): Promise<T> {
  const r = await app.router.call(name, input, { transport: 'direct' });
  if (!r.ok) throw Object.assign(new Error(r.error.message), { error: r.error });
  return r.value as T;
}

const SMALL = { w: 60, h: 80 };
/** intake.scan's input for SANE's test device from the feeder at 75 dpi, `pages` small pages. */
const saneScan = (pages: number, extra: Record<string, unknown> = {}) => ({
  source: 'sane:test:0',
  dpi: 75,
  feeder: 'adf',
  pages,
  areaMm: SMALL,
  ...extra,
});

/** An app on `dataDir` whose scanner sources are replaced by `override` (a slow, jamming, hung or fast-retrying one). */
const scannerApp = (dataDir: string, override: Record<string, unknown>) =>
  createApp({ dataDir }, { logger: memoryLogger(), intake: { scanners: { override } } });

const running = processAlive;

const sane = needTools('scanimage-test', 'pdfinfo');
describe.skipIf(sane.skip)(sane.title('SANE (scanimage, test backend)'), () => {
  let app: ReturnType<typeof testApp>;
  const root = tempDataDir('vanthu-sane-');
  beforeAll(() => {
    process.env.SANE_CONFIG_DIR = saneTestConfig(root);
    app = testApp();
  });
  afterAll(() => app.close());

  it('scans 3 colour A4 pages at 200 dpi into a batch and a PDF of A4 pages', { timeout: 60_000 }, async () => {
    const events: string[] = [];
    const off = app.events.subscribe((n) => events.push(n));
    const r = await call<ScanOut>(app, 'intake.scan', { source: 'sane:test:0', dpi: 200, mode: 'color', feeder: 'adf', pages: 3 });
    off();
    expect(r).toMatchObject({ added: 3, end: 'completed', error: null });
    expect(r.batch.pages.map((p) => [p.widthPx, p.heightPx, p.dpi, p.colorMode])).toEqual(Array(3).fill([1653, 2338, 200, 'color']));
    expect(events.filter((e) => e === 'intake.pageScanned')).toHaveLength(3);
    const out = path.join(root, 'x.pdf');
    const made = await call<{ file: { sha256: string; pageCount: number }; warnings: string[] }>(app, 'intake.assemble', {
      batchId: r.batch.id,
      out,
    });
    expect(made.file.pageCount).toBe(3);
    expect(made.warnings).toEqual([]);
    const d = await describePdf(fs.readFileSync(out));
    expect(d.pages).toBe(3);
    expect(Number(d.version)).toBeGreaterThanOrEqual(1.4);
    expect(d.first!.w).toBeCloseTo(595.4, 0);
    expect(d.first!.h).toBeCloseTo(842, 0);
  });

  it('CLI: vanthu scan … --pages 3 --out x.pdf --json, as the issue writes it', () => {
    const out = path.join(root, 'cli.pdf');
    const data = tempDataDir();
    const r = runVanthu(
      ['--data', data, 'scan', '--source', 'sane:test:0', '--dpi', '200', '--mode', 'color', '--pages', '3', '--out', out, '--json'],
      { SANE_CONFIG_DIR: process.env.SANE_CONFIG_DIR },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ added: 3, end: 'completed', pages: 3, out, file: { pageCount: 3 } });
    expect(spawnSync('pdfinfo', [out]).stdout.toString()).toMatch(/Pages:\s+3/);
    const bad = runVanthu(['--data', data, 'scan', '--source', 'sane:nosuch:0', '--pages', '2', '--json'], {
      SANE_CONFIG_DIR: process.env.SANE_CONFIG_DIR,
    });
    expect(bad.code).toBe(7);
    expect(bad.stderr).toMatch(/Không tìm thấy máy quét/);
    const files = runVanthu(['--data', data, 'intake', out, '--out', path.join(root, 'again.pdf'), '--json']);
    expect(files.code, files.stderr).toBe(0);
    expect(files.json()).toMatchObject({ pages: 3 });
  }, 120_000);

  it('feeder running empty is the normal end of a batch', async () => {
    const r = await call<ScanOut>(app, 'intake.scan', { source: 'sane:test:0', dpi: 75, mode: 'gray', feeder: 'adf', areaMm: SMALL });
    expect(r).toMatchObject({ added: 10, end: 'feeder-empty', error: null });
  });

  it('a device that does not exist is named, and nothing is lost', async () => {
    const r = await call<ScanOut>(app, 'intake.scan', { source: 'sane:nosuch:0', dpi: 200, feeder: 'adf', pages: 2 });
    expect(r.error?.code).toBe('NO_DEVICE');
    expect(r.added).toBe(0);
  });

  it('cancel keeps the pages already finished; the batch can be continued', async () => {
    // A slow scanner: the test backend gives 8 KiB per read and waits 0.2 s (its maximum; the unit
    // is µs) after each, about 1 s per small page, so the cancel lands long before page 8 even
    // when storing pages is slow on a loaded machine.
    const slowArgs = ['--read-limit=yes', '--read-limit-size=8192', '--read-delay=yes', '--read-delay-duration=200000'];
    const scanApp = scannerApp(app.dataDirPath, { sane: createSaneSource({ extraArgs: slowArgs }) });
    try {
      let batchId = '';
      let pages = 0;
      const off = scanApp.events.subscribe((name, p) => {
        const payload = p as { batchId: string };
        if (name === 'intake.batchChanged') batchId = payload.batchId;
        if (name === 'intake.pageScanned' && ++pages === 2) void scanApp.router.call('intake.cancel', { batchId }, { transport: 'direct' });
      });
      const r = await call<ScanOut>(scanApp, 'intake.scan', saneScan(8));
      off();
      expect(r.end).toBe('cancelled');
      expect(r.added).toBeGreaterThanOrEqual(2);
      expect(r.added).toBeLessThan(8);
      const kept = r.batch.pages.length;
      // Continue the same batch: new pages are appended after the kept ones.
      const more = await call<ScanOut>(scanApp, 'intake.scan', saneScan(1, { batchId: r.batch.id }));
      expect(more.batch.pages.length).toBe(kept + 1);
      expect(fs.readdirSync(path.join(app.dataDirPath, 'intake', 'work'))).toEqual([]);
    } finally {
      scanApp.close();
    }
  });

  it('a jammed feeder is reported as such', async () => {
    const jamApp = scannerApp(tempDataDir(), { sane: createSaneSource({ extraArgs: ['--read-return-value', 'SANE_STATUS_JAMMED'] }) });
    try {
      const r = await call<ScanOut>(jamApp, 'intake.scan', saneScan(2));
      expect(r.error?.code).toBe('JAMMED');
      expect(r.error?.message).toMatch(/Kẹt giấy/);
    } finally {
      jamApp.close();
    }
  });
});

// POSIX shell for the fake scanimage; no SANE needed.
describe.skipIf(process.platform === 'win32')('a scanner that stops answering (fake scanimage)', () => {
  /**
   * A scanimage that delivers one real page, prints `after` on stderr, then hangs: the shell
   * waits on a background sleep, which ignores SIGINT (non-interactive sh) and holds the pipes,
   * so only the group SIGKILL ends it.
   */
  async function fakeScanimage(after: string[]): Promise<{ dir: string; fake: string; pidFile: string }> {
    const dir = tempDataDir('vanthu-hung-');
    const page = path.join(dir, 'page.png');
    await sharp({ create: { width: 177, height: 236, channels: 3, background: '#f4f1ea' } })
      .png()
      .toFile(page);
    const pidFile = path.join(dir, 'sleep.pid');
    const fake = path.join(dir, 'scanimage');
    fs.writeFileSync(
      fake,
      [
        '#!/bin/sh',
        'for a in "$@"; do case "$a" in --batch=*) pat="${a#--batch=}";; esac; done',
        'f=$(printf "$pat" 1)',
        `cp '${page}' "$f"`,
        'echo "Scanning page 1" >&2',
        'echo "Progress: 100.0%" >&2',
        'echo "Scanned page 1. (scanner status = 5)" >&2',
        'echo "$f"',
        ...after.map((l) => `echo "${l}" >&2`),
        'sleep 600 &',
        `echo $! > '${pidFile}'`,
        'wait',
      ].join('\n'),
      { mode: 0o755 },
    );
    return { dir, fake, pidFile };
  }
  it('a scanner that stops answering mid-batch is reported within the idle bound, and the page received is kept', async () => {
    const { dir, fake, pidFile } = await fakeScanimage([]);
    const idleTimeoutMs = 1500;
    const hungApp = scannerApp(path.join(dir, 'data'), { sane: createSaneSource({ binary: fake, idleTimeoutMs, killAfterMs: 500 }) });
    try {
      const t0 = Date.now();
      const r = await call<ScanOut>(hungApp, 'intake.scan', saneScan(5));
      const ms = Date.now() - t0;
      expect(r.end).toBe('error');
      expect(r.error?.code).toBe('TIMEOUT');
      expect(r.error?.message).toMatch(/^Máy quét không phản hồi/);
      expect(r.error?.message).toMatch(/1 trang đã nhận được vẫn giữ trong lô/);
      expect(r.added).toBe(1);
      expect(r.batch.pages).toHaveLength(1);
      expect(r.batch.pages[0]).toMatchObject({ widthPx: 177, heightPx: 236 });
      // Idle bound + SIGINT grace + close grace, plus room for a loaded machine; not 600 s.
      expect(ms).toBeGreaterThanOrEqual(idleTimeoutMs);
      expect(ms).toBeLessThan(idleTimeoutMs + 500 + 2000 + 10_000);
      expect(running(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(false);
    } finally {
      hungApp.close();
    }
  });

  it('a scanner that reported a jam and then hangs while closing: the jam, after the short exit grace', async () => {
    // What the real test backend did once in ~15 loaded runs: the jam printed, then no exit.
    const { dir, fake, pidFile } = await fakeScanimage([
      'scanimage: sane_read: Document feeder jammed',
      'Scanned page 2. (scanner status = 6)',
      'Batch terminated, 1 page scanned',
    ]);
    const hung = createSaneSource({ binary: fake, idleTimeoutMs: 60_000, exitGraceMs: 1000, killAfterMs: 500 });
    const hungApp = scannerApp(path.join(dir, 'data'), { sane: hung });
    try {
      const t0 = Date.now();
      const r = await call<ScanOut>(hungApp, 'intake.scan', saneScan(5));
      expect(r.error?.code).toBe('JAMMED');
      expect(r.error?.message).toMatch(/^Kẹt giấy/);
      expect(r.added).toBe(1);
      // The exit grace (1 s), not the idle bound (60 s).
      expect(Date.now() - t0).toBeLessThan(20_000);
      expect(running(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(false);
    } finally {
      hungApp.close();
    }
  });
});

describe('eSCL (fake AirScan scanner over HTTP)', () => {
  const app = testApp();
  type FakeEscl = Awaited<ReturnType<typeof startFakeEscl>>;
  /** Runs `body` against a fake eSCL scanner started with `opts` (scan: intake.scan from its feeder), closed afterwards. */
  const withEscl = async (
    opts: Parameters<typeof startFakeEscl>[0],
    body: (s: { fake: FakeEscl; scan: (extra?: Record<string, unknown>) => Promise<ScanOut> }) => Promise<void>,
  ) => {
    const fake = await startFakeEscl(opts);
    try {
      const input = { source: `escl:${fake.base}`, dpi: 150, mode: 'color', feeder: 'adf', areaMm: SMALL };
      await body({ fake, scan: (extra = {}) => call<ScanOut>(app, 'intake.scan', { ...input, ...extra }) });
    } finally {
      await fake.close();
    }
  };
  afterAll(() => app.close());

  it('scans the feeder to the end, retrying "not ready" (503) and cleaning up the job', async () => {
    await withEscl({ adfPages: 3, notReadyBefore: { 1: 1, 3: 2 }, locationHost: '10.255.255.1:9' }, async ({ fake }) => {
      const a = scannerApp(tempDataDir(), { escl: createEsclSource({ retryDelayMs: 20 }) });
      try {
        const r = await call<ScanOut>(a, 'intake.scan', { source: `escl:${fake.base}`, dpi: 150, feeder: 'adf', areaMm: SMALL });
        expect(r).toMatchObject({ added: 3, end: 'feeder-empty', error: null });
        expect(r.batch.pages[0]).toMatchObject({ widthPx: 355, heightPx: 473, dpi: 150 });
      } finally {
        a.close();
      }
      expect(fake.log.filter((l) => l.endsWith('/NextDocument'))).toHaveLength(3 + 3 + 1);
      expect(fake.log.some((l) => l.startsWith('DELETE /eSCL/ScanJobs/job'))).toBe(true);
    });
  });

  it('bad settings → 409 → UNSUPPORTED_SETTINGS; empty feeder → FEEDER_EMPTY', async () => {
    await withEscl({ adfPages: 2 }, async ({ scan }) => {
      expect((await scan({ dpi: 250 })).error?.code).toBe('UNSUPPORTED_SETTINGS');
    });
    for (const emptyFeeder of ['conflict', 'accept'] as const) {
      await withEscl({ emptyFeeder }, async ({ scan }) => {
        expect((await scan()).error?.code).toBe('FEEDER_EMPTY');
      });
    }
  });

  it('a busy scanner is reported busy after retries', async () => {
    await withEscl({ busyPosts: 100 }, async ({ fake }) => {
      try {
        const events = [];
        for await (const e of createEsclSource({ retryDelayMs: 5 }).scan(
          { deviceId: fake.base, source: 'adf', colorMode: 'color', dpi: 150, areaMm: SMALL, workDir: tempDataDir() },
          new AbortController().signal,
        ))
          events.push(e);
        expect.unreachable();
      } catch (err) {
        expect((err as { code: string }).code).toBe('BUSY');
      }
    });
  });

  it('a jam mid-batch keeps the pages already scanned', async () => {
    await withEscl({ adfPages: 5, jamAtPage: 3 }, async ({ scan }) => {
      const r = await scan();
      expect(r.error?.code).toBe('JAMMED');
      expect(r.added).toBe(2);
      expect(r.batch.pages).toHaveLength(2);
      expect(r.batch.lastError?.code).toBe('JAMMED');
    });
  });

  it('a scanner that vanishes mid-page: DEVICE_GONE, earlier pages kept, no half page', async () => {
    await withEscl({ adfPages: 5, vanishAtPage: 3 }, async ({ scan }) => {
      const r = await scan();
      expect(r.error?.code).toBe('DEVICE_GONE');
      expect(r.batch.pages).toHaveLength(2);
      const got = await call<IntakeBatch>(app, 'intake.getBatch', { batchId: r.batch.id });
      expect(got.pages).toHaveLength(2);
    });
  });

  it('cancel sends DELETE to the device and keeps finished pages', async () => {
    await withEscl({ adfPages: 6, notReadyBefore: { 3: 50 } }, async ({ fake }) => {
      let batchId = '';
      const off = app.events.subscribe((name, p) => {
        if (name === 'intake.batchChanged') batchId = (p as { batchId: string }).batchId;
        if (name === 'intake.pageScanned' && (p as { index: number }).index === 1)
          setTimeout(() => void app.router.call('intake.cancel', { batchId }, { transport: 'direct' }), 50);
      });
      const r = await call<ScanOut>(app, 'intake.scan', { source: `escl:${fake.base}`, dpi: 150, feeder: 'adf', areaMm: SMALL });
      off();
      expect(r.end).toBe('cancelled');
      expect(r.batch.pages).toHaveLength(2);
      expect(fake.log.some((l) => l.startsWith('DELETE'))).toBe(true);
      expect([...fake.state.jobs.values()][0]!.state).toBe('Canceled');
    });
  });
});

describe('interrupted batch', () => {
  it('a batch left "scanning" by a process that died is offered for resume with its pages', async () => {
    const dataDir = tempDataDir();
    const first = testApp({ dataDir });
    const fake = await startFakeEscl({ adfPages: 2 });
    const r = await call<ScanOut>(first, 'intake.scan', { source: `escl:${fake.base}`, dpi: 150, feeder: 'adf', areaMm: SMALL });
    await fake.close();
    first.close();
    // Simulate a crash during a later scan: the manifest says "scanning", owned by a dead process.
    const file = path.join(dataDir, 'intake', 'batches', `${r.batch.id}.json`);
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as IntakeBatch;
    fs.writeFileSync(file, JSON.stringify({ ...m, status: 'scanning', owner: { pid: 999_999_999, since: m.createdAt } }));
    const next = testApp({ dataDir });
    try {
      const list = await call<{ interrupted: string[] }>(next, 'intake.listBatches', {});
      expect(list.interrupted).toEqual([r.batch.id]);
      const resumed = await call<IntakeBatch>(next, 'intake.resumeBatch', { batchId: r.batch.id });
      expect(resumed.status).toBe('open');
      expect(resumed.pages).toHaveLength(2);
      for (const p of resumed.pages)
        expect(fs.existsSync(path.join(dataDir, 'intake', 'pages', p.source.slice(0, 2), p.source))).toBe(true);
    } finally {
      next.close();
    }
  });
});
