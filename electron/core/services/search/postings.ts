// CodeIndex: an inverted index from character pairs and marked starts to ascending record slots.
import { append, ENDED, intersection, type Cursor, type PostingList } from './posting-list';
import { charsCode, pairCodes } from './text';

/**
 * An inverted index from small integer codes (character pairs, characters, marked starts) to
 * the slots whose text holds them. Slots are only ever added in ascending order (a changed record gets a new slot),
 * so the lists stay sorted without sorting; dead slots are skipped by the caller and dropped
 * when the whole index is rebuilt.
 */
export class CodeIndex {
  readonly #lists = new Map<number, PostingList>();

  /** Adds `slot` under `code`; call with ascending slots. */
  addCode(slot: number, code: number): void {
    const list = this.#lists.get(code);
    if (list === undefined) this.#lists.set(code, slot);
    else {
      const next = append(list, slot);
      if (next !== list) this.#lists.set(code, next);
    }
  }

  /** Adds the pairs of `text` for `slot`; call with ascending slots. */
  add(slot: number, text: string): void {
    // Each character read once (`charsCode` of it and the next is `pairCode` at i).
    let a = text.charCodeAt(0);
    for (let i = 1; i < text.length; i++) {
      const b = text.charCodeAt(i);
      this.addCode(slot, charsCode(a, b));
      a = b;
    }
  }

  /** The lists under every one of `codes`, or null when one of them has none. */
  listsOf(codes: readonly number[]): PostingList[] | null {
    const lists: PostingList[] = [];
    for (const code of codes) {
      const list = this.#lists.get(code);
      if (list === undefined) return null;
      lists.push(list);
    }
    return lists;
  }

  /**
   * Visits, in ascending order, the slots listed under every one of `codes`; stops as soon as
   * `visit` returns false. No codes, no slots.
   */
  intersect(codes: readonly number[], visit: (slot: number) => boolean): void {
    visitAll(this.cursor(codes), visit);
  }

  /** The slots listed under every one of `codes`, ascending. */
  cursor(codes: readonly number[]): Cursor {
    const lists = this.listsOf(codes);
    return lists ? intersection(lists) : ENDED;
  }

  /** The slots whose text holds every pair of `query` (at least two characters). */
  candidates(query: string, visit: (slot: number) => boolean): void {
    this.intersect(pairCodes(query), visit);
  }
}

/** Visits the slots of `cursor` in order until `visit` returns false. */
export function visitAll(cursor: Cursor, visit: (slot: number) => boolean): void {
  for (let slot = cursor(); slot >= 0; slot = cursor()) if (!visit(slot)) return;
}
