/*
 * A posting list: ascending slot numbers. Short lists are plain arrays; a list that grows
 * past PACK_AT is packed as variable-length gaps (a byte per entry for the common pairs,
 * whose gaps are small), which keeps a 50,000-folio index in tens of MB rather than hundreds.
 * A list keeps the room its last growth left: copying every list to its exact size when a build
 * ended (~34 MB of new buffers at 100,000 folios, the old ones freed) saved that room but left
 * the process ~20 MB larger after the session, the freed buffers staying in the malloc heap.
 * So a long list grows by a quarter, not double (GROW_SLOWLY_AT).
 */

const PACK_AT = 16;
/**
 * Every SKIP entries a packed list notes the value and where the next entry starts. A seek
 * reads at most SKIP entries past the note (~1 byte each); at 32 the notes took 11.5 MB at
 * 100,000 folios, at 128 they take 3.
 */
const SKIP = 128;
/**
 * From this many bytes on a list grows by a quarter: doubling left 29% of the room unused on
 * average (14 of 48 MB at 100,000 folios), a quarter leaves ~10%; the copies it adds during a
 * build come to ~4× the list's bytes.
 */
const GROW_SLOWLY_AT = 4096;

/** The room a list's bytes move to when full. */
function grownLength(length: number): number {
  return length < GROW_SLOWLY_AT ? length * 2 : length + (length >> 2);
}
const NO_SKIPS = new Int32Array(0);

export class PackedList {
  bytes = new Uint8Array(64);
  size = 0;
  count = 0;
  last = -1;
  /**
   * [value, byte offset after it] for every SKIP-th entry, so a seek can jump ahead: the first
   * `skipped` numbers of a typed array (an array of numbers costs twice the bytes, plus slack).
   */
  skips = NO_SKIPS;
  skipped = 0;

  constructor(slots: readonly number[]) {
    for (const slot of slots) this.push(slot);
  }

  push(slot: number): void {
    if (this.size + 5 > this.bytes.length) {
      const grown = new Uint8Array(grownLength(this.bytes.length));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let gap = slot - this.last;
    while (gap >= 0x80) {
      this.bytes[this.size++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    this.bytes[this.size++] = gap;
    this.count++;
    this.last = slot;
    if (this.count % SKIP === 0) this.#skip(slot, this.size);
  }

  #skip(slot: number, at: number): void {
    if (this.skipped + 2 > this.skips.length) {
      const grown = new Int32Array(Math.max(8, this.skips.length * 2));
      grown.set(this.skips);
      this.skips = grown;
    }
    this.skips[this.skipped++] = slot;
    this.skips[this.skipped++] = at;
  }
}

/**
 * A list of one slot is the slot itself: most lists hold one (each name's whole code, most
 * pairs of pinyin: ~200,000 of them at 100,000 folios, ~11 MB as arrays). A short list is an
 * array of exactly its length (an array pushed to keeps room for 16 more).
 */
export type PostingList = number | number[] | PackedList;

export function lengthOf(list: PostingList): number {
  return typeof list === 'number' ? 1 : Array.isArray(list) ? list.length : list.count;
}

/** Appends `slot` unless it is already the last entry; returns the list (packed when grown). */
export function append(list: PostingList, slot: number): PostingList {
  if (typeof list === 'number') return list === slot ? list : [list, slot];
  if (!Array.isArray(list)) {
    if (list.last !== slot) list.push(slot);
    return list;
  }
  if (list[list.length - 1] === slot) return list;
  const longer = list.concat(slot);
  return longer.length > PACK_AT ? new PackedList(longer) : longer;
}

/**
 * A forward-only reader: `seek(target)` gives the first slot ≥ target, or -1 when the list
 * ends before it. Targets must not go down.
 */
export type Seek = (target: number) => number;

export function seeker(list: PostingList): Seek {
  if (typeof list === 'number') return (target) => (list >= target ? list : -1);
  if (Array.isArray(list)) {
    let i = 0;
    return (target) => {
      while (i < list.length && (list[i] ?? Infinity) < target) i++;
      return list[i] ?? -1;
    };
  }
  const { bytes, size, skips, skipped } = list;
  let at = 0;
  let value = -1;
  let skip = 0;
  return (target) => {
    if (value >= target) return value;
    // Jump to the last noted entry below the target, then read on from there.
    let lo = skip;
    let hi = skipped / 2;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((skips[mid * 2] ?? Infinity) < target) lo = mid + 1;
      else hi = mid;
    }
    const noted = skips[(lo - 1) * 2] ?? -1;
    if (lo > skip && noted > value) {
      value = noted;
      at = skips[(lo - 1) * 2 + 1] ?? at;
    }
    skip = Math.max(skip, lo);
    while (value < target) {
      if (at >= size) return -1;
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[at++] ?? 0;
        gap |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      value += gap;
    }
    return value;
  };
}

/** The next slot of an ascending stream, or -1 once it has ended. */
export type Cursor = () => number;

export const ENDED: Cursor = () => -1;

/** The slots listed in every one of `lists`, ascending. No lists, no slots. */
export function intersection(lists: readonly PostingList[]): Cursor {
  const [driver, ...others] = [...lists].sort((a, b) => lengthOf(a) - lengthOf(b)).map(seeker);
  if (!driver) return ENDED;
  let from = 0;
  return () => {
    let slot = from < 0 ? -1 : driver(from);
    while (slot >= 0) {
      let agreed = slot;
      for (const seek of others) {
        agreed = seek(slot);
        if (agreed !== slot) break;
      }
      if (agreed === slot) {
        from = slot + 1;
        return slot;
      }
      slot = agreed < 0 ? -1 : driver(agreed);
    }
    from = -1;
    return -1;
  };
}

/** The slots of either stream, ascending, each once. */
export function union(a: Cursor, b: Cursor): Cursor {
  let x = a();
  let y = b();
  return () => {
    if (x < 0 && y < 0) return -1;
    const slot = x < 0 ? y : y < 0 ? x : Math.min(x, y);
    if (x === slot) x = a();
    if (y === slot) y = b();
    return slot;
  };
}
