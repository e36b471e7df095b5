// SearchIndex: built on the first query over every record, then kept current from the store's changes.
import type { SearchHit } from '../../api/views';
import type { ChangeSet } from '../../store/types';
import { runQuery } from './query';
import { SEARCHED, textsOf, type Searched, type StoreReader } from './record-texts';
import { addSlot, emptyParts, makeSlot, trimParts, type IndexParts } from './slot';

/** What the index reads: the open store, and word of every change made to it. */
export interface SearchSource {
  store(): StoreReader;
  onChange(listener: (change: ChangeSet | null) => void): () => void;
}

function touchedIds(change: ChangeSet, collection: Searched): string[] {
  return [
    ...(change.put?.[collection] ?? []).map((r) => r.id),
    ...(change.delete?.[collection] ?? []),
  ];
}

/**
 * The search index over every record. Built in the background after open (warm), or on the
 * first query if that comes first, then kept current from the
 * session's change notices: only the records a change touches are indexed again (a folio also
 * when its enterprise is renamed). A restore (`null`), or many dropped slots, means a rebuild
 * on the next query.
 */
export class SearchIndex {
  #parts: IndexParts | null = null;
  readonly #slotOf = new Map<string, number>();
  #dropped = 0;
  readonly #unsubscribe: () => void;
  /** A build in steps under way (warm), with the changes announced meanwhile. */
  #warming: { changes: Array<ChangeSet | null> } | null = null;

  constructor(private readonly source: SearchSource) {
    this.#unsubscribe = source.onChange((change) => this.#apply(change));
  }

  query(text: string, limit: number): SearchHit[] {
    return runQuery(this.#ready(), this.source.store(), text, limit);
  }

  /** Builds the index now rather than on the first query. */
  build(): void {
    this.#ready();
  }

  close(): void {
    this.#unsubscribe();
    this.#warming = null;
  }

  /**
   * Builds the index in steps of a few milliseconds, letting other work run between them, so
   * the first query after open finds it ready. A query before it ends builds at once (and this
   * stops); the changes announced meanwhile are applied when it ends. Never throws: whatever
   * goes wrong leaves the index to be built on the first query.
   */
  async warm(stepMs = 8): Promise<void> {
    if (this.#parts || this.#warming) return;
    const warming: { changes: Array<ChangeSet | null> } = { changes: [] };
    this.#warming = warming;
    const stopped = () => this.#warming !== warming || this.#parts !== null;
    try {
      const store = this.source.store();
      const parts = emptyParts();
      this.#slotOf.clear();
      this.#dropped = 0;
      let deadline = performance.now() + stepMs;
      let done = 0;
      for (const collection of SEARCHED) {
        for (const record of store.all(collection)) {
          this.#index(parts, store, collection, record.id);
          if (++done % 64 !== 0 || performance.now() < deadline) continue;
          await new Promise((resolve) => setImmediate(resolve));
          if (stopped()) return;
          deadline = performance.now() + stepMs;
        }
      }
      if (stopped()) return;
      trimParts(parts);
      this.#parts = parts;
      this.#warming = null;
      for (const change of warming.changes) this.#apply(change);
    } catch {
      if (this.#warming === warming) this.#warming = null;
      if (!this.#parts) this.#slotOf.clear();
    }
  }

  #ready(): IndexParts {
    if (this.#parts) return this.#parts;
    this.#warming = null;
    const store = this.source.store();
    const parts = emptyParts();
    this.#slotOf.clear();
    this.#dropped = 0;
    for (const collection of SEARCHED) {
      for (const record of store.all(collection)) this.#index(parts, store, collection, record.id);
    }
    trimParts(parts);
    this.#parts = parts;
    return parts;
  }

  #index(parts: IndexParts, store: StoreReader, collection: Searched, id: string): void {
    const key = `${collection}:${id}`;
    const old = this.#slotOf.get(key);
    if (old !== undefined) {
      parts.slots[old] = null;
      this.#slotOf.delete(key);
      this.#dropped++;
    }
    const texts = textsOf(store, collection, id);
    if (texts) this.#slotOf.set(key, addSlot(parts, makeSlot(collection, texts), texts.fields));
  }

  #apply(change: ChangeSet | null): void {
    const parts = this.#parts;
    if (!parts) {
      this.#warming?.changes.push(change);
      return;
    }
    if (change === null) {
      this.#parts = null;
      return;
    }
    const store = this.source.store();
    const enterprises = new Set(touchedIds(change, 'enterprises'));
    for (const collection of SEARCHED) {
      const ids = new Set(touchedIds(change, collection));
      // A folio shows its enterprise's name, so it is indexed again when that changes.
      if (collection === 'folios' && enterprises.size > 0) {
        for (const folio of store.all('folios')) {
          if (folio.enterpriseId && enterprises.has(folio.enterpriseId)) ids.add(folio.id);
        }
      }
      for (const id of ids) this.#index(parts, store, collection, id);
    }
    if (this.#dropped > Math.max(1024, this.#slotOf.size)) this.#parts = null;
  }
}
