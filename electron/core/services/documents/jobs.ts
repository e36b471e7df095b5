// JobBoard: the session's document jobs, their progress for long polls, and cancelling one.
import type { DocumentJob } from '../../api/views';
import { DossierError } from '../../api/errors';

interface LiveJob {
  view: DocumentJob;
  abort: AbortController;
  /** Callers of `next` waiting for this job to move. */
  waiters: Set<() => void>;
}

/** How many finished jobs are remembered for polling (their generations are in the store). */
const KEEP_FINISHED = 50;

/** The jobs of this session: progress for polling, and the switch to cancel one. */
export class JobBoard {
  private readonly jobs = new Map<string, LiveJob>();

  start(id: string, total: number): { job: DocumentJob; signal: AbortSignal; changed: () => void } {
    const view: DocumentJob = {
      id,
      state: 'running',
      total,
      done: 0,
      current: null,
      generations: [],
      error: null,
      missingGlyphs: [],
      failures: [],
    };
    const live: LiveJob = { view, abort: new AbortController(), waiters: new Set() };
    this.jobs.set(id, live);
    this.forgetOld();
    const changed = () => {
      for (const wake of live.waiters) wake();
      live.waiters.clear();
    };
    return { job: view, signal: live.abort.signal, changed };
  }

  /**
   * The job once it has moved (a document done, finished, failed) or after `waitMs`: a long
   * poll, so the UI shows progress as it happens without asking many times a second.
   */
  async next(id: string, waitMs: number): Promise<DocumentJob> {
    const live = this.jobs.get(id);
    if (live && live.view.state === 'running' && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        function done() {
          clearTimeout(timer);
          live?.waiters.delete(done);
          resolve();
        }
        live.waiters.add(done);
      });
    }
    return this.get(id);
  }

  /** A copy, so a caller never sees the job change under it. */
  get(id: string): DocumentJob {
    const job = this.jobs.get(id);
    if (!job) throw new DossierError('not_found', '找不到该生成任务，可能已结束很久或程序已重启。');
    return { ...job.view, generations: [...job.view.generations] };
  }

  cancel(id: string): DocumentJob {
    const job = this.jobs.get(id);
    if (!job) return this.get(id);
    if (job.view.state === 'running') job.abort.abort();
    return this.get(id);
  }

  cancelAll(): void {
    for (const job of this.jobs.values()) job.abort.abort();
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((j) => j.view.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(job.view.id);
    }
  }
}
