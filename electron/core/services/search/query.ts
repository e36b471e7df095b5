// Runs a search query: names first (whole, prefix, substring, pinyin), then other parts, best first.
import type { SearchHit } from '../../api/views';
import { nameReading, pinyinQuery, spells } from './pinyin-keys';
import { textsOf, type StoreReader } from './record-texts';
import type { IndexParts, Slot } from './slot';
import { ENDED, intersection, union, type Cursor } from './posting-list';
import { visitAll } from './postings';
import {
  fold,
  foldQuery,
  initialsCodes,
  pairCode,
  pairCodes,
  snippet,
  startCode,
  syllableCode,
  wholeCode,
} from './text';

interface NameMatch {
  slot: Slot;
  n: number;
  at: number;
}

function nameHit(slot: Slot, at: number, len: number, field = slot.nameLabel): SearchHit {
  const { kind, id, title } = slot;
  return { kind, id, title, field, snippet: snippet(title, at, len) };
}

/**
 * The first of the record's other parts holding `q` (folded as the index folds them), as a
 * hit; null when none does (the pairs matched but not the text) or the record is gone.
 */
function fieldHit(store: StoreReader, slot: Slot, q: string): SearchHit | null {
  const fields = textsOf(store, slot.collection, slot.id)?.fields ?? [];
  for (const field of fields) {
    const at = fold(field.text).indexOf(q);
    if (at < 0) continue;
    const { kind, id, title } = slot;
    return { kind, id, title, field: field.label, snippet: snippet(field.text, at, q.length) };
  }
  return null;
}

/** Visits the names holding `q` (only those starting with it, if `start`), ascending. */
function namesWith(parts: IndexParts, q: string, start: boolean, visit: (n: number) => boolean) {
  if (q.length > 1) {
    const codes = pairCodes(q);
    parts.names.intersect(start ? [startCode(q), ...codes] : codes, visit);
  } else {
    const code = q.charCodeAt(0);
    parts.nameChars.intersect([start ? -1 - code : code], visit);
  }
}

/**
 * Names holding the query, best first: the whole name, then names starting with it, then
 * names holding it further in, each in index order. Each kind is looked at only until the
 * limit is reached, so a query that many names start with costs the page, not every match.
 */
function nameMatches(parts: IndexParts, q: string, limit: number): NameMatch[] {
  const found: NameMatch[] = [];
  const take = (n: number, keep: (name: string) => number) => {
    const slot = parts.slots[n];
    const at = slot ? keep(slot.name) : -1;
    if (slot && at >= 0) found.push({ slot, n, at });
    return found.length < limit;
  };
  parts.names.intersect([wholeCode(q)], (n) => take(n, (name) => (name === q ? 0 : -1)));
  if (found.length < limit) {
    const longer = (name: string) => (name.length > q.length && name.startsWith(q) ? 0 : -1);
    namesWith(parts, q, true, (n) => take(n, longer));
  }
  if (found.length < limit) {
    const inside = (name: string) => (name.startsWith(q) ? -1 : name.indexOf(q, 1));
    namesWith(parts, q, false, (n) => take(n, inside));
  }
  return found;
}

/** The code of a syllable's start that `spelled` begins with: its first six letters, or four, or two. */
function syllableStart(spelled: string): number {
  return syllableCode(spelled, 0, 6) ?? syllableCode(spelled) ?? startCode(spelled);
}

/**
 * The names whose pinyin starts with `spelled`, ascending: those whose full pinyin starts
 * with it (its first six letters, or four, or two, as a name's start) merged with those whose initials
 * do, each narrowed by every pair of the query (not only its first), so a query few names
 * spell looks at few names.
 */
function spelledFromStart(parts: IndexParts, spelled: string): Cursor {
  const pairs = pairCodes(spelled);
  const start = syllableCode(spelled, 0, 6) ?? syllableCode(spelled) ?? pairCode(spelled, 0);
  const fullStart = parts.pinyinStarts.listsOf([start]);
  const full = fullStart && parts.fullPinyin.listsOf(pairs);
  const initialsStart = parts.pinyinStarts.listsOf([pairCode(spelled, 0)]);
  const initials = initialsStart && parts.initials.listsOf(initialsCodes(spelled));
  return union(
    fullStart && full ? intersection([...fullStart, ...full]) : ENDED,
    initialsStart && initials ? intersection([...initialsStart, ...initials]) : ENDED,
  );
}

/**
 * Names the query spells in pinyin: first those it spells from their start (as for names typed
 * in characters), then those it spells further in, in full pinyin or by initials.
 */
function spelledMatches(parts: IndexParts, spelled: string, visit: (n: number) => boolean) {
  let going = true;
  const check = (atStart: boolean) => (n: number) => {
    const slot = parts.slots[n];
    if (slot && spells(spelled, nameReading(slot.title), atStart)) going = visit(n);
    return going;
  };
  visitAll(spelledFromStart(parts, spelled), check(true));
  if (going) {
    parts.fullPinyin.intersect([syllableStart(spelled), ...pairCodes(spelled)], check(false));
  }
  if (going) parts.initials.intersect(initialsCodes(spelled), check(false));
}

/** A folded query as pinyin (Latin letters, two or more), or null when names are not searched by pinyin. */
export function spelledQuery(q: string): string | null {
  const spelled = pinyinQuery(q);
  return spelled && spelled.length >= 2 ? spelled : null;
}

/**
 * One search: names first (exact, prefix, inside), then names by pinyin, then every other
 * part of the records (logs and blockers under their folio). One hit per record.
 */
export function runQuery(
  parts: IndexParts,
  store: StoreReader,
  text: string,
  limit: number,
): SearchHit[] {
  return answerQuery(parts, store, text, limit, Infinity).hits;
}

/**
 * `runQuery` that reads the other parts of slots not indexed yet (a build under way) only
 * until `deadline` (performance.now()); `cut` tells that it stopped there, so later slots
 * may hold hits it did not look for.
 */
export function answerQuery(
  parts: IndexParts,
  store: StoreReader,
  text: string,
  limit: number,
  deadline: number,
): { hits: SearchHit[]; cut: boolean } {
  const q = foldQuery(text);
  if (!q) return { hits: [], cut: false };
  const taken = new Set<number>();
  const hits: SearchHit[] = [];
  for (const { slot, n, at } of nameMatches(parts, q, limit)) {
    taken.add(n);
    hits.push(nameHit(slot, at, q.length));
  }
  const spelled = spelledQuery(q);
  if (spelled && hits.length < limit) {
    spelledMatches(parts, spelled, (n) => {
      const slot = parts.slots[n];
      if (!slot || taken.has(n)) return true;
      taken.add(n);
      hits.push(nameHit(slot, 0, 0, `${slot.nameLabel}（拼音）`));
      return hits.length < limit;
    });
  }
  let cut = false;
  if (q.length >= 2 && hits.length < limit) {
    const other = (n: number) => {
      const slot = parts.slots[n];
      const hit = slot && !taken.has(n) ? fieldHit(store, slot, q) : null;
      if (hit) hits.push(hit);
      return hits.length < limit;
    };
    parts.body.candidates(q, other);
    // Slots whose parts are not indexed yet (a build in steps under way) are read one by one.
    for (let n = parts.bodied; n < parts.slots.length && hits.length < limit; n++) {
      if ((n - parts.bodied) % SCAN_LOOK === SCAN_LOOK - 1 && performance.now() >= deadline) {
        cut = true;
        break;
      }
      other(n);
    }
  }
  return { hits, cut };
}

/** Slots read from the store between two looks at the clock, while a build is under way. */
const SCAN_LOOK = 16;
