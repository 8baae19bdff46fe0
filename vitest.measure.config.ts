import { defineConfig } from 'vitest/config';

// Measurements, not tests: run on demand (npm run measure:search), never by npm test.
export default defineConfig({
  test: { include: ['tests/measure/**/*.measure.ts'], environment: 'node' },
});
