// Lays glyphs into justified or aligned lines and paragraphs as slices on the grid.
import type { GlyphItem } from './glyph-items';
import { breakLines, spanWidth, type WordRule } from './line-break';
import { EM_ASCENT } from '../page-geometry';
import type { DrawOp, Slice, TextSegment } from '../2-slices/slice';

export type TextAlign = 'justify' | 'left' | 'center' | 'right';

export interface TextBox {
  width: number;
  /** Extra indent of the first line (two body characters for paragraphs). */
  indent: number;
  /** Base character spacing (`Tc`). */
  spacing: number;
  align: TextAlign;
  /** Break only between words (titles, table cells) or never inside figures (body). */
  words?: WordRule;
}

export interface LaidLine {
  x: number;
  spacing: number;
  size: number;
  segments: TextSegment[];
}

/** Latin letters, digits and their marks: a justified line adds no space between two of them. */
const TIGHT = /^[-0-9A-Za-z.,:%'/_+]$/u;

/** Whether the gap after item `i` stays unstretched (inside `120.5` or `GDP`). */
function tightAfter(items: readonly GlyphItem[], i: number): boolean {
  return TIGHT.test(items[i]?.ch ?? '') && TIGHT.test(items[i + 1]?.ch ?? '');
}

/**
 * The line's characters as segments of one face; with `tight` set (a justified line), the
 * characters before an unstretched gap carry the base spacing instead of the line's.
 */
function segmentsOf(
  items: readonly GlyphItem[],
  start: number,
  end: number,
  tight: number | null = null,
): TextSegment[] {
  const segments: TextSegment[] = [];
  let current: TextSegment | undefined;
  for (let i = start; i < end; i += 1) {
    const item = items[i];
    if (!item?.face || item.hard) continue;
    const spacing = tight !== null && i < end - 1 && tightAfter(items, i) ? tight : undefined;
    if (
      current &&
      current.face === item.face &&
      current.syntheticBold === item.syntheticBold &&
      current.spacing === spacing
    ) {
      current.text += item.ch;
    } else {
      current = { face: item.face, syntheticBold: item.syntheticBold, text: item.ch };
      if (spacing !== undefined) current.spacing = spacing;
      segments.push(current);
    }
  }
  return segments;
}

/**
 * Past this much extra space per gap (in ems) a justified line is left ragged instead: a line
 * ended early by a long URL would otherwise be spaced out letter by letter.
 */
const MAX_STRETCH = 0.3;

/** Breaks items into lines and places each: justified lines spread their slack over the gaps. */
export function layLines(items: readonly GlyphItem[], box: TextBox): LaidLine[] {
  const size = items[0]?.size ?? 0;
  const spans = breakLines(
    items,
    (n) => box.width - (n === 0 ? box.indent : 0),
    box.spacing,
    box.words ?? null,
  );
  return spans.map((span, n) => {
    const indent = n === 0 ? box.indent : 0;
    const room = box.width - indent;
    // A stop hanging past the end stays out of the measure: the rest is justified to the edge.
    const body = span.hangs ? span.end - 1 : span.end;
    const natural = spanWidth(items, span.start, body, box.spacing);
    let gaps = 0;
    for (let i = span.start; i < body - 1; i += 1) if (!tightAfter(items, i)) gaps += 1;
    const slack = room - natural;
    let x = indent;
    let spacing = box.spacing;
    const justify = box.align === 'justify' && !span.last && gaps > 0 && slack > 0;
    if (justify && slack / gaps <= MAX_STRETCH * size) {
      // The slack goes to the gaps between Chinese characters, never inside `120.5`.
      spacing += slack / gaps;
      return { x, spacing, size, segments: segmentsOf(items, span.start, span.end, box.spacing) };
    }
    if (box.align === 'center') x += Math.max(0, slack / 2);
    else if (box.align === 'right') x += Math.max(0, slack);
    return { x, spacing, size, segments: segmentsOf(items, span.start, span.end) };
  });
}

/** The baseline's distance below the top of a line box of height `pitch`. */
export function baselineBelowTop(pitch: number, size: number): number {
  return (pitch - size) / 2 + size * EM_ASCENT;
}

export function textOp(line: LaidLine, x: number, baseline: number): DrawOp {
  return {
    kind: 'text',
    x: x + line.x,
    baseline,
    size: line.size,
    spacing: line.spacing,
    segments: line.segments,
  };
}

export interface ParagraphOptions extends TextBox {
  pitch: number;
  /** `all`: the lines stay together and with the next block (headings, titles). */
  keep: 'lines' | 'all';
}

/**
 * One slice per line. A page may not end after the first line (no orphan) nor before the last
 * (no widow: a lone last line takes its predecessor along).
 */
export function paragraphSlices(items: readonly GlyphItem[], options: ParagraphOptions): Slice[] {
  const lines = layLines(items, options);
  const baseline = baselineBelowTop(options.pitch, lines[0]?.size ?? 0);
  if (lines.length === 0)
    return [{ height: options.pitch, ops: [], keepWithNext: options.keep === 'all' }];
  return lines.map((line, n) => ({
    height: options.pitch,
    ops: [textOp(line, 0, baseline)],
    keepWithNext:
      options.keep === 'all' || (lines.length > 1 && (n === 0 || n === lines.length - 2)),
  }));
}
