import type { FontRole } from '../fonts/roles';
import type { PreparedBlock } from '../prepare';
import { BLOCK, CELL_LINE, CELL_MARGIN, SIZE } from './geometry';
import { paragraph, textRuns, type ParagraphProps } from './xml';

type TableBlock = Extract<PreparedBlock, { kind: 'table' }>;

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} ${BORDER}/>`)
  .join('');
const MARGINS = (['top', 'left', 'bottom', 'right'] as const)
  .map((side) => `<w:${side} w:type="dxa" w:w="${CELL_MARGIN[side]}"/>`)
  .join('');

function cell(text: string, width: number, align: ParagraphProps['align'], run: RunOf) {
  const p = paragraph({ offGridLine: CELL_LINE, align }, textRuns(text, run));
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/></w:tcPr>${p}</w:tc>`;
}

type RunOf = { role: FontRole; size: number; bold: boolean };

/**
 * A table, its caption above it. The header row repeats on every page the table reaches
 * (`tblHeader`); no row splits over a page; the 合计 row is bold.
 */
export function briefingTable(block: TableBlock): string {
  const widths = block.columns.map((c) => Math.round(c.width * BLOCK.width));
  const row = (cells: readonly string[], role: FontRole, bold: boolean, header = false) => {
    const run = { role, size: SIZE.cell, bold };
    const tcs = block.columns.map((c, i) =>
      cell(cells[i] ?? '', widths[i] ?? 0, header ? 'center' : c.align, run),
    );
    const repeat = header ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>';
    return `<w:tr><w:trPr><w:cantSplit/>${repeat}</w:trPr>${tcs.join('')}</w:tr>`;
  };
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
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const properties =
    `<w:tblPr><w:tblW w:type="dxa" w:w="${BLOCK.width}"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
    `<w:tblCellMar>${MARGINS}</w:tblCellMar></w:tblPr>`;
  const table = `<w:tbl>${properties}<w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
  if (!block.caption) return table;
  const caption = paragraph(
    { keepNext: true, align: 'center' },
    textRuns(block.caption, { role: 'heiti', size: SIZE.caption }),
  );
  return caption + table;
}
