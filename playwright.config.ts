import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './tests/support/tools';

// Debian's Chromium (VANTHU_CHROMIUM, default /usr/bin/chromium), never a downloaded browser (see
// README); specs skip or, under VANTHU_REQUIRE_TOOLS=1, fail without it. Flags keep it quiet on a closed network.

export default defineConfig({
  testDir: 'tests/e2e',
  // One SoftHSM token for the run, made while the first specs run (exchange and signing copy it).
  globalSetup: './tests/support/playwright-setup.ts',
  outputDir: 'test-results/e2e',
  // Bounds against hangs, not speed checks: twice those of the one-worker days, since two spec files
  // now share the machine.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  // Two spec files at a time (each its own browser-mode server, data folder and port): a test spends
  // most of its time waiting for the page or the server, so two share a 2-core machine well.
  workers: 2,
  // No retries: a step that fails once is a bug to find, not to hide (npm test's summary lists any
  // test that passed only on a retry, should one be added).
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1366, height: 800 },
    locale: 'vi-VN',
    // The system's "reduce motion" preference, which the app follows (antd motion off: use-reduced-motion.ts):
    // nothing slides under the pointer while it opens, and about 8 % less CPU (register + books specs, 61 → 57 s).
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
    // A failed test keeps its trace (actions, DOM snapshots, network, console, sources), without the
    // screencast: filming every test to keep the films of the failed ones cost as much CPU as the tests
    // themselves (Chromium's GPU and browser processes encoding frames): register.spec 108 → 57 s of
    // CPU, books.spec 82 → 53 s, on a 2-core machine where CPU is what the two workers wait for.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
  },
});
