// Lays a table out as slices: caption, header row repeated on every page, rows cut to fit.
import type { FontRole } from '../../fonts/roles';
import type { PreparedBlock } from '../../prepare';
import { CELL_TEXT, cellEms, cellLines } from '../../words/cell-lines';
import { Lexicon } from '../../words/lexicon';
import { textItems, type LayoutContext } from '../1-text/layout-context';
import { BLOCK, LINE_PITCH } from '../page-geometry';
import type { DrawOp, Slice } from './slice';
import { baselineBelowTop, layLines, textOp, type LaidLine } from '../1-text/text-layout';

type Table = Extract<PreparedBlock, { kind: 'table' }>;

const CELL_SIZE = CELL_TEXT.size;
const CELL_PITCH = CELL_SIZE * 1.45;
const PAD_X = CELL_TEXT.padX;
const PAD_Y = 3;
const RULE = 0.6;
const CAPTION_SIZE = 14;

interface RowStyle {
  role: FontRole;
  bold: boolean;
  /** Header cells are centred whatever the column's alignment. */
  centred: boolean;
}

function rowSlices(
  ctx: LayoutContext,
  table: Table,
  cells: readonly string[],
  style: RowStyle,
): Slice[] {
  const xs: number[] = [0];
  for (const c of table.columns) xs.push((xs[xs.length - 1] ?? 0) + c.width * BLOCK.width);
  const words = ctx.words ?? new Lexicon();
  const plain = style.role === 'fangsong' && !style.bold;
  // The cell's lines as cellLines breaks them (the DOCX sets the same), each laid on its own.
  const laid: LaidLine[][] = table.columns.map((col, i) =>
    cellLines(cells[i] ?? '', cellEms(col.width), words, plain).flatMap((line) =>
      layLines(textItems(ctx, line, style.role, CELL_SIZE, style.bold), {
        width: col.width * BLOCK.width - 2 * PAD_X,
        indent: 0,
        spacing: 0,
        align: style.centred ? 'center' : col.align,
        words,
      }),
    ),
  );
  const lineCount = Math.max(1, ...laid.map((l) => l.length));
  // A row taller than a page is cut into chunks that each fit under the repeated header.
  const perChunk = Math.max(1, Math.floor((BLOCK.height * 0.8 - 2 * PAD_Y) / CELL_PITCH));
  const slices: Slice[] = [];
  for (let first = 0; first < lineCount; first += perChunk) {
    const count = Math.min(perChunk, lineCount - first);
    const height = count * CELL_PITCH + 2 * PAD_Y;
    const ops: DrawOp[] = [];
    laid.forEach((lines, col) => {
      lines.slice(first, first + count).forEach((line, n) => {
        const top = PAD_Y + n * CELL_PITCH;
        ops.push(
          textOp(line, (xs[col] ?? 0) + PAD_X, top + baselineBelowTop(CELL_PITCH, CELL_SIZE)),
        );
      });
    });
    const right = xs[xs.length - 1] ?? BLOCK.width;
    ops.push({ kind: 'rule', x1: 0, y1: 0, x2: right, y2: 0, width: RULE });
    ops.push({ kind: 'rule', x1: 0, y1: height, x2: right, y2: height, width: RULE });
    for (const x of xs) ops.push({ kind: 'rule', x1: x, y1: 0, x2: x, y2: height, width: RULE });
    slices.push({ height, ops, keepWithNext: false });
  }
  return slices;
}

/**
 * A table: an optional caption, the header row (repeated on every page the table continues
 * on), body rows and an optional bold totals row that never stands alone on a page.
 */
export function tableSlices(ctx: LayoutContext, table: Table): Slice[] {
  const slices: Slice[] = [];
  if (table.caption) {
    // Every line of the caption: a long one wraps, never loses its （金额单位：万元）.
    const lines = layLines(textItems(ctx, table.caption, 'heiti', CAPTION_SIZE), {
      width: BLOCK.width,
      indent: 0,
      spacing: 0,
      align: 'center',
      words: ctx.words ?? new Lexicon(),
    });
    for (const line of lines) {
      const op = textOp(line, 0, baselineBelowTop(LINE_PITCH, CAPTION_SIZE));
      slices.push({ height: LINE_PITCH, ops: [op], keepWithNext: true });
    }
  }
  const header = rowSlices(
    ctx,
    table,
    table.columns.map((c) => c.title),
    { role: 'heiti', bold: false, centred: true },
  ).map((s) => ({ ...s, keepWithNext: true }));
  slices.push(...header);
  const body = { role: 'fangsong', bold: false, centred: false } as const;
  table.rows.forEach((row, r) => {
    const rows = rowSlices(ctx, table, row, body).map((s) => ({ ...s, header }));
    // A table never splits after its first row: the heading and header keep two rows with them.
    const last = rows[rows.length - 1];
    if (r === 0 && last && table.rows.length > 1) last.keepWithNext = true;
    slices.push(...rows);
  });
  if (table.totals) {
    const last = slices[slices.length - 1];
    if (last && table.rows.length > 0) last.keepWithNext = true;
    const totals = rowSlices(ctx, table, table.totals, { ...body, bold: true });
    slices.push(...totals.map((s) => ({ ...s, header })));
  }
  // No gap under a table: Word and LibreOffice set the next paragraph right under it, and a
  // half line here made 考察行程 a page longer than its DOCX.
  return slices;
}
