// A briefing table as WordprocessingML: caption above, repeating header row, styled cells.
import type { PreparedBlock } from '../prepare';
import { BLOCK, CELL_MARGIN } from './geometry';
import { STYLE } from './styles';
import { paragraph, textRuns, type ParagraphProps } from './xml';

type TableBlock = Extract<PreparedBlock, { kind: 'table' }>;

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} ${BORDER}/>`)
  .join('');
const MARGINS = (['top', 'left', 'bottom', 'right'] as const)
  .map((side) => `<w:${side} w:type="dxa" w:w="${CELL_MARGIN[side]}"/>`)
  .join('');

type Align = ParagraphProps['align'];

/** A cell: 表格文字 (or 表格表头) style, its own alignment where the column asks for one. */
function cell(text: string, width: number, align: Align, header: boolean, bold: boolean) {
  const props: ParagraphProps = header
    ? { style: STYLE.cellHeader }
    : { style: STYLE.cell, align: align === 'left' ? undefined : align };
  const p = paragraph(props, textRuns(text, bold));
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/></w:tcPr>${p}</w:tc>`;
}

/**
 * A table, its caption above it. The header row repeats on every page the table reaches
 * (`tblHeader`); no row splits over a page; the 合计 row is bold.
 */
export function briefingTable(block: TableBlock): string {
  const widths = block.columns.map((c) => Math.round(c.width * BLOCK.width));
  const row = (cells: readonly string[], bold: boolean, header = false) => {
    const tcs = block.columns.map((c, i) =>
      cell(cells[i] ?? '', widths[i] ?? 0, c.align, header, bold),
    );
    const repeat = header ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>';
    return `<w:tr><w:trPr><w:cantSplit/>${repeat}</w:trPr>${tcs.join('')}</w:tr>`;
  };
  const rows = [
    row(
      block.columns.map((c) => c.title),
      false,
      true,
    ),
    ...block.rows.map((r) => row(r, false)),
  ];
  if (block.totals) rows.push(row(block.totals, true));
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const properties =
    `<w:tblPr><w:tblW w:type="dxa" w:w="${BLOCK.width}"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
    `<w:tblCellMar>${MARGINS}</w:tblCellMar></w:tblPr>`;
  const table = `<w:tbl>${properties}<w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
  if (!block.caption) return table;
  const caption = paragraph({ style: STYLE.tableCaption }, textRuns(block.caption));
  return caption + table;
}
