// ChunkedMap: a read-only map whose changed copy shares every part the change leaves alone.
import { fnv1a } from './layout';

/** Chunks per map: at 100,000 folios the manifest's ~2,200 shards are ~35 per chunk. */
const CHUNKS = 64;

const chunkOf = (key: string) => fnv1a(key) & (CHUNKS - 1);

const EMPTY_CHUNK: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * A map from strings, spread over CHUNKS plain maps by a hash of the key. Each commit makes the
 * manifest's lists of shards and digests anew from the last ones with a few entries changed:
 * copying a whole Map cost ~0.3 ms a commit at 100,000 folios (and as much again for the
 * collector), `with` copies only the chunks it changes. Never changed in place, so a manifest
 * that holds one stays as it was.
 */
export class ChunkedMap<V> implements ReadonlyMap<string, V> {
  readonly #chunks: ReadonlyArray<ReadonlyMap<string, V>>;
  readonly size: number;

  private constructor(chunks: ReadonlyArray<ReadonlyMap<string, V>>, size: number) {
    this.#chunks = chunks;
    this.size = size;
  }

  /** `map` itself when it is a ChunkedMap, else a ChunkedMap of its entries. */
  static of<V>(map: ReadonlyMap<string, V>): ChunkedMap<V> {
    if (map instanceof ChunkedMap) return map as ChunkedMap<V>;
    const chunks = Array.from({ length: CHUNKS }, () => new Map<string, V>());
    for (const [key, value] of map) chunks[chunkOf(key)]?.set(key, value);
    return new ChunkedMap(chunks, map.size);
  }

  /** A copy with `changes` made: a key mapped to undefined is deleted. */
  with(changes: ReadonlyMap<string, V | undefined>): ChunkedMap<V> {
    if (changes.size === 0) return this;
    const chunks = [...this.#chunks];
    const copied = new Set<number>();
    let size = this.size;
    for (const [key, value] of changes) {
      const i = chunkOf(key);
      const old = chunks[i] ?? EMPTY_CHUNK;
      if (value === undefined && !old.has(key)) continue;
      let chunk = old as Map<string, V>;
      if (!copied.has(i)) {
        chunk = new Map(old);
        chunks[i] = chunk;
        copied.add(i);
      }
      const had = chunk.has(key);
      if (value === undefined) {
        chunk.delete(key);
        size--;
      } else {
        chunk.set(key, value);
        if (!had) size++;
      }
    }
    return new ChunkedMap(chunks, size);
  }

  get(key: string): V | undefined {
    return this.#chunks[chunkOf(key)]?.get(key);
  }

  has(key: string): boolean {
    return this.#chunks[chunkOf(key)]?.has(key) ?? false;
  }

  *entries(): MapIterator<[string, V]> {
    for (const chunk of this.#chunks) yield* chunk.entries();
  }

  *keys(): MapIterator<string> {
    for (const chunk of this.#chunks) yield* chunk.keys();
  }

  *values(): MapIterator<V> {
    for (const chunk of this.#chunks) yield* chunk.values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(visit: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) visit(value, key, this);
  }
}
