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
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
