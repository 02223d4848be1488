import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The app's worker threads in tests: from sources, `long-work-worker.cjs` and `intake-worker.cjs` are
 * not beside create-app.ts and intake-runner.ts, so every app a test makes started its worker through
 * tsx — the worker then loads ~300 TypeScript modules one by one: ~2.5 s of CPU per start instead of
 * ~0.3 s for the bundle (20 s of wall time on a loaded 2-core machine), for every test app that prints
 * a book, verifies the audit chain, reads a PDF or makes a backup. The global setup builds dist/main
 * from the same sources before any test runs (tests/support/global-setup.ts), so the tests point the
 * two runners at those bundles, the very files the CLI and the app ship. Tests of the source fallback
 * itself (tests/integration/long-work.test.ts) call createTaskRunner with their own paths.
 */
const WORKER_BUNDLES: Record<string, string> = {
  'src-main/app/create-app.ts': 'long-work-worker.cjs',
  'src-main/features/intake/worker/intake-runner.ts': 'intake-worker.cjs',
};
function bundledWorkers(): Plugin {
  const dist = fileURLToPath(new URL('./dist/main', import.meta.url));
  return {
    name: 'vanthu-bundled-workers',
    enforce: 'pre',
    transform(code, id) {
      const file = Object.keys(WORKER_BUNDLES).find((f) => id.split('?')[0]!.endsWith(f));
      if (!file) return null;
      const bundle = WORKER_BUNDLES[file]!;
      const from = `path.join(__dirname, '${bundle}')`;
      // Loud, not silent: a renamed line would bring the slow source workers back unnoticed.
      if (!code.includes(from)) throw new Error(`vitest.config.mts: ${file} no longer contains ${from}`);
      return { code: code.replace(from, JSON.stringify(path.join(dist, bundle))), map: null };
    },
  };
}

/**
 * Files that need a process of their own: they measure the process's memory (peak RSS would include
 * what earlier files loaded) or change what a module caches for the whole process (the tool gate's PATH).
 */
const OWN_PROCESS = [
  'tests/fuzz/**/*.test.ts',
  'tests/integration/tools.test.ts',
  'tests/integration/intake-files.test.ts',
  'src-main/features/exchange/edxml/edxml-codec.test.ts',
];

export default defineConfig({
  plugins: [bundledWorkers()],
  test: {
    environment: 'node',
    // CLI-driven tests start real processes (about 1 s each on a quiet machine); generous bounds keep a
    // loaded 2-core CI machine from turning slowness into failures. Speed is measured in tests/bench.
    // Twice the bounds of the one-worker days: with two files at a time each gets half the CPU.
    testTimeout: 240_000,
    hookTimeout: 360_000,
    pool: 'forks',
    // At least two files at a time: on the 2-core machines we test on Vitest's default (cores − 1) is
    // one, and most integration files wait on child processes (the CLI, tesseract, SoftHSM tools,
    // servers) — two workers keep both cores busy. Each file has its own temp data folders and ports.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['src-shared/**/*.test.ts', 'src-main/**/*.test.ts', 'src-renderer/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: OWN_PROCESS,
          // One worker process runs many files: pdf-lib, pkijs, sharp and the app's own modules are loaded
          // once per worker instead of once per file (about 1.5 s each on this machine). Every file still
          // has its own temp data folders, ports and app instances; a file that cannot share goes in OWN_PROCESS.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'own-process', include: OWN_PROCESS, isolate: true } },
    ],
  },
});
