/*
 * Text folding for search: one UTF-16 unit in, one out, so an offset found in folded text is
 * the same offset in the original (snippets are cut from the original).
 */

const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
/** What folding may change: capitals (Latin, Greek, Cyrillic), full-width letters and digits. */
const FOLDABLE = /[A-Z\u00c0-\u024f\u0370-\u052f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
const CONTROL = /\p{Cc}/gu;

/** Full-width letters and digits to half-width, then lowercase, keeping the length. */
export function fold(text: string): string {
  // Most Chinese text has nothing to fold: keep the string rather than copy it.
  if (!FOLDABLE.test(text)) return text;
  const half = text.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const lower = half.toLowerCase();
  if (lower.length === half.length) return lower;
  // A few letters (İ) lowercase to two units; keep those as they are.
  return half
    .split('')
    .map((c) => {
      const l = c.toLowerCase();
      return l.length === 1 ? l : c;
    })
    .join('');
}

/** What the user typed, as the index compares it: trimmed, folded, no control characters. */
export function foldQuery(text: string): string {
  return fold(text.replace(CONTROL, ' ').trim());
}

/**
 * A character pair as one small integer (below 2^30, so V8 keeps it unboxed). Now and then
 * two pairs share a code; every candidate is checked against its text, so that costs a look.
 */
export function pairCode(text: string, i: number): number {
  return charsCode(text.charCodeAt(i), text.charCodeAt(i + 1));
}

/** The code of the pair of characters `a` then `b` (UTF-16 units), as `pairCode` gives it. */
export function charsCode(a: number, b: number): number {
  return (a << 14) ^ b;
}

/**
 * Three initials in a row (`a`, `b`, `c`: letters or digits) as one code, below zero, so they
 * share an index with the pairs of initials (`charsCode`, never negative).
 */
export function initialsCode(a: number, b: number, c: number): number {
  return -1 - ((a << 14) | (b << 7) | c);
}

/** The codes a name's initials hold if `spelled` is some of them: its pairs and its threes. */
export function initialsCodes(spelled: string): number[] {
  const codes = pairCodes(spelled);
  for (let i = 0; i + 2 < spelled.length; i++) {
    const [a, b, c] = [0, 1, 2].map((k) => spelled.charCodeAt(i + k));
    codes.push(initialsCode(a ?? 0, b ?? 0, c ?? 0));
  }
  return codes;
}

/** The pair at `at` marked as a start (of a name, of a syllable): never a plain pair's code. */
export function startCode(text: string, at = 0): number {
  return -1 - pairCode(text, at);
}

/**
 * A whole text as one code (a hash, above every pair code and never negative): names equal to
 * a query are found under it without visiting those that only start with it.
 */
export function wholeCode(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (1 << 30) + (hash & 0x3fffffff);
}

/** A letter (a–z) or digit of a pinyin spelling as a digit of base 36; -1 for anything else. */
export function spelledDigit(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  return -1;
}

/** The code of four spelled letters counts down from here: below the marked start of any pair of Latin letters. */
const FOUR_LETTERS = -(1 << 21) - 1;
/** The codes of six spelled letters start here: above any pair of Latin letters. */
const SIX_LETTERS = 1 << 22;

/**
 * `length` spelled digits (the first the most significant) as a code: four letters below
 * every start code of a spelling, six above every pair code of one (a hash there: two may
 * share a code). Both stay small integers (within ±2^30), which V8 keeps unboxed.
 */
export function spelledCodeOf(value: number, length: 4 | 6): number {
  return length === 4 ? FOUR_LETTERS - value : SIX_LETTERS + (value % ((1 << 30) - SIX_LETTERS));
}

/**
 * The four (or six) letters of a pinyin spelling from `at` (a syllable's start) as one code
 * (`spelledCodeOf`); null when fewer remain. Pairs alone let 招商 (zhaoshang) stand for
 * zhang; four letters from a syllable's start do not.
 */
export function syllableCode(spelled: string, at = 0, length: 4 | 6 = 4): number | null {
  if (at + length > spelled.length) return null;
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = spelledDigit(spelled.charCodeAt(i));
    if (digit < 0) return null;
    value = value * 36 + digit;
  }
  return spelledCodeOf(value, length);
}

/** The distinct character pairs of `text`. */
export function pairCodes(text: string): number[] {
  const codes = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) codes.add(pairCode(text, i));
  return [...codes];
}

/** Cuts `text` to at most `max` characters around [pos, pos + len), marking cut ends with …. */
export function snippet(text: string, pos: number, len: number, max = 60): string {
  const flat = text.replace(/\s/g, ' ');
  if (flat.length <= max) return flat;
  const room = max - 2;
  let start = Math.max(0, pos - Math.floor(Math.max(0, room - len) / 3));
  start = Math.min(start, flat.length - room);
  const end = Math.min(flat.length, start + room);
  const head = start > 0 ? '…' : '';
  const tail = end < flat.length ? '…' : '';
  return `${head}${flat.slice(start, end)}${tail}`;
}
