// CodeIndex: an inverted index from character pairs and marked starts to ascending record slots.
import { append, lengthOf, seeker, type PostingList } from './posting-list';
import { pairCode, pairCodes } from './text';

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
    if (list === undefined) this.#lists.set(code, [slot]);
    else {
      const next = append(list, slot);
      if (next !== list) this.#lists.set(code, next);
    }
  }

  /** Adds the pairs of `text` for `slot`; call with ascending slots. */
  add(slot: number, text: string): void {
    for (let i = 0; i + 1 < text.length; i++) this.addCode(slot, pairCode(text, i));
  }

  /**
   * Visits, in ascending order, the slots listed under every one of `codes`; stops as soon as
   * `visit` returns false. No codes, no slots.
   */
  intersect(codes: readonly number[], visit: (slot: number) => boolean): void {
    const lists: PostingList[] = [];
    for (const code of codes) {
      const list = this.#lists.get(code);
      if (list === undefined) return;
      lists.push(list);
    }
    lists.sort((a, b) => lengthOf(a) - lengthOf(b));
    const [driver, ...others] = lists.map(seeker);
    if (!driver) return;
    let slot = driver(0);
    while (slot >= 0) {
      let agreed = slot;
      for (const seek of others) {
        agreed = seek(slot);
        if (agreed !== slot) break;
      }
      if (agreed < 0) return;
      if (agreed === slot && !visit(slot)) return;
      slot = driver(agreed === slot ? slot + 1 : agreed);
    }
  }

  /** The slots whose text holds every pair of `query` (at least two characters). */
  candidates(query: string, visit: (slot: number) => boolean): void {
    this.intersect(pairCodes(query), visit);
  }
}
