import { defineConfig } from 'vitest/config';

/** End-to-end: Debian's Chromium driving the web shell (run after `npm run build`). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: true,
  },
});
