import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src-shared/**/*.test.ts',
      'src-main/**/*.test.ts',
      'src-renderer/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/fuzz/**/*.test.ts',
    ],
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
  },
});
