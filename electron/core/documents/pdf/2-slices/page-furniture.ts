// PDF page furniture: `— N —` page numbers, the 内部资料 mark and the 草稿 watermark lines.
import { textItems, type LayoutContext } from '../1-text/layout-context';
import { BLOCK, MM, PAGE, PAGE_NUMBER } from '../page-geometry';
import type { TextSegment } from './slice';
import { layLines } from '../1-text/text-layout';

/** A line of page furniture in page coordinates. */
export interface FurnitureLine {
  x: number;
  baseline: number;
  size: number;
  spacing: number;
  segments: TextSegment[];
  width: number;
}

export const INTERNAL_MARK = '内部资料　注意保管';
export const DRAFT_MARK = '草稿';
const MARK_SIZE = 14;
const WATERMARK_SIZE = 150;

function line(
  ctx: LayoutContext,
  text: string,
  role: 'songti' | 'heiti',
  size: number,
): FurnitureLine {
  const items = textItems(ctx, text, role, size);
  const width = items.reduce((sum, i) => sum + i.width, 0);
  const [laid] = layLines(items, { width: PAGE.width * 4, indent: 0, spacing: 0, align: 'left' });
  return { x: 0, baseline: 0, size, spacing: 0, segments: laid?.segments ?? [], width };
}

export const pageNumberText = (n: number) => `— ${n} —`;

/**
 * `— N —` in 宋体 14 pt, its em box 7 mm below the text block; odd pages on the right, even
 * pages on the left, one character in from the block's edge.
 */
export function pageNumberLine(ctx: LayoutContext, n: number): FurnitureLine {
  const l = line(ctx, pageNumberText(n), 'songti', PAGE_NUMBER.size);
  const x =
    n % 2 === 1 ? BLOCK.right - PAGE_NUMBER.inset - l.width : BLOCK.left + PAGE_NUMBER.inset;
  return { ...l, x, baseline: BLOCK.bottom - PAGE_NUMBER.gap - PAGE_NUMBER.size * 0.88 };
}

/** A page number holding every character any page number has: checked and embedded up front. */
export function pageNumberProbe(ctx: LayoutContext): FurnitureLine {
  return pageNumberLine(ctx, 1234567890);
}

/** 内部资料 注意保管, 黑体, in the top margin over the block's left edge of page 1. */
export function internalMarkLine(ctx: LayoutContext): FurnitureLine {
  const l = line(ctx, INTERNAL_MARK, 'heiti', MARK_SIZE);
  return { ...l, x: BLOCK.left, baseline: BLOCK.top + 10 * MM };
}

/** 草稿 across the page's centre at 45°; `origin` is where its baseline starts. */
export function watermarkLine(ctx: LayoutContext): FurnitureLine & { angle: number } {
  const l = line(ctx, DRAFT_MARK, 'heiti', WATERMARK_SIZE);
  const angle = Math.PI / 4;
  const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
  const lift = WATERMARK_SIZE * 0.38;
  return {
    ...l,
    angle,
    x: PAGE.width / 2 - (ux * l.width) / 2 + uy * lift,
    baseline: PAGE.height / 2 - (uy * l.width) / 2 - ux * lift,
  };
}
