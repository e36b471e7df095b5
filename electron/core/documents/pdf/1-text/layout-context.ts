// The LayoutContext a briefing's layout needs (faces, picture sizes, lexicon), and runs turned into glyphs.
import type { FontSet } from '../../fonts/font-set';
import type { FontRole } from '../../fonts/roles';
import type { PreparedRun } from '../../prepare';
import type { Lexicon } from '../../words/lexicon';
import { glyphItems, type GlyphItem, type MissingGlyphs } from './glyph-items';

/** What laying out a briefing needs besides the briefing: faces, and the sizes of pictures. */
export interface LayoutContext {
  fonts: FontSet;
  missing: MissingGlyphs;
  /** The briefing's words: table cells and titles break only between them. */
  words?: Lexicon;
  /** Natural size (px, or SVG user units) of the picture of block `index`. */
  pictureSize(index: number): { width: number; height: number };
}

/** Items of runs set in one role and size; bold runs take the role's bold face. */
export function runItems(
  ctx: LayoutContext,
  runs: readonly PreparedRun[],
  role: FontRole,
  size: number,
  bold = false,
): GlyphItem[] {
  return glyphItems(
    runs.map((r) => ({ text: r.text, style: { role, size, bold: bold || r.bold } })),
    ctx.fonts,
    ctx.missing,
  );
}

export function textItems(
  ctx: LayoutContext,
  text: string,
  role: FontRole,
  size: number,
  bold = false,
): GlyphItem[] {
  return runItems(ctx, [{ text, bold }], role, size);
}
