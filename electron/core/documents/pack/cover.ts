// The pack's cover page: 份号 and 密级 top left, the title in balanced lines, issuer and date.
import { textItems, type LayoutContext } from '../pdf/1-text/layout-context';
import type { LaidPage } from '../pdf/3-pages/paginate';
import type { FurnitureLine } from '../pdf/2-slices/page-furniture';
import { BLOCK, BODY_SIZE, LINE_PITCH, baselineIn } from '../pdf/page-geometry';
import type { Slice } from '../pdf/2-slices/slice';
import { layLines } from '../pdf/1-text/text-layout';
import { titleLines } from '../words/title-lines';
import { placeAt, textSlices } from './pack-text';
import type { PackCover } from './spec';

const TITLE_SIZE = 26;
const TITLE_PITCH = TITLE_SIZE * 1.6;
/** Lines of the grid (from 0) where the title starts and the issuer and date end. */
const TITLE_LINE = 6;
const FOOT_LINE = 19;

/**
 * The cover: 份号 (stamped per copy) and 密级 top left in 黑体 on the first grid lines, as
 * GB/T 9704's header block; the title in 小标宋 a third down; issuer and date near the foot.
 */
export function coverPage(
  ctx: LayoutContext,
  cover: PackCover,
  { numbered }: { numbered: boolean },
): LaidPage {
  const placed: LaidPage = [];
  const headerLine = numbered ? 1 : 0;
  if (cover.classification)
    placed.push(
      ...placeAt(
        textSlices(ctx, cover.classification, { role: 'heiti', align: 'left' }),
        headerLine * LINE_PITCH,
      ),
    );
  // Broken between words in balanced lines, as a briefing's title (16 ems of 26 pt fit).
  const title = titleLines(cover.title, ctx.words, 16).flatMap((line) =>
    textSlices(ctx, line, {
      role: 'xiaobiaosong',
      size: TITLE_SIZE,
      align: 'center',
      pitch: TITLE_PITCH,
    }),
  );
  const under: Slice[] = cover.subtitle
    ? [
        { height: LINE_PITCH / 2, ops: [], keepWithNext: true },
        ...textSlices(ctx, cover.subtitle, { role: 'kaiti', align: 'center' }),
      ]
    : [];
  placed.push(...placeAt([...title, ...under], TITLE_LINE * LINE_PITCH));
  const foot = [
    ...(cover.issuer ? textSlices(ctx, cover.issuer, { role: 'kaiti', align: 'center' }) : []),
    ...textSlices(ctx, cover.date, { role: 'kaiti', align: 'center' }),
  ];
  placed.push(...placeAt(foot, (FOOT_LINE + 1) * LINE_PITCH - foot.length * LINE_PITCH));
  return placed;
}

/** 份号 of one copy: 黑体 16 pt, flush left on the block's first line. */
export function copyNumberLine(ctx: LayoutContext, copyNumber: string): FurnitureLine {
  const items = textItems(ctx, copyNumber, 'heiti', BODY_SIZE);
  const [line] = layLines(items, { width: BLOCK.width, indent: 0, spacing: 0, align: 'left' });
  return {
    x: BLOCK.left,
    baseline: baselineIn(BLOCK.top, LINE_PITCH, BODY_SIZE),
    size: BODY_SIZE,
    spacing: 0,
    segments: line?.segments ?? [],
    width: items.reduce((sum, i) => sum + i.width, 0),
  };
}
