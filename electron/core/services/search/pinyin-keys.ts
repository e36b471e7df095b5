// Pinyin spellings of names (full and initials) and whether a Latin query spells part of one.
import { pinyin } from 'pinyin-pro';
import { fold } from './text';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** One way to read a name in pinyin: the syllables joined, their initials, where each starts. */
export interface Spelling {
  full: string;
  initials: string;
  starts: number[];
}

function spelling(syllables: readonly string[]): Spelling {
  const starts: number[] = [];
  let at = 0;
  for (const s of syllables) {
    starts.push(at);
    at += s.length;
  }
  return { full: syllables.join(''), initials: syllables.map((s) => s.charAt(0)).join(''), starts };
}

/**
 * The ways a name is read in pinyin, lowercase (Latin letters and digits in the name stay, one
 * per character). People's names are also read in surname mode (曾 → zeng); ü is written v
 * (旅 → lv), and a reading with u (lu) is kept beside it. A name without Chinese has none.
 */
export function pinyinSpellings(name: string, { person }: { person: boolean }): Spelling[] {
  if (!HAN.test(name)) return [];
  const read = (mode: 'normal' | 'surname') =>
    pinyin(name, { toneType: 'none', type: 'array', v: true, mode })
      .map((s) => fold(s).replace(/[^a-z0-9]/g, ''))
      .filter((s) => s.length > 0);
  const readings = person ? [read('normal'), read('surname')] : [read('normal')];
  for (const syllables of [...readings]) {
    if (syllables.some((s) => s.includes('v'))) {
      readings.push(syllables.map((s) => s.replaceAll('v', 'u')));
    }
  }
  const unique = new Map(readings.map((s) => [s.join(' '), s]));
  return [...unique.values()].map(spelling);
}

/** A query that can only be pinyin: Latin letters (digits allowed), spaces and ' ignored. */
export function pinyinQuery(query: string): string | null {
  const compact = query.replace(/[\s']/g, '');
  return /^[a-z0-9]+$/.test(compact) && /[a-z]/.test(compact) ? compact : null;
}

/**
 * Whether `query` spells part of the name: in initials anywhere (`tsmlt`, `mlt` for
 * 天水麻辣烫), or in full from the start of a syllable, the last one possibly cut short
 * (`tianshui`, `tianshuim`, `shuima`). With `atStart`, only from the name's first syllable.
 */
export function spells(query: string, s: Spelling, atStart = false): boolean {
  if (atStart) return s.initials.startsWith(query) || s.full.startsWith(query);
  return s.initials.includes(query) || s.starts.some((at) => s.full.startsWith(query, at));
}

/**
 * A name's readings as the index keeps them, one short string per name: syllables split by a
 * space, readings by '|' (`zeng hua|ceng hua`). Three strings, an array and an object per
 * reading cost ~500 bytes a name; this costs the letters.
 */
export function compactSpellings(spellings: readonly Spelling[]): string {
  return spellings
    .map(({ full, starts }) => starts.map((at, i) => full.slice(at, starts[i + 1])).join(' '))
    .join('|');
}

const SPACE = 32;

/** Whether the letters of the reading from `at` (to `end`, spaces skipped) start with `query`. */
function fullFrom(query: string, compact: string, at: number, end: number): boolean {
  let j = 0;
  for (let i = at; i < end && j < query.length; i++) {
    const c = compact.charCodeAt(i);
    if (c === SPACE) continue;
    if (c !== query.charCodeAt(j)) return false;
    j++;
  }
  return j === query.length;
}

/** Whether the initials of the syllables from the one starting at `at` start with `query`. */
function initialsFrom(query: string, compact: string, at: number, end: number): boolean {
  let j = 0;
  for (let i = at; i < end && j < query.length; j++) {
    if (compact.charCodeAt(i) !== query.charCodeAt(j)) return false;
    const space = compact.indexOf(' ', i);
    i = space < 0 ? end : space + 1;
  }
  return j === query.length;
}

/** `spells` over a name's compact readings (compactSpellings): whether any of them is spelled. */
export function spellsCompact(query: string, compact: string, atStart = false): boolean {
  for (let from = 0; from < compact.length;) {
    const bar = compact.indexOf('|', from);
    const end = bar < 0 ? compact.length : bar;
    for (let at = from; at < end;) {
      if (initialsFrom(query, compact, at, end) || fullFrom(query, compact, at, end)) return true;
      if (atStart) break;
      const space = compact.indexOf(' ', at);
      at = space < 0 || space > end ? end : space + 1;
    }
    from = end + 1;
  }
  return false;
}
