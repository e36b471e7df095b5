// Lays a prepared briefing out as PDF slices: title, headings, body text, pictures and tables.
import { HEADING_FACE, type FontRole } from '../../fonts/roles';
import {
  KEY_VALUE_SEPARATOR,
  RED_HEADER,
  redHeaderSize,
  type PreparedBlock,
  type PreparedBriefing,
  type PreparedRun,
} from '../../prepare';
import { runItems, textItems, type LayoutContext } from '../1-text/layout-context';
import type { WordRule } from '../1-text/line-break';
import { BLOCK, BODY_CELL, BODY_SIZE, BODY_SPACING, LINE_PITCH } from '../page-geometry';
import type { Rgb, Slice } from './slice';
import { tableSlices } from './table-layout';
import { paragraphSlices, type ParagraphOptions } from '../1-text/text-layout';

const TITLE_SIZE = 22;

/** Body text: 28 characters a line, 22 lines a page, first line indented two characters. */
const BODY_BOX: ParagraphOptions = {
  width: BLOCK.width,
  indent: 2 * BODY_CELL,
  spacing: BODY_SPACING,
  align: 'justify',
  pitch: LINE_PITCH,
  keep: 'lines',
  words: 'figures',
};
const CAPTION_SIZE = 14;

function body(
  ctx: LayoutContext,
  runs: readonly PreparedRun[],
  role: FontRole = 'fangsong',
  bold = false,
): Slice[] {
  return paragraphSlices(runItems(ctx, runs, role, BODY_SIZE, bold), BODY_BOX);
}

function centred(
  ctx: LayoutContext,
  text: string,
  role: FontRole,
  size: number,
  keep = true,
  words: WordRule = 'figures',
): Slice[] {
  return paragraphSlices(textItems(ctx, text, role, size), {
    ...BODY_BOX,
    words,
    indent: 0,
    spacing: size === BODY_SIZE ? BODY_SPACING : 0,
    align: 'center',
    keep: keep ? 'all' : 'lines',
  });
}

/** An image or chart, centred, scaled to fit the block, with its caption under it. */
function picture(
  ctx: LayoutContext,
  index: number,
  kind: 'image' | 'svg',
  fraction: number | null,
  caption: string,
): Slice[] {
  const natural = ctx.pictureSize(index);
  const pxToPt = kind === 'image' ? 0.75 : 1;
  let width = fraction
    ? BLOCK.width * Math.min(1, fraction)
    : Math.min(BLOCK.width, natural.width * pxToPt);
  let height = natural.width > 0 ? (width * natural.height) / natural.width : 0;
  const maxHeight = BLOCK.height - 2 * LINE_PITCH;
  if (height > maxHeight) {
    width *= maxHeight / height;
    height = maxHeight;
  }
  const x = (BLOCK.width - width) / 2;
  const pad = LINE_PITCH / 4;
  const slices: Slice[] = [
    {
      height: height + 2 * pad,
      ops: [{ kind, index, x, y: pad, width, height }],
      keepWithNext: caption !== '',
      figure: kind === 'svg',
    },
  ];
  if (caption) slices.push(...centred(ctx, caption, 'kaiti', CAPTION_SIZE, false));
  return slices;
}

function blockSlices(ctx: LayoutContext, block: PreparedBlock, index: number): Slice[] {
  switch (block.kind) {
    case 'heading': {
      const face = HEADING_FACE[block.level];
      const items = textItems(ctx, block.label + block.text, face.role, BODY_SIZE, face.bold);
      const slices = paragraphSlices(items, { ...BODY_BOX, keep: 'all' });
      const [first] = slices;
      if (first) first.outline = { level: block.level, title: block.label + block.text };
      return slices;
    }
    case 'paragraph':
      return body(ctx, block.runs);
    case 'keyValue':
      return block.items.flatMap((i) =>
        body(ctx, [
          { text: i.key + KEY_VALUE_SEPARATOR, bold: true },
          { text: i.value, bold: false },
        ]),
      );
    case 'list':
      return block.items.flatMap((i) => body(ctx, [{ text: i.marker, bold: false }, ...i.runs]));
    case 'image':
      return picture(ctx, index, 'image', block.widthFraction, block.caption);
    case 'chart':
      return picture(ctx, index, 'svg', block.widthFraction, block.title);
    case 'pageBreak':
      return [{ height: 0, ops: [], keepWithNext: false, breakAfter: true }];
    case 'table':
      return tableSlices(ctx, block);
  }
}

const RED: Rgb = [0, 2, 4].map((i) => parseInt(RED_HEADER.color.slice(i, i + 2), 16) / 255) as [
  number,
  number,
  number,
];

/**
 * 版头 (GB/T 9704 7.2): the organ's name in red, centred on two grid lines a line, the red rule
 * about 4 mm under it, then a blank grid line before the title.
 */
function redHeaderSlices(ctx: LayoutContext, name: string): Slice[] {
  const size = redHeaderSize(name, BLOCK.width);
  const lines = paragraphSlices(textItems(ctx, name, 'xiaobiaosong', size), {
    ...BODY_BOX,
    indent: 0,
    spacing: 0,
    align: 'center',
    pitch: 2 * LINE_PITCH,
    keep: 'all',
    words: ctx.words ?? 'figures',
  }).map((s) => ({
    ...s,
    ops: s.ops.map((op) => (op.kind === 'text' ? { ...op, color: RED } : op)),
  }));
  const rule: Slice = {
    height: LINE_PITCH,
    ops: [
      {
        kind: 'rule',
        x1: 0,
        y1: 0,
        x2: BLOCK.width,
        y2: 0,
        width: RED_HEADER.ruleWidth,
        color: RED,
      },
    ],
    keepWithNext: true,
  };
  return [...lines, rule];
}

function titleBlock(ctx: LayoutContext, p: PreparedBriefing): Slice[] {
  const slices: Slice[] = [];
  for (const line of p.header) {
    const items = textItems(ctx, line, 'heiti', BODY_SIZE);
    slices.push(...paragraphSlices(items, { ...BODY_BOX, indent: 0, align: 'left', keep: 'all' }));
  }
  if (p.header.length > 0) slices.push({ height: LINE_PITCH, ops: [], keepWithNext: true });
  if (p.redHeader) slices.push(...redHeaderSlices(ctx, p.redHeader));
  // The title's lines as prepare.ts balanced them (the DOCX breaks at the same points); a line
  // the estimate got wrong still wraps between words.
  for (const line of p.titleLines) {
    slices.push(...centred(ctx, line, 'xiaobiaosong', TITLE_SIZE, true, ctx.words ?? 'figures'));
  }
  if (p.subtitle) slices.push(...centred(ctx, p.subtitle, 'kaiti', BODY_SIZE));
  if (p.byline) slices.push(...centred(ctx, p.byline, 'kaiti', BODY_SIZE));
  if (slices.length > 0) slices.push({ height: LINE_PITCH, ops: [], keepWithNext: true });
  return slices;
}

/** The whole briefing as slices, in reading order. */
export function briefingSlices(ctx: LayoutContext, p: PreparedBriefing): Slice[] {
  const slices = titleBlock(ctx, p);
  p.blocks.forEach((block, index) => slices.push(...blockSlices(ctx, block, index)));
  return slices;
}
