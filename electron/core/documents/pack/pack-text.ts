// Text helpers for the pack's own pages: a text-only layout context, paragraph slices and placement.
import type { FontSet } from '../fonts/font-set';
import type { FontRole } from '../fonts/roles';
import type { MissingGlyphs } from '../pdf/1-text/glyph-items';
import { textItems, type LayoutContext } from '../pdf/1-text/layout-context';
import type { LaidPage } from '../pdf/3-pages/paginate';
import { BLOCK, BODY_SPACING, BODY_SIZE, LINE_PITCH } from '../pdf/page-geometry';
import type { Slice, TextSegment } from '../pdf/2-slices/slice';
import { paragraphSlices, type TextAlign } from '../pdf/1-text/text-layout';

/** The layout context of the pack's own pages (cover, contents): text only, no pictures. */
export function textContext(fonts: FontSet, missing: MissingGlyphs): LayoutContext {
  return { fonts, missing, pictureSize: () => ({ width: 0, height: 0 }) };
}

/** A paragraph of one role and size as slices, one a line on `pitch` (default: the grid). */
export function textSlices(
  ctx: LayoutContext,
  text: string,
  style: { role: FontRole; size?: number; align: TextAlign; pitch?: number; indent?: number },
): Slice[] {
  const size = style.size ?? BODY_SIZE;
  return paragraphSlices(textItems(ctx, text, style.role, size), {
    width: BLOCK.width - (style.indent ?? 0),
    indent: 0,
    spacing: size === BODY_SIZE ? BODY_SPACING : 0,
    align: style.align,
    pitch: style.pitch ?? LINE_PITCH,
    keep: 'all',
  }).map((s) => ({
    ...s,
    ops: s.ops.map((op) => (op.kind === 'text' ? { ...op, x: op.x + (style.indent ?? 0) } : op)),
  }));
}

/** Slices placed one under the other from `offset` (distance below the block's top). */
export function placeAt(slices: readonly Slice[], offset: number): LaidPage {
  let y = offset;
  return slices.map((slice) => {
    const placed = { slice, offset: y, repeated: false };
    y += slice.height;
    return placed;
  });
}

/** Width of a laid line's segments: advances plus the character spacing after each. */
export function segmentsWidth(
  segments: readonly TextSegment[],
  size: number,
  spacing: number,
): number {
  let width = 0;
  for (const s of segments)
    for (const ch of s.text) width += s.face.advance(ch.codePointAt(0) ?? 0) * size + spacing;
  return width;
}
