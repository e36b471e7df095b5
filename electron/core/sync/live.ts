/** Team sync while the app is open: sync, wait for a change on the server or here, sync again. */
import type { SyncStatus } from '../api/sync-views';

export interface LiveDeps {
  /** One sync of every chosen group (shared with 立即同步). */
  run(): Promise<SyncStatus>;
  /**
   * Waits for a change on the server (a `_changes` longpoll of each chosen group): true on a
   * change, false when the wait ended without one. Cancelled by `signal`.
   */
  waitRemote(signal: AbortSignal): Promise<boolean>;
  /** Tells `listener` of every commit on this desk; returns the unsubscribe function. */
  onLocal(listener: () => void): () => void;
  /** The wait after a failed sync: doubled after each failure, up to `maxMs`. */
  backoff?: { firstMs: number; maxMs: number };
}

const BACKOFF = { firstMs: 2_000, maxMs: 5 * 60_000 };

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * The loop: after each sync it waits until the server or this desk has a change, so a
 * colleague's edit arrives within seconds; after a failure (offline, refused) it waits longer
 * each time before trying again. `stop` ends it (the app closes, or the settings change).
 */
export class LiveSync {
  readonly #controller = new AbortController();
  readonly #done: Promise<void>;
  #local = false;
  #wakeLocal: (() => void) | null = null;

  constructor(private readonly deps: LiveDeps) {
    const unsubscribe = deps.onLocal(() => {
      this.#local = true;
      this.#wakeLocal?.();
    });
    this.#done = this.#loop().finally(unsubscribe);
  }

  async #loop(): Promise<void> {
    const signal = this.#controller.signal;
    const backoff = this.deps.backoff ?? BACKOFF;
    let failures = 0;
    while (!signal.aborted) {
      this.#local = false;
      const status = await this.deps.run().catch(() => null);
      if (signal.aborted || status?.state === 'off') return;
      if (!status || status.state === 'offline' || status.state === 'error') {
        failures += 1;
        await pause(Math.min(backoff.maxMs, backoff.firstMs * 2 ** (failures - 1)), signal);
        continue;
      }
      failures = 0;
      await this.#waitForChange(signal);
    }
  }

  /** Until the server has a change, this desk commits one, or the loop stops. */
  async #waitForChange(signal: AbortSignal): Promise<void> {
    const wait = new AbortController();
    const both = AbortSignal.any([signal, wait.signal]);
    const local = new Promise<void>((resolve) => {
      this.#wakeLocal = resolve;
      if (this.#local) resolve();
    });
    const remote = (async () => {
      try {
        while (!both.aborted && !(await this.deps.waitRemote(both))) {
          /* the wait ended quietly: wait again */
        }
      } catch {
        // The server went away: the next sync says so and backs off.
      }
    })();
    await Promise.race([local, remote]);
    this.#wakeLocal = null;
    wait.abort();
    await remote;
  }

  /** Ends the loop (a sync under way finishes first). */
  async stop(): Promise<void> {
    this.#controller.abort();
    await this.#done;
  }
}
