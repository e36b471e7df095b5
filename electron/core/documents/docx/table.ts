// A briefing table as WordprocessingML: caption above, repeating header row, styled cells.
import type { PreparedBlock } from '../prepare';
import { cellEms, cellLines } from '../words/cell-lines';
import type { Lexicon } from '../words/lexicon';
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

const WRAP_RUN = '<w:r><w:br w:type="textWrapping"/></w:r>';
const BREAK_RUN = '<w:r><w:br/></w:r>';

/**
 * A cell: 表格文字 (or 表格表头) style, its own alignment where the column asks for one. `keep`
 * keeps the row with the next one (Word and LibreOffice read a row's keepNext from its paragraphs).
 */
function cell(runs: string, width: number, align: Align, header: boolean, keep: boolean) {
  const props: ParagraphProps = header
    ? { style: STYLE.cellHeader }
    : { style: STYLE.cell, align: align === 'left' ? undefined : align };
  if (keep) props.keepNext = true;
  const p = paragraph(props, runs);
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/></w:tcPr>${p}</w:tc>`;
}

/**
 * A table, its caption above it. The header row repeats on every page the table reaches
 * (`tblHeader`); no row splits over a page; the 合计 row is bold. As in the PDF, the caption and
 * header keep with the first two rows (a table never splits after its first row) and the last row
 * keeps with the 合计 row.
 */
export function briefingTable(block: TableBlock, lexicon: Lexicon): string {
  const widths = block.columns.map((c) => Math.round(c.width * BLOCK.width));
  // The PDF's lines of each cell, a wrap between them: rows as tall as the PDF's. A wrap is
  // typed (`textWrapping`), so readers tell it from a line break the text itself has.
  const runs = (text: string, i: number, bold: boolean, plain: boolean) =>
    text
      .split('\n')
      .map((part) =>
        cellLines(part, cellEms(block.columns[i]?.width ?? 1), lexicon, plain)
          .map((line) => textRuns(line, bold))
          .join(WRAP_RUN),
      )
      .join(BREAK_RUN);
  const row = (cells: readonly string[], bold: boolean, header = false, keep = false) => {
    const tcs = block.columns.map((c, i) =>
      cell(runs(cells[i] ?? '', i, bold, !header && !bold), widths[i] ?? 0, c.align, header, keep),
    );
    const repeat = header ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>';
    return `<w:tr><w:trPr><w:cantSplit/>${repeat}</w:trPr>${tcs.join('')}</w:tr>`;
  };
  const rows = [
    row(
      block.columns.map((c) => c.title),
      false,
      true,
      block.rows.length > 0,
    ),
    ...block.rows.map((r, i) =>
      row(
        r,
        false,
        false,
        (i === 0 && block.rows.length > 1) || (i === block.rows.length - 1 && !!block.totals),
      ),
    ),
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
