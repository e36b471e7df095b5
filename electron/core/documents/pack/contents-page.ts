// The pack's 目录 pages: one entry a line, dot leaders to the page number, each line a link target.
import { textItems, type LayoutContext } from '../pdf/1-text/layout-context';
import { paginate, type LaidPage } from '../pdf/3-pages/paginate';
import { BLOCK, BODY_CELL, BODY_SIZE, BODY_SPACING, LINE_PITCH } from '../pdf/page-geometry';
import type { DrawOp, Slice } from '../pdf/2-slices/slice';
import { baselineBelowTop, layLines, textOp } from '../pdf/1-text/text-layout';
import { segmentsWidth, textSlices } from './pack-text';
import type { ContentsEntry } from './spec';

export const CONTENTS_TITLE = '目　录';
const LEADER = '·';
/** Leader dots sit on a half-em pitch, clear of the title and the number by a quarter em. */
const LEADER_PITCH = BODY_SIZE / 2;
const LEADER_GAP = BODY_SIZE / 4;
/** Room kept for the page number, so a number's width never changes how a title wraps. */
const NUMBER_ROOM = 3 * BODY_CELL;

function entrySlices(ctx: LayoutContext, entry: ContentsEntry): Slice[] {
  const role = entry.level === 1 ? 'heiti' : 'fangsong';
  const indent = (entry.level - 1) * 2 * BODY_CELL;
  const lines = layLines(textItems(ctx, entry.title, role, BODY_SIZE), {
    width: BLOCK.width - indent - NUMBER_ROOM,
    indent: 0,
    spacing: BODY_SPACING,
    align: 'left',
  });
  const baseline = baselineBelowTop(LINE_PITCH, BODY_SIZE);
  const number = textItems(ctx, String(entry.page), role, BODY_SIZE);
  const numberWidth = number.reduce((sum, i) => sum + i.width, 0);
  const [numberLine] = layLines(number, {
    width: NUMBER_ROOM,
    indent: 0,
    spacing: 0,
    align: 'left',
  });
  const dot = textItems(ctx, LEADER, 'fangsong', BODY_SIZE);
  const dotWidth = dot[0]?.width ?? 0;
  const [dotLine] = layLines(dot, { width: BLOCK.width, indent: 0, spacing: 0, align: 'left' });

  return lines.map((line, n) => {
    const ops: DrawOp[] = [textOp(line, indent, baseline)];
    if (n === lines.length - 1 && numberLine && dotLine) {
      const end = indent + line.x + segmentsWidth(line.segments, BODY_SIZE, line.spacing);
      const numberX = BLOCK.width - numberWidth;
      // Dots sit on one grid from the block's left edge, so they line up from entry to entry.
      const from = Math.ceil((end + LEADER_GAP) / LEADER_PITCH);
      const to = Math.floor((numberX - LEADER_GAP) / LEADER_PITCH);
      const dots = to - from;
      if (dots > 0)
        ops.push({
          kind: 'text',
          x: from * LEADER_PITCH + (LEADER_PITCH - dotWidth) / 2,
          baseline,
          size: BODY_SIZE,
          spacing: LEADER_PITCH - dotWidth,
          segments: dotLine.segments.map((s) => ({ ...s, text: LEADER.repeat(dots) })),
        });
      ops.push(textOp(numberLine, numberX, baseline));
    }
    return { height: LINE_PITCH, ops, keepWithNext: n < lines.length - 1 };
  });
}

export interface ContentsLayout {
  pages: LaidPage[];
  /** The printed page each entry's lines point at: they become links. */
  targets: Map<Slice, number>;
}

/** 目录: the title, then one entry a line (more when long), dot leaders to the page number. */
export function contentsPages(
  ctx: LayoutContext,
  entries: readonly ContentsEntry[],
): ContentsLayout {
  const title = textSlices(ctx, CONTENTS_TITLE, {
    role: 'xiaobiaosong',
    size: 22,
    align: 'center',
  });
  const space: Slice = { height: LINE_PITCH, ops: [], keepWithNext: true };
  const targets = new Map<Slice, number>();
  const lines = entries.flatMap((e) => {
    const slices = entrySlices(ctx, e);
    slices.forEach((slice) => targets.set(slice, e.page));
    return slices;
  });
  return { pages: paginate([...title, space, ...lines]), targets };
}
