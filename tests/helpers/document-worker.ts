// Test helper: the document worker spec that runs its .ts entry through tsx.
import type { WorkerSpec } from '../../electron/core/documents/render/runner';

/** The document worker as tests run it: the .ts entry, loaded through tsx. */
export const TEST_WORKER: WorkerSpec = {
  file: new URL('./ts-worker.mjs', import.meta.url),
  workerData: {
    entry: new URL('../../electron/core/documents/render/worker-entry.ts', import.meta.url).href,
  },
};
