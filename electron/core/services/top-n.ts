/** A bounded selection: the first `n` items under an order, in O(m log n), never a sort of all m. */

type Order<T> = (a: T, b: T) => number;

/**
 * Keeps the `n` smallest items pushed so far under `order` (ties: the item pushed first comes
 * first, as a stable sort would put it), in a max-heap of at most `n` entries. `sorted()`
 * gives them in order: the same rows as `all.sort(order).slice(0, n)`.
 */
export class TopN<T> {
  readonly #heap: Array<{ item: T; seq: number }> = [];
  #seq = 0;
  /** How many items were offered in all, kept or not. */
  seen = 0;

  constructor(
    private readonly n: number,
    private readonly order: Order<T>,
  ) {}

  /** a after b (a is the "larger"): by order, then by arrival. */
  #after(a: { item: T; seq: number }, b: { item: T; seq: number }): boolean {
    const c = this.order(a.item, b.item);
    return c > 0 || (c === 0 && a.seq > b.seq);
  }

  /** Whether an item would be kept; lets a caller skip building one that would not. */
  wants(probe: T): boolean {
    if (this.#heap.length < this.n) return true;
    const top = this.#heap[0];
    return top !== undefined && this.order(probe, top.item) < 0;
  }

  /** The last item kept, once `n` are kept (a pushed item must come before it); else undefined. */
  get worst(): T | undefined {
    return this.#heap.length < this.n ? undefined : this.#heap[0]?.item;
  }

  push(item: T): void {
    this.seen++;
    const seq = this.#seq++;
    // Most items of a long run are not kept: they are turned away before anything is made (a
    // tie with the last kept one arrived later, so it comes after it too).
    if (!this.wants(item)) return;
    const heap = this.#heap;
    if (heap.length < this.n) {
      heap.push({ item, seq });
      this.#up(heap.length - 1);
      return;
    }
    heap[0] = { item, seq };
    this.#down(0);
  }

  sorted(): T[] {
    return [...this.#heap]
      .sort((a, b) => (this.#after(a, b) ? 1 : this.#after(b, a) ? -1 : 0))
      .map((e) => e.item);
  }

  #up(i: number): void {
    const heap = this.#heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const [p, c] = [heap[parent], heap[i]];
      if (!p || !c || !this.#after(c, p)) return;
      heap[parent] = c;
      heap[i] = p;
      i = parent;
    }
  }

  #down(i: number): void {
    const heap = this.#heap;
    for (;;) {
      let largest = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        const c = heap[child];
        const l = heap[largest];
        if (c && l && this.#after(c, l)) largest = child;
      }
      if (largest === i) return;
      const [a, b] = [heap[i], heap[largest]];
      if (!a || !b) return;
      heap[i] = b;
      heap[largest] = a;
      i = largest;
    }
  }
}

/** The rows `offset … offset + limit` of `items` under `order`, and how many there are in all. */
export function pageOf<T>(
  items: Iterable<T>,
  order: Order<T>,
  offset: number,
  limit: number,
): { total: number; rows: T[] } {
  const top = new TopN(offset + limit, order);
  for (const item of items) top.push(item);
  return { total: top.seen, rows: top.sorted().slice(offset) };
}
