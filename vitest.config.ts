import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // A hang guard, not a speed check: compiling corpora (the eval gate, the matcher packs) takes seconds
    // on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
