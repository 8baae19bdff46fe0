import { defineConfig } from 'vitest/config';

// Real browsers on a 2-core machine: the Chromium file and the Firefox file run side by side (one
// browser each; most of their time is spent waiting on the browser, not on a core).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One more try for a test that failed, reported as flaky: a test that fails twice fails the run.
    retry: 1,
  },
});
