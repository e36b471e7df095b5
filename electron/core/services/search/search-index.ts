// SearchIndex: built in steps over every record (names, other parts, then pinyin), kept current from the store's changes.
import type { SearchAnswer, SearchHit } from '../../api/views';
import type { ChangeSet } from '../../store/types';
import { answerQuery, runQuery, spelledQuery } from './query';
import { nameOf, SEARCHED, textsOf, type Searched, type StoreReader } from './record-texts';
import { addBody, addSlot, addSpellings, emptyParts, makeSlot, type IndexParts } from './slot';
import { foldQuery } from './text';

/** What the index reads: the open store, and word of every change made to it. */
export interface SearchSource {
  store(): StoreReader;
  onChange(listener: (change: ChangeSet | null) => void): () => void;
  /**
   * Resolves once no save is under way or waiting (none for a source that is never written).
   * The background build waits for it between steps: a save runs whole, instead of one of its
   * waits on the disk per step (an edit has about fifteen, a backup two for each file).
   */
  idle?(): Promise<void>;
}

function touchedIds(change: ChangeSet, collection: Searched): string[] {
  return [
    ...(change.put?.[collection] ?? []).map((r) => r.id),
    ...(change.delete?.[collection] ?? []),
  ];
}

type RecordRef = readonly [Searched, string];

/** Every searched record of the store, in the order they are indexed, read as the build goes. */
function* recordsOf(store: StoreReader): Generator<RecordRef> {
  for (const collection of SEARCHED) {
    for (const record of store.scan(collection)) yield [collection, record.id];
  }
}

/** Records handled between two looks at the clock in a build step. */
const STEP_RECORDS = 64;

/**
 * The search index over every record, built in three passes: every record's slot (its name),
 * then the pairs of every slot's other parts, then every slot's pinyin (only a query in Latin
 * letters needs it, so a query in characters is answered in full sooner). The background
 * build (warm) runs them in steps of a few milliseconds. `query` finishes the first pass
 * (names are what it looks at first), and the pinyin one only when it is typed in Latin
 * letters; it reads the other parts of the slots not indexed yet from the store, in slot
 * order, until its page is full, so it answers as the whole index would. `find` (the search
 * box) does a few ms of that at most and says when its answer is not complete. Changes are
 * applied as they are announced: only the records a change touches are indexed again (a folio
 * also when its enterprise is renamed). A restore (`null`), or many dropped slots, means a
 * new build.
 */
export class SearchIndex {
  #parts: IndexParts | null = null;
  /** The records still to be given a slot, while the first pass is under way. */
  #unslotted: Iterator<RecordRef> | null = null;
  /** Each record's slot, by collection and id (the store's own id strings: no key is built). */
  readonly #slotOf: Record<Searched, Map<string, number>> = {
    folios: new Map(),
    groups: new Map(),
    enterprises: new Map(),
    people: new Map(),
  };
  #dropped = 0;
  /** The background build, while it runs. */
  #warming: Promise<void> | null = null;
  #closed = false;
  readonly #unsubscribe: () => void;

  constructor(private readonly source: SearchSource) {
    this.#unsubscribe = source.onChange((change) => this.#apply(change));
  }

  query(text: string, limit: number): SearchHit[] {
    const parts = this.#named();
    // A query in Latin letters also matches names by pinyin: every name must be spelled.
    if (spelledQuery(foldQuery(text))) this.#spell(parts, Infinity);
    // The other parts keep coming in steps; this query reads those not indexed yet itself.
    if (parts.bodied < parts.slots.length) void this.warm();
    return runQuery(parts, this.source.store(), text, limit);
  }

  /**
   * A query that does at most about `scanMs` of the build's work itself: while the index is
   * still being built it answers from the part built so far, reading the other parts of slots
   * not indexed yet only until then, and says it is not complete (ask again later). Every hit
   * it gives is one the whole index gives too; once built, it answers as `query`. While the
   * folios load after an open it answers at once with nothing, not complete (`search.find` is
   * `early`: the search box keeps asking, as it does while the index builds).
   */
  find(text: string, limit: number, scanMs = 4): SearchAnswer {
    // The folios are still loading after an open: nothing indexed yet, ask again shortly.
    if (!this.source.store().loaded) return { hits: [], complete: false };
    const parts = this.#parts ?? this.#start();
    const deadline = performance.now() + scanMs;
    const spelled = spelledQuery(foldQuery(text)) !== null;
    // Names first, as far as the time allows (they are what a query looks at first), then
    // their pinyin for a query in Latin letters.
    const named = this.#slots(parts, deadline) && (!spelled || this.#spell(parts, deadline));
    if (parts.spelled < parts.slots.length || parts.bodied < parts.slots.length) void this.warm();
    const { hits, cut } = answerQuery(parts, this.source.store(), text, limit, deadline);
    // Unnamed records may hold better hits; so may unspelled names, for a query in pinyin.
    return { hits, complete: named && !cut };
  }

  /** Builds the whole index now, at once. */
  build(): void {
    const parts = this.#named();
    this.#spell(parts, Infinity);
    this.#bodies(parts, Infinity);
  }

  /** Stops the background build and the change notices (the workspace is being closed). */
  close(): void {
    this.#closed = true;
    this.#unsubscribe();
  }

  /**
   * Builds the index in steps of `stepMs`, letting other work run between them; resolves when
   * every record is indexed (or the index was closed). Never throws: whatever goes wrong leaves
   * the index to be built again on the next query.
   */
  warm(stepMs = 8): Promise<void> {
    this.#warming ??= this.#steps(stepMs).finally(() => {
      this.#warming = null;
    });
    return this.#warming;
  }

  async #steps(stepMs: number): Promise<void> {
    try {
      for (;;) {
        // Each step waits its turn (the caller's own work, a query's answer, go first).
        await new Promise((resolve) => setImmediate(resolve));
        await this.source.idle?.();
        if (this.#closed) return;
        const parts = this.#parts ?? this.#start();
        const deadline = performance.now() + stepMs;
        const done =
          this.#slots(parts, deadline) &&
          this.#bodies(parts, deadline) &&
          this.#spell(parts, deadline);
        if (done) return;
      }
    } catch {
      this.#reset();
    }
  }

  #start(): IndexParts {
    const parts = emptyParts();
    for (const slots of Object.values(this.#slotOf)) slots.clear();
    this.#dropped = 0;
    this.#unslotted = recordsOf(this.source.store());
    this.#parts = parts;
    return parts;
  }

  #reset(): void {
    this.#parts = null;
    this.#unslotted = null;
  }

  /** The index with every record's slot (first pass done); the other parts may still be coming. */
  #named(): IndexParts {
    const parts = this.#parts ?? this.#start();
    this.#slots(parts, Infinity);
    return parts;
  }

  /** First pass: gives the records a slot until `deadline`; true once every record has one. */
  #slots(parts: IndexParts, deadline: number): boolean {
    const store = this.source.store();
    for (let done = 1; this.#unslotted; done++) {
      const next = this.#unslotted.next();
      if (next.done) {
        this.#unslotted = null;
        break;
      }
      const [collection, id] = next.value;
      // A record changed since the build began already has its slot, from the change.
      if (!this.#slotOf[collection].has(id)) this.#index(parts, store, collection, id);
      if (done % STEP_RECORDS === 0 && performance.now() >= deadline) return false;
    }
    return true;
  }

  /** Third pass: reads the slots' names in pinyin, in order, until `deadline`; true once all are. */
  #spell(parts: IndexParts, deadline: number): boolean {
    for (let done = 1; parts.spelled < parts.slots.length; done++) {
      addSpellings(parts, parts.spelled);
      if (done % STEP_RECORDS === 0 && performance.now() >= deadline) {
        return parts.spelled === parts.slots.length;
      }
    }
    return true;
  }

  /** Second pass: indexes the slots' other parts, in order, until `deadline`; true once all are. */
  #bodies(parts: IndexParts, deadline: number): boolean {
    const store = this.source.store();
    for (let done = 1; parts.bodied < parts.slots.length; done++) {
      const n = parts.bodied;
      const slot = parts.slots[n];
      addBody(parts, n, (slot && textsOf(store, slot.collection, slot.id)?.fields) ?? []);
      if (done % STEP_RECORDS === 0 && performance.now() >= deadline) {
        return parts.bodied === parts.slots.length;
      }
    }
    return true;
  }

  #index(parts: IndexParts, store: StoreReader, collection: Searched, id: string): void {
    const slotOf = this.#slotOf[collection];
    const old = slotOf.get(id);
    if (old !== undefined) {
      parts.slots[old] = null;
      slotOf.delete(id);
      this.#dropped++;
    }
    const named = nameOf(store, collection, id);
    if (!named) return;
    const n = addSlot(parts, makeSlot(collection, named));
    slotOf.set(id, n);
    // Once the passes are through, a slot's pinyin and parts go in with it.
    if (this.#unslotted) return;
    if (parts.spelled === n) addSpellings(parts, n);
    if (parts.bodied === n) addBody(parts, n, textsOf(store, collection, id)?.fields ?? []);
  }

  #apply(change: ChangeSet | null): void {
    const parts = this.#parts;
    if (!parts) return;
    if (change === null) {
      this.#reset();
      return;
    }
    const store = this.source.store();
    const enterprises = new Set(touchedIds(change, 'enterprises'));
    for (const collection of SEARCHED) {
      const ids = new Set(touchedIds(change, collection));
      // A folio shows its enterprise's name, so it is indexed again when that changes.
      if (collection === 'folios' && enterprises.size > 0) {
        for (const folio of store.scan('folios')) {
          if (folio.enterpriseId && enterprises.has(folio.enterpriseId)) ids.add(folio.id);
        }
      }
      for (const id of ids) this.#index(parts, store, collection, id);
    }
    let live = 0;
    for (const slots of Object.values(this.#slotOf)) live += slots.size;
    if (this.#dropped > Math.max(1024, live)) this.#reset();
  }
}
