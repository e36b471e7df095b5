/** Team sync's record of which records changed at which commit, so a push looks only at those. */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Session } from '../services/session';
import { errorCode, writeDurable } from '../store/durable-file';
import type { ChangeSet } from '../store/types';

/*
 * Every commit after commit `from` is in `changed` (docId → the commit that last changed it).
 * Kept in `<data folder>/sync/changed.json` with the commit it is complete up to; when the store
 * has moved past that (the app stopped before saving it), the record starts again at the
 * store's commit, and each group pushed before that checks all its records once.
 */

const fileSchema = z.object({
  from: z.number().int(),
  seq: z.number().int(),
  changed: z.record(z.string(), z.number().int()),
});

const pathOf = (dataDir: string) => join(dataDir, 'sync', 'changed.json');

/** At most this many ids are kept; beyond it the oldest are forgotten (`from` moves up). */
const MAX_IDS = 200_000;

export class ChangedRecords {
  #from: number;
  readonly #changed: Map<string, number>;
  readonly #unsubscribe: () => void;

  /** Resolves once the saved record is read (and taken over when it is complete). */
  readonly ready: Promise<void>;

  /** Starts tracking the session's commits now; `ready` continues the saved record. */
  constructor(private readonly session: Session) {
    const seq = currentSeq(session);
    this.#from = seq;
    this.#changed = new Map();
    this.#unsubscribe = session.onChange((change) => this.#note(change));
    this.ready = this.#load(seq);
  }

  async #load(seq: number): Promise<void> {
    let saved: z.infer<typeof fileSchema> | null = null;
    try {
      const parsed = fileSchema.safeParse(
        JSON.parse(await readFile(pathOf(this.session.dataDir), 'utf8')),
      );
      if (parsed.success) saved = parsed.data;
    } catch (e) {
      if (errorCode(e) !== 'ENOENT' && !(e instanceof SyntaxError)) throw e;
    }
    if (!saved || saved.seq !== seq || this.#from !== seq) return;
    // Complete up to the commit the store is at: what came after is marked already.
    const later = [...this.#changed];
    this.#changed.clear();
    for (const [id, at] of Object.entries(saved.changed)) this.#changed.set(id, at);
    for (const [id, at] of later) this.#mark(id, at);
    this.#from = saved.from;
  }

  #note(change: ChangeSet | null): void {
    const seq = currentSeq(this.session);
    if (change === null) {
      // A restore replaced everything: nothing before it can be told apart.
      this.#from = seq;
      this.#changed.clear();
      return;
    }
    for (const [collection, records] of Object.entries(change.put ?? {})) {
      for (const r of records ?? []) this.#mark(`${collection}:${r.id}`, seq);
    }
    for (const [collection, ids] of Object.entries(change.delete ?? {})) {
      for (const id of ids ?? []) this.#mark(`${collection}:${id}`, seq);
    }
  }

  #mark(docId: string, seq: number): void {
    this.#changed.delete(docId);
    this.#changed.set(docId, seq);
    if (this.#changed.size > MAX_IDS) {
      const [oldest, at] = this.#changed.entries().next().value as [string, number];
      this.#changed.delete(oldest);
      this.#from = Math.max(this.#from, at);
    }
  }

  /** The store's commit now: a push that ends well has seen every change up to it. */
  seq(): number {
    return currentSeq(this.session);
  }

  /**
   * The docIds of the records changed after commit `seq`; null when that is not known (never
   * pushed, or tracked only since later): then every record must be checked.
   */
  async since(seq: number | null): Promise<Set<string> | null> {
    await this.ready;
    if (seq === null || seq < this.#from) return null;
    const out = new Set<string>();
    for (const [id, at] of this.#changed) if (at > seq) out.add(id);
    return out;
  }

  /** Forgets the changes every group has pushed (at or before `seq`). */
  async forget(seq: number): Promise<void> {
    await this.ready;
    for (const [id, at] of this.#changed) if (at <= seq) this.#changed.delete(id);
    this.#from = Math.max(this.#from, Math.min(seq, currentSeq(this.session)));
  }

  async save(): Promise<void> {
    await this.ready;
    const body = { from: this.#from, seq: this.seq(), changed: Object.fromEntries(this.#changed) };
    await mkdir(join(this.session.dataDir, 'sync'), { recursive: true });
    await writeDurable(pathOf(this.session.dataDir), JSON.stringify(body));
  }

  /** Stops tracking (save first to continue at the next start). */
  stop(): void {
    this.#unsubscribe();
  }
}

function currentSeq(session: Session): number {
  try {
    return session.store().seq;
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}
