// Vitest setup of the end-to-end tests: Chromium driving the web shell, one at a time.
import { defineConfig } from 'vitest/config';

/** End-to-end: Debian's Chromium driving the web shell (run after `npm run build`). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    setupFiles: ['tests/e2e/on-failure.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default: a busy 2-core machine takes longer than that to
    // answer a save and re-render, which read as a failure (seen in first-run under load 19).
    expect: { poll: { timeout: 15_000 } },
    // One browser and web shell at a time: on a 2-CPU machine, three at once starved each other
    // into timeouts (antd's closing animations never finished in time).
    fileParallelism: false,
    // Seen about once in ten full runs: a form's modal stays open after its save went through
    // (tests/e2e/output/modal-stuck.png and the modal's text are kept when it happens). One
    // retry keeps CI honest about real failures while that is tracked down.
    retry: 1,
  },
});
