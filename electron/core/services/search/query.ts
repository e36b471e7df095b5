// Runs a search query: names first (whole, prefix, substring, pinyin), then other parts, best first.
import type { SearchHit } from '../../api/views';
import { pinyinQuery, spells } from './pinyin-keys';
import { textsOf, type StoreReader } from './record-texts';
import type { IndexParts, Slot } from './slot';
import { foldQuery, pairCode, pairCodes, snippet, startCode } from './text';

interface NameMatch {
  slot: Slot;
  n: number;
  at: number;
}

function nameHit(slot: Slot, at: number, len: number, field = slot.nameLabel): SearchHit {
  const { kind, id, title } = slot;
  return { kind, id, title, field, snippet: snippet(title, at, len) };
}

/** The part of the record `at` falls in (the last part starting at or before it). */
function partAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function fieldHit(store: StoreReader, slot: Slot, at: number, len: number): SearchHit {
  const k = partAt(slot.starts, at);
  const field = textsOf(store, slot.collection, slot.id)?.fields[k];
  if (!field) return nameHit(slot, 0, 0);
  const { kind, id, title } = slot;
  const text = snippet(field.text, at - (slot.starts[k] ?? 0), len);
  return { kind, id, title, field: field.label, snippet: text };
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
 * names holding it further in. Names starting with it are few and all looked at; the others
 * only until the limit is reached.
 */
function nameMatches(parts: IndexParts, q: string, limit: number): NameMatch[] {
  const exact: NameMatch[] = [];
  const prefix: NameMatch[] = [];
  namesWith(parts, q, true, (n) => {
    const slot = parts.slots[n];
    if (!slot || !slot.name.startsWith(q)) return true;
    const bucket = slot.name.length === q.length ? exact : prefix;
    if (bucket.length < limit) bucket.push({ slot, n, at: 0 });
    return exact.length < limit;
  });
  const head = [...exact, ...prefix].slice(0, limit);
  const inside: NameMatch[] = [];
  if (head.length < limit) {
    namesWith(parts, q, false, (n) => {
      const slot = parts.slots[n];
      const at = slot ? slot.name.indexOf(q, 1) : -1;
      if (slot && at > 0 && !slot.name.startsWith(q)) inside.push({ slot, n, at });
      return head.length + inside.length < limit;
    });
  }
  return [...head, ...inside];
}

/**
 * Names the query spells in pinyin: first those it spells from their start (as for names typed
 * in characters), then those it spells further in, in full pinyin or by initials.
 */
function spelledMatches(parts: IndexParts, spelled: string, visit: (n: number) => boolean) {
  let going = true;
  const check = (atStart: boolean) => (n: number) => {
    const slot = parts.slots[n];
    if (slot && slot.spellings.some((s) => spells(spelled, s, atStart))) going = visit(n);
    return going;
  };
  parts.pinyinStarts.intersect([pairCode(spelled, 0)], check(true));
  if (going) parts.fullPinyin.intersect([startCode(spelled), ...pairCodes(spelled)], check(false));
  if (going) parts.initials.candidates(spelled, check(false));
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
  const q = foldQuery(text);
  if (!q) return [];
  const taken = new Set<number>();
  const hits: SearchHit[] = [];
  for (const { slot, n, at } of nameMatches(parts, q, limit)) {
    taken.add(n);
    hits.push(nameHit(slot, at, q.length));
  }
  const spelled = pinyinQuery(q);
  if (spelled && spelled.length >= 2 && hits.length < limit) {
    spelledMatches(parts, spelled, (n) => {
      const slot = parts.slots[n];
      if (!slot || taken.has(n)) return true;
      taken.add(n);
      hits.push(nameHit(slot, 0, 0, `${slot.nameLabel}（拼音）`));
      return hits.length < limit;
    });
  }
  if (q.length >= 2 && hits.length < limit) {
    parts.body.candidates(q, (n) => {
      const slot = parts.slots[n];
      const at = slot && !taken.has(n) ? slot.body.indexOf(q) : -1;
      if (!slot || at < 0) return true;
      hits.push(fieldHit(store, slot, at, q.length));
      return hits.length < limit;
    });
  }
  return hits;
}
