/**
 * The document worker: renders briefings off the main thread, so a 500-page PDF never stalls
 * the API (and with it the window). One task at a time; faces stay loaded between tasks.
 */
import { parentPort } from 'node:worker_threads';
import { renderTask, type RenderTask } from './render-task';

const port = parentPort;
if (!port) throw new Error('worker-entry runs only as a worker thread');

port.on('message', (task: RenderTask) => {
  renderTask(task).then(
    (outcome) => {
      const transfer = outcome.ok ? outcome.files.map((f) => f.bytes.buffer as ArrayBuffer) : [];
      port.postMessage({ outcome }, transfer);
    },
    (error: unknown) => {
      port.postMessage({ crash: error instanceof Error ? error.message : String(error) });
    },
  );
});
