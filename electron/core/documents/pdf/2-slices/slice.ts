// The types the layout hands the paginator: slices, text segments and draw operations.
import type { LoadedFace } from '../../fonts/face';

/**
 * What the layout hands the paginator: slices, the smallest vertical pieces a page may end
 * between (a line of text, a table row, an image), each with what to draw relative to its top
 * edge (x from the block's left edge, y downwards from the slice's top).
 */
export interface TextSegment {
  face: LoadedFace;
  syntheticBold: boolean;
  text: string;
  /** `Tc` for this segment when it differs from its line's (a justified line's figures). */
  spacing?: number;
}

/** A colour other than black, as RGB fractions: the 版头's red. */
export type Rgb = readonly [number, number, number];

export type DrawOp =
  | {
      kind: 'text';
      x: number;
      baseline: number;
      size: number;
      /** PDF `Tc`: extra space after every character. */
      spacing: number;
      segments: TextSegment[];
      color?: Rgb;
    }
  | {
      kind: 'rule';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      width: number;
      color?: Rgb;
    }
  | { kind: 'image'; index: number; x: number; y: number; width: number; height: number }
  | { kind: 'svg'; index: number; x: number; y: number; width: number; height: number };

export interface Slice {
  height: number;
  ops: DrawOp[];
  /** The page may not end between this slice and the next (headings, widows, table headers). */
  keepWithNext: boolean;
  /** A page break: the next slice starts a new page. */
  breakAfter?: boolean;
  /** A heading: becomes a bookmark. */
  outline?: { level: number; title: string };
  /** A table row: the table's header, repeated when the row starts a page. */
  header?: readonly Slice[];
  /** Chart graphics: tagged as a figure, so their labels are not read as body text. */
  figure?: boolean;
}
