// Vitest setup of the store's crash test: a child saving in a loop, SIGKILLed hundreds of times.
import { defineConfig } from 'vitest/config';

/** The store's crash test: a child process saving in a loop, SIGKILLed hundreds of times. */
export default defineConfig({
  test: {
    include: ['tests/crash/**/*.test.ts'],
    environment: 'node',
    testTimeout: 45 * 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
