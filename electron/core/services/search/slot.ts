// One indexed version of a record (a slot): its folded name, pinyin and parts, added to the index parts.
import { nameReading, type Reading } from './pinyin-keys';
import { CodeIndex } from './postings';
import type { FieldText, HitKind, RecordName, Searched } from './record-texts';
import {
  charsCode,
  fold,
  initialsCode,
  spelledCodeOf,
  spelledDigit,
  startCode,
  wholeCode,
} from './text';

/**
 * One indexed version of a record. A changed record gets a new slot; the old one is dropped.
 * The other parts' texts are not kept, only their pairs: a candidate reads and folds them from
 * the store again (a slot is indexed again on every change, so the store holds what was indexed).
 */
export interface Slot {
  collection: Searched;
  kind: HitKind;
  id: string;
  title: string;
  nameLabel: string;
  /** The folded name. */
  name: string;
}

/** The index: slots by number, and the code indexes pointing into them. */
export interface IndexParts {
  slots: Array<Slot | null>;
  /** Pairs of names, each name's first pair marked, and each whole name (`wholeCode`). */
  names: CodeIndex;
  /** Characters of names (code), and each name's first character marked (-1 - code). */
  nameChars: CodeIndex;
  body: CodeIndex;
  /**
   * Pairs of full pinyin, plus each syllable's first pair marked and its first four and six letters,
   * for every reading of the name (a polyphone's readings each give theirs).
   */
  fullPinyin: CodeIndex;
  /** Pairs of initials (`charsCode`), and threes of initials (`initialsCode`). */
  initials: CodeIndex;
  /** The first pair of each name's full pinyin and of its initials, and its first four and six letters. */
  pinyinStarts: CodeIndex;
  /** The slots below this are spelled: their pinyin is in the pinyin indexes. */
  spelled: number;
  /**
   * The slots below this have their other parts' pairs in `body`; a query reads the parts of
   * the later ones from the store (while a build in steps is still adding them).
   */
  bodied: number;
}

export function emptyParts(): IndexParts {
  return {
    slots: [],
    names: new CodeIndex(),
    nameChars: new CodeIndex(),
    body: new CodeIndex(),
    fullPinyin: new CodeIndex(),
    initials: new CodeIndex(),
    pinyinStarts: new CodeIndex(),
    spelled: 0,
    bodied: 0,
  };
}

export function makeSlot(collection: Searched, texts: RecordName): Slot {
  const { kind, id, title, nameLabel } = texts;
  return {
    collection,
    kind,
    id,
    title,
    nameLabel,
    name: fold(title),
  };
}

/**
 * Adds the pairs of slot `n`'s other parts (`fields`) to the body index. Slots are bodied in
 * order: `n` must be `parts.bodied`.
 */
export function addBody(parts: IndexParts, n: number, fields: readonly FieldText[]): void {
  if (n !== parts.bodied) throw new Error(`search index: slot ${n} bodied out of order`);
  for (const field of fields) parts.body.add(n, fold(field.text));
  parts.bodied = n + 1;
}

/** Adds a slot's name to the name indexes; returns its number. Its pinyin and parts come later. */
export function addSlot(parts: IndexParts, slot: Slot): number {
  const n = parts.slots.length;
  parts.slots.push(slot);
  const { name } = slot;
  parts.names.add(n, name);
  if (name.length > 1) parts.names.addCode(n, startCode(name));
  parts.names.addCode(n, wholeCode(name));
  for (let i = 0; i < name.length; i++) parts.nameChars.addCode(n, name.charCodeAt(i));
  parts.nameChars.addCode(n, -1 - name.charCodeAt(0));
  return n;
}

/**
 * Reads slot `n`'s name in pinyin and adds every reading to the pinyin indexes. Slots are
 * spelled in order: `n` must be `parts.spelled`.
 */
export function addSpellings(parts: IndexParts, n: number): void {
  if (n !== parts.spelled) throw new Error(`search index: slot ${n} spelled out of order`);
  parts.spelled = n + 1;
  const slot = parts.slots[n];
  if (slot) addReading(parts, n, nameReading(slot.title));
}

/**
 * The codes of a reading, for any way of reading each character: the pairs of the letters
 * (in a syllable and across two), each syllable's first two, four and six letters marked, the pairs
 * of initials, and the name's first pair (of full pinyin, of initials) and first four and six letters.
 */
function addReading(parts: IndexParts, n: number, reading: Reading): void {
  const { fullPinyin, initials, pinyinStarts } = parts;
  for (let i = 0; i < reading.length; i++) {
    const next = reading[i + 1] ?? [];
    for (const r of reading[i] ?? []) {
      fullPinyin.add(n, r);
      const first = r.charCodeAt(0);
      for (const s of next) {
        const after = s.charCodeAt(0);
        fullPinyin.addCode(n, charsCode(r.charCodeAt(r.length - 1), after));
        initials.addCode(n, charsCode(first, after));
        if (i === 0) pinyinStarts.addCode(n, charsCode(first, after));
        if (r.length === 1) addStart(parts, n, i, charsCode(first, after));
      }
      if (r.length > 1) addStart(parts, n, i, charsCode(first, r.charCodeAt(1)));
    }
    addPrefixes(fullPinyin, n, reading, i, 0, 4, 4);
    addPrefixes(fullPinyin, n, reading, i, 0, 6, 6);
  }
  addPrefixes(pinyinStarts, n, reading, 0, 0, 4, 4);
  addPrefixes(pinyinStarts, n, reading, 0, 0, 6, 6);
  addInitialThrees(parts.initials, n, reading);
}

/**
 * Every three initials in a row, any way of reading each character, so `lyp` looks only at
 * names holding it (a code added twice for a slot is kept once: no set is built).
 */
function addInitialThrees(index: CodeIndex, n: number, reading: Reading): void {
  for (let i = 0; i + 2 < reading.length; i++) {
    for (const a of reading[i] ?? []) {
      for (const b of reading[i + 1] ?? []) {
        for (const c of reading[i + 2] ?? []) {
          index.addCode(n, initialsCode(a.charCodeAt(0), b.charCodeAt(0), c.charCodeAt(0)));
        }
      }
    }
  }
}

/** A syllable's first two letters (as a pair code), marked as a start; the name's first pair too. */
function addStart(parts: IndexParts, n: number, i: number, pair: number): void {
  parts.fullPinyin.addCode(n, -1 - pair);
  if (i === 0) parts.pinyinStarts.addCode(n, pair);
}

/**
 * Adds the code (`spelledCodeOf`) of every way the characters from `i` on begin with `need`
 * more letters after the digits already in `value`, `length` letters in all.
 */
function addPrefixes(
  index: CodeIndex,
  n: number,
  reading: Reading,
  i: number,
  value: number,
  need: number,
  length: 4 | 6,
): void {
  for (const r of reading[i] ?? []) {
    const take = Math.min(need, r.length);
    let v = value;
    for (let k = 0; k < take; k++) v = v * 36 + spelledDigit(r.charCodeAt(k));
    if (take === need) index.addCode(n, spelledCodeOf(v, length));
    else addPrefixes(index, n, reading, i + 1, v, need - take, length);
  }
}

/** Adds a slot with its pinyin and other parts (`fields`) to an index that is built through. */
export function addWhole(parts: IndexParts, slot: Slot, fields: readonly FieldText[]): number {
  const n = addSlot(parts, slot);
  addSpellings(parts, n);
  addBody(parts, n, fields);
  return n;
}
