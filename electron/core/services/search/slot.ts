// One indexed version of a record (a slot): its folded name and parts, added to the index parts.
import { pinyinSpellings, type Spelling } from './pinyin-keys';
import { CodeIndex } from './postings';
import type { HitKind, RecordTexts, Searched } from './record-texts';
import { fold, pairCode, startCode, syllableCode, wholeCode } from './text';

/** Between the parts of a record's text; never in a query, so no match spans two parts. */
export const SEPARATOR = '\u0000';

/**
 * One indexed version of a record. A changed record gets a new slot; the old one is dropped.
 * The parts' original texts are not kept: a hit reads them from the store again.
 */
export interface Slot {
  collection: Searched;
  kind: HitKind;
  id: string;
  title: string;
  nameLabel: string;
  /** The folded name. */
  name: string;
  /** The folded parts, joined with SEPARATOR, in the order `textsOf` gives them. */
  body: string;
  /** Where each part starts in `body`. */
  starts: number[];
  spellings: Spelling[];
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
  };
}

export function makeSlot(collection: Searched, texts: RecordTexts): Slot {
  const folded = texts.fields.map((f) => fold(f.text));
  const starts: number[] = [];
  let offset = 0;
  for (const part of folded) {
    starts.push(offset);
    offset += part.length + SEPARATOR.length;
  }
  const { kind, id, title, nameLabel } = texts;
  return {
    collection,
    kind,
    id,
    title,
    nameLabel,
    name: fold(title),
    body: folded.join(SEPARATOR),
    starts,
    spellings: pinyinSpellings(title, { person: kind === 'person' }),
  };
}

/** Adds a slot to every index; returns its number. */
export function addSlot(parts: IndexParts, slot: Slot): number {
  const n = parts.slots.length;
  parts.slots.push(slot);
  const { name } = slot;
  parts.names.add(n, name);
  if (name.length > 1) parts.names.addCode(n, startCode(name));
  parts.names.addCode(n, wholeCode(name));
  for (let i = 0; i < name.length; i++) parts.nameChars.addCode(n, name.charCodeAt(i));
  parts.nameChars.addCode(n, -1 - name.charCodeAt(0));
  parts.body.add(n, slot.body);
  for (const { full, initials, starts } of slot.spellings) {
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
  return n;
}
