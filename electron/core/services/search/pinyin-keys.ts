// Pinyin readings of names (every reading of each character, cached) and whether a Latin query spells part of one.
import { pinyin } from 'pinyin-pro';
import { fold } from './text';

/**
 * A name read in pinyin: for each character that reads as something, every way to read it
 * (lowercase Latin letters and digits). A polyphone has several (长 → chang, zhang), so a
 * name is found by any of its readings, whichever one the context would pick.
 */
export type Reading = ReadonlyArray<readonly string[]>;

const NONE: readonly string[] = [];

/** Readings by UTF-16 unit (most characters), then by character (those past U+FFFF). */
const byUnit: Array<readonly string[] | undefined> = [];
const byChar = new Map<string, readonly string[]>();
/** Past this many characters beyond U+FFFF, new ones are read each time (a hostile text cannot grow it). */
const MAX_CACHED = 10_000;

/**
 * Every reading of one character: all of pinyin-pro's (with the surname one: 曾 → zeng), ü
 * written v (旅 → lv) and also u (lu). A Latin letter or digit reads as itself (folded);
 * punctuation and what pinyin-pro cannot read give none.
 */
function readCharacter(c: string): readonly string[] {
  const lower = c.length === 1 && c < '\u0080' ? c.toLowerCase() : null;
  if (lower !== null) return /^[a-z0-9]$/.test(lower) ? [lower] : NONE;
  const options = { toneType: 'none', type: 'array', v: true } as const;
  const raw = [
    ...pinyin(c, { ...options, multiple: true }),
    ...pinyin(c, { ...options, mode: 'surname' }),
  ];
  const out = new Set<string>();
  for (const r of raw) {
    const s = fold(r).replace(/[^a-z0-9]/g, '');
    if (!s) continue;
    out.add(s);
    if (s.includes('v')) out.add(s.replaceAll('v', 'u'));
  }
  return [...out];
}

/** The readings of the character at `i` of `name` (a UTF-16 unit, or a surrogate pair). */
function readingsAt(name: string, i: number, unit: number, pair: boolean): readonly string[] {
  if (!pair) return (byUnit[unit] ??= readCharacter(name.charAt(i)));
  const c = name.slice(i, i + 2);
  let known = byChar.get(c);
  if (known === undefined) {
    known = readCharacter(c);
    if (byChar.size < MAX_CACHED) byChar.set(c, known);
  }
  return known;
}

const isHan = (unit: number) =>
  (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff);

/**
 * How a name reads in pinyin, character by character (those that read as nothing left out);
 * a name without Chinese has no reading.
 */
export function nameReading(name: string): Reading {
  const reading: Array<readonly string[]> = [];
  let han = false;
  for (let i = 0; i < name.length; i++) {
    const unit = name.charCodeAt(i);
    han ||= isHan(unit);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < name.length;
    const readings = readingsAt(name, i, unit, pair);
    if (pair) i++;
    if (readings.length > 0) reading.push(readings);
  }
  return han ? reading : [];
}

/** A query that can only be pinyin: Latin letters (digits allowed), spaces and ' ignored. */
export function pinyinQuery(query: string): string | null {
  const compact = query.replace(/[\s']/g, '');
  return /^[a-z0-9]+$/.test(compact) && /[a-z]/.test(compact) ? compact : null;
}

/** Whether `query` is the initials of the characters from `from` on (some of them). */
function initialsFrom(query: string, reading: Reading, from: number): boolean {
  if (from + query.length > reading.length) return false;
  for (let k = 0; k < query.length; k++) {
    if (!startsOne(reading[from + k] ?? NONE, query.charCodeAt(k))) return false;
  }
  return true;
}

/** Whether one of `readings` starts with the letter `c`. */
function startsOne(readings: readonly string[], c: number): boolean {
  for (const r of readings) if (r.charCodeAt(0) === c) return true;
  return false;
}

/**
 * Whether `query` spells the characters from `from` on in full, the last one possibly cut
 * short: every way of reading them is followed at once (where each may have got to in the query).
 */
function fullFrom(query: string, reading: Reading, from: number): boolean {
  let at: number[] = [0];
  for (let i = from; i < reading.length && at.length > 0; i++) {
    const next: number[] = [];
    for (const offset of at) {
      for (const r of reading[i] ?? NONE) {
        if (query.length - offset <= r.length) {
          if (r.startsWith(query.slice(offset))) return true;
        } else if (query.startsWith(r, offset) && !next.includes(offset + r.length)) {
          next.push(offset + r.length);
        }
      }
    }
    at = next;
  }
  return false;
}

/**
 * Whether `query` spells part of the name: in initials (`tsmlt`, `mlt` for 天水麻辣烫), or in
 * full from the start of a character, the last one possibly cut short (`tianshui`,
 * `tianshuim`, `shuima`), each character read any of its ways. With `atStart`, only from the
 * name's first character.
 */
export function spells(query: string, reading: Reading, atStart = false): boolean {
  const last = atStart ? Math.min(1, reading.length) : reading.length;
  const first = query.charCodeAt(0);
  for (let from = 0; from < last; from++) {
    // Either way, the character read first must start with the query's first letter.
    if (!startsOne(reading[from] ?? NONE, first)) continue;
    if (initialsFrom(query, reading, from) || fullFrom(query, reading, from)) return true;
  }
  return false;
}
