// Chinese line breaking: UAX #14 opportunities checked against kinsoku and word rules.
import LineBreaker from 'linebreak';
import { NO_LINE_END, NO_LINE_START } from '../../words/kinsoku';
import type { Lexicon } from '../../words/lexicon';
import { figureBoundaries, wordBoundaries } from '../../words/segment';
import type { GlyphItem } from './glyph-items';

/**
 * Chinese line breaking: UAX #14 break opportunities (the `linebreak` package), checked again
 * against the kinsoku rules, and a forced break anywhere (still obeying kinsoku) when an
 * unbreakable stretch — a long Latin word, a URL — does not fit on a line of its own.
 */

export { NO_LINE_END, NO_LINE_START };

/**
 * Stops and commas that hang past the line's end when they alone do not fit (标点溢出边界),
 * as Word and LibreOffice set a paragraph by default: the line keeps them rather than moving
 * its last character down with them. Closing brackets and quotes never hang (LibreOffice 7.4
 * measured: these hang, `）」”》` move down).
 */
export const HANGING = new Set([...'，。、；：？！．,.']);

export interface LineSpan {
  start: number;
  /** End of the drawn characters (trailing spaces and the hard break dropped). */
  end: number;
  /** Where the next line starts. */
  next: number;
  /** The line ends a paragraph or at a hard break: it is not justified. */
  last: boolean;
  /** Its last drawn character is a stop hanging past the line's end (see HANGING). */
  hangs?: true;
}

const NONE = 0;
const ALLOWED = 1;
const REQUIRED = 2;

/**
 * What a line may not break inside: words (a lexicon: titles, table cells), only figures with
 * their units (`'figures'`: body text), or nothing but what UAX #14 forbids (`null`).
 */
export type WordRule = Lexicon | 'figures' | null;

function opportunities(items: readonly GlyphItem[], words: WordRule): Uint8Array {
  const text = items.map((i) => i.ch).join('');
  // One item per code point (glyphItems splits by code point), so word bounds index items.
  const bounds =
    words === 'figures' ? figureBoundaries(text) : words ? wordBoundaries(text, words) : null;
  const itemAt = new Int32Array(text.length + 1);
  let u = 0;
  items.forEach((item, i) => {
    for (let k = 0; k < item.ch.length; k += 1) itemAt[u + k] = i;
    u += item.ch.length;
  });
  itemAt[text.length] = items.length;
  const breaks = new Uint8Array(items.length + 1);
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    breaks[itemAt[bk.position] ?? items.length] = bk.required ? REQUIRED : ALLOWED;
  }
  for (let i = 1; i < items.length; i += 1) {
    if (breaks[i] === ALLOWED && !kinsokuAllows(items, i)) breaks[i] = NONE;
    if (breaks[i] === ALLOWED && bounds && !bounds[i]) breaks[i] = NONE;
  }
  return breaks;
}

/** Whether a line may end before item `i`. */
function kinsokuAllows(items: readonly GlyphItem[], i: number): boolean {
  return !NO_LINE_START.has(items[i]?.ch ?? '') && !NO_LINE_END.has(items[i - 1]?.ch ?? '');
}

/** A forced break before `at`, moved back while kinsoku forbids it (a line keeps one item). */
function forcedBreak(items: readonly GlyphItem[], start: number, at: number): number {
  let end = at;
  while (end - 1 > start && !kinsokuAllows(items, end)) end -= 1;
  return end;
}

/**
 * Where the line goes on after item `i` when `i` is a stop that may hang there: after it and
 * the spaces that follow, if a line may break there; otherwise -1.
 */
function hangingEnd(items: readonly GlyphItem[], breaks: Uint8Array, i: number): number {
  if (!HANGING.has(items[i]?.ch ?? '')) return -1;
  let j = i + 1;
  while (j < items.length && items[j]?.space) j += 1;
  return j >= items.length || breaks[j] !== NONE ? j : -1;
}

/** The first break opportunity after item `i` (or the end). */
function nextOpportunity(breaks: Uint8Array, i: number): number {
  let j = i + 1;
  while (j < breaks.length - 1 && breaks[j] === NONE) j += 1;
  return j;
}

function drawnEnd(items: readonly GlyphItem[], start: number, next: number): number {
  let end = next;
  while (end > start && (items[end - 1]?.space || items[end - 1]?.hard)) end -= 1;
  return end;
}

/**
 * Breaks items into lines no wider than `widthOf(lineIndex)`, with `spacing` after every
 * character but the last (the body grid's `Tc`). With `words`, a line breaks only between words
 * (names, figures with their units, the lexicon's terms), and inside a word only when the word
 * alone is wider than a line.
 */
export function breakLines(
  items: readonly GlyphItem[],
  widthOf: (line: number) => number,
  spacing: number,
  words: WordRule = null,
): LineSpan[] {
  const breaks = opportunities(items, words);
  const lines: LineSpan[] = [];
  let start = 0;
  while (start < items.length) {
    const limit = widthOf(lines.length) + 0.01;
    let width = 0;
    let lastAllowed = -1;
    let next = items.length;
    let hard = false;
    let hangs = false;
    for (let i = start; i < items.length; i += 1) {
      if (i > start && breaks[i] === REQUIRED) {
        next = i;
        hard = true;
        break;
      }
      if (i > start && breaks[i] === ALLOWED) lastAllowed = i;
      const item = items[i];
      if (!item || item.hard) continue;
      const add = item.width + (i > start ? spacing : 0);
      if (i > start && !item.space && width + add > limit) {
        // Only after characters that fit: not after a space that already runs past the end.
        const hung = width <= limit ? hangingEnd(items, breaks, i) : -1;
        if (hung > i) {
          next = hung;
          hangs = true;
          break;
        }
        // A stretch that will not fit on a line of its own (a URL) fills this line instead of
        // leaving it half empty and stretched.
        const moveable =
          lastAllowed > start &&
          spanWidth(items, lastAllowed, nextOpportunity(breaks, i), spacing) <=
            widthOf(lines.length + 1);
        next = moveable ? lastAllowed : forcedBreak(items, start, i);
        break;
      }
      width += add;
    }
    const last = hard || next >= items.length;
    const line: LineSpan = { start, end: drawnEnd(items, start, next), next, last };
    if (hangs) line.hangs = true;
    lines.push(line);
    start = next;
  }
  return lines;
}

/** Width of items [start, end) with `spacing` between them. */
export function spanWidth(
  items: readonly GlyphItem[],
  start: number,
  end: number,
  spacing: number,
): number {
  let width = 0;
  for (let i = start; i < end; i += 1) width += items[i]?.width ?? 0;
  return width + Math.max(0, end - start - 1) * spacing;
}
