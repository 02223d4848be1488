import os from 'node:os';
import { defineConfig } from 'vitest/config';

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
