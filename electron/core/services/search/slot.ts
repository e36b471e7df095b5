// One indexed version of a record (a slot): its folded name, pinyin and parts, added to the index parts.
import { compactSpellings, pinyinSpellings } from './pinyin-keys';
import { CodeIndex } from './postings';
import type { FieldText, HitKind, RecordName, Searched } from './record-texts';
import { fold, pairCode, startCode, syllableCode, wholeCode } from './text';

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
  /** Its pinyin readings (compactSpellings), once the slot is spelled (addSpellings); '' before. */
  spelled: string;
}

/** The index: slots by number, and the code indexes pointing into them. */
export interface IndexParts {
  slots: Array<Slot | null>;
  /** Pairs of names, each name's first pair marked, and each whole name (`wholeCode`). */
  names: CodeIndex;
  /** Characters of names (code), and each name's first character marked (-1 - code). */
  nameChars: CodeIndex;
  body: CodeIndex;
  /** Pairs of full pinyin, plus each syllable's first pair marked and its first four letters. */
  fullPinyin: CodeIndex;
  initials: CodeIndex;
  /** The first pair of each name's full pinyin and of its initials. */
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

/** Gives back the room the code indexes grew while being built. */
export function trimParts(parts: IndexParts): void {
  for (const index of [
    parts.names,
    parts.nameChars,
    parts.body,
    parts.fullPinyin,
    parts.initials,
    parts.pinyinStarts,
  ]) {
    index.trim();
  }
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
    spelled: '',
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
 * Reads slot `n`'s name in pinyin and adds the readings to the pinyin indexes. Slots are
 * spelled in order: `n` must be `parts.spelled`.
 */
export function addSpellings(parts: IndexParts, n: number): void {
  if (n !== parts.spelled) throw new Error(`search index: slot ${n} spelled out of order`);
  parts.spelled = n + 1;
  const slot = parts.slots[n];
  if (!slot) return;
  const spellings = pinyinSpellings(slot.title, { person: slot.kind === 'person' });
  slot.spelled = compactSpellings(spellings);
  for (const { full, initials, starts } of spellings) {
    parts.fullPinyin.add(n, full);
    for (const at of starts) {
      if (at + 1 < full.length) parts.fullPinyin.addCode(n, startCode(full, at));
      const four = syllableCode(full, at);
      if (four !== null) parts.fullPinyin.addCode(n, four);
    }
    parts.initials.add(n, initials);
    for (const key of [full, initials]) {
      if (key.length > 1) parts.pinyinStarts.addCode(n, pairCode(key, 0));
    }
  }
}

/** Adds a slot with its pinyin and other parts (`fields`) to an index that is built through. */
export function addWhole(parts: IndexParts, slot: Slot, fields: readonly FieldText[]): number {
  const n = addSlot(parts, slot);
  addSpellings(parts, n);
  addBody(parts, n, fields);
  return n;
}
