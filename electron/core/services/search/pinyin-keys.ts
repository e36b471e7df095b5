// Pinyin readings of names (every reading of each character, cached) and whether a Latin query spells part of one.
import { pinyin } from 'pinyin-pro';
import { fold } from './text';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A name read in pinyin: for each character that reads as something, every way to read it
 * (lowercase Latin letters and digits). A polyphone has several (长 → chang, zhang), so a
 * name is found by any of its readings, whichever one the context would pick.
 */
export type Reading = ReadonlyArray<readonly string[]>;

/** Readings by character: a name's reading is a few map looks, not a pinyin-pro call. */
const byChar = new Map<string, readonly string[]>();
/** Past this many characters, new ones are read each time (a hostile text cannot grow it). */
const MAX_CACHED = 50_000;

/**
 * Every reading of one character: all of pinyin-pro's (with the surname one: 曾 → zeng), ü
 * written v (旅 → lv) and also u (lu). A Latin letter or digit reads as itself (folded);
 * punctuation and what pinyin-pro cannot read give none.
 */
function readCharacter(c: string): readonly string[] {
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

const ASCII_ALNUM = /^[a-z0-9]$/;
const NONE: readonly string[] = [];

function readingsOf(c: string): readonly string[] {
  const lower = c.length === 1 && c < '\u0080' ? c.toLowerCase() : null;
  if (lower !== null) return ASCII_ALNUM.test(lower) ? [lower] : NONE;
  let known = byChar.get(c);
  if (known === undefined) {
    known = readCharacter(c);
    if (byChar.size < MAX_CACHED) byChar.set(c, known);
  }
  return known;
}

/**
 * How a name reads in pinyin, character by character (those that read as nothing left out);
 * a name without Chinese has no reading.
 */
export function nameReading(name: string): Reading {
  if (!HAN.test(name)) return [];
  const reading: Array<readonly string[]> = [];
  for (const c of name) {
    const readings = readingsOf(c);
    if (readings.length > 0) reading.push(readings);
  }
  return reading;
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
  for (let from = 0; from < last; from++) {
    if (initialsFrom(query, reading, from) || fullFrom(query, reading, from)) return true;
  }
  return false;
}
