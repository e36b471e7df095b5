// Runs a TypeScript worker entry (workerData.entry, a file URL) through tsx, for tests.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
