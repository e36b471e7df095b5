import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { FontRole } from '../fonts/roles';
import type { CellAlign } from '../model';
import type { PreparedBlock } from '../prepare';
import { BLOCK, CELL_LINE, CELL_MARGIN, SIZE } from './geometry';
import { OffGridParagraph } from './off-grid';
import { textRuns } from './run-fonts';

type TableBlock = Extract<PreparedBlock, { kind: 'table' }>;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function cell(text: string, width: number, align: CellAlign, role: FontRole, bold: boolean) {
  const children: ParagraphChild[] = textRuns(text, { role, size: SIZE.cell, bold });
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [new OffGridParagraph(CELL_LINE, { alignment: ALIGN[align], children })],
  });
}

/** A table, its caption above it; the header row repeats on every page the table reaches. */
export function briefingTable(block: TableBlock): (Paragraph | Table)[] {
  const widths = block.columns.map((c) => Math.round(c.width * BLOCK.width));
  const row = (cells: readonly string[], role: FontRole, bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: block.columns.map((c, i) =>
        cell(cells[i] ?? '', widths[i] ?? 0, header ? 'center' : c.align, role, bold),
      ),
    });
  const rows = [
    row(
      block.columns.map((c) => c.title),
      'heiti',
      false,
      true,
    ),
    ...block.rows.map((r) => row(r, 'fangsong', false)),
  ];
  if (block.totals) rows.push(row(block.totals, 'fangsong', true));
  const table = new Table({
    width: { size: BLOCK.width, type: WidthType.DXA },
    columnWidths: widths,
    margins: CELL_MARGIN,
    rows,
  });
  if (!block.caption) return [table];
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: textRuns(block.caption, { role: 'heiti', size: SIZE.caption }),
  });
  return [caption, table];
}
