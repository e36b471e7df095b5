// Runs render tasks in a worker thread (cancellable, crashes reported) or on the calling thread.
import { Worker } from 'node:worker_threads';
import type { RenderOutcome, RenderTask } from './render-task';

/** Runs render tasks; `signal` aborts the one in flight (the promise then rejects). */
export interface DocumentRunner {
  run(task: RenderTask, signal: AbortSignal): Promise<RenderOutcome>;
  close(): Promise<void>;
}

/**
 * Where the worker's script is: the built `document-worker.js`; in tests a bootstrap that loads
 * the .ts entry (named in `workerData`) through tsx.
 */
export interface WorkerSpec {
  file: string | URL;
  workerData?: unknown;
  /** Told of each crash, error or unexpected exit of the worker (the shells log them). */
  onFailure?: (error: unknown) => void;
}

export class CancelledError extends Error {
  constructor() {
    super('已取消');
  }
}

/**
 * For the command line and tests: renders on the calling thread. The writers (pdf-lib, docx,
 * fontkit) load on first use, not when the app starts.
 */
export const inProcessRunner: DocumentRunner = {
  async run(task, signal) {
    if (signal.aborted) throw new CancelledError();
    const { renderTask } = await import('./render-task');
    const outcome = await renderTask(task);
    if (signal.aborted) throw new CancelledError();
    return outcome;
  },
  async close() {},
};

type WorkerReply = { outcome: RenderOutcome } | { crash: string };

/**
 * One worker thread, kept warm between tasks (faces loaded once). Cancelling terminates it
 * mid-task — the only way to stop a synchronous layout — and the next task starts a new one.
 */
export class WorkerRunner implements DocumentRunner {
  private worker: Worker | null = null;

  constructor(private readonly spec: WorkerSpec) {}

  private ensure(): Worker {
    this.worker ??= new Worker(this.spec.file, { workerData: this.spec.workerData });
    return this.worker;
  }

  run(task: RenderTask, signal: AbortSignal): Promise<RenderOutcome> {
    if (signal.aborted) return Promise.reject(new CancelledError());
    const worker = this.ensure();
    return new Promise<RenderOutcome>((resolve, reject) => {
      const settle = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal.removeEventListener('abort', onAbort);
      };
      const onMessage = (reply: WorkerReply) => {
        settle();
        if ('outcome' in reply) resolve(reply.outcome);
        else {
          this.spec.onFailure?.(reply.crash);
          reject(new Error(`生成文档时出错：${reply.crash}`));
        }
      };
      const onError = (error: Error) => {
        settle();
        this.worker = null;
        this.spec.onFailure?.(error);
        reject(new Error(`生成文档的后台进程出错：${error.message}`));
      };
      const onExit = (code: number) => {
        settle();
        this.worker = null;
        this.spec.onFailure?.(`worker exited with code ${code}`);
        reject(new Error(`生成文档的后台进程意外退出（代码 ${code}）`));
      };
      const onAbort = () => {
        settle();
        this.worker = null;
        void worker.terminate();
        reject(new CancelledError());
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      signal.addEventListener('abort', onAbort, { once: true });
      worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
