// Vitest's unit setup: a Node project (core, shells) and a happy-dom one (renderer), 60 s per test.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: the Node side (core, shells) and the renderer's components in happy-dom. CI runs
 * on a busy 2-core machine: no test may depend on vitest's 5 s default, so both projects allow a
 * minute per test and per hook (a hang still fails, a slow machine does not).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/renderer/**', 'tests/e2e/**', 'tests/crash/**', 'tests/office/**'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.tsx'],
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
