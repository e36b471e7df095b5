// Word page furniture: `— N —` page numbers on alternating sides and the 内部资料 / 草稿 marks.
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { SIZE } from './geometry';
import { DOCX_FACES, runFont } from './run-fonts';

/** The text of the 内部资料 mark (page furniture: not part of the briefing's text). */
export const INTERNAL_MARK = '内部资料　注意保管';
export const DRAFT_MARK = '草稿';

/** `— N —` in 宋体 14 pt, one character in from the block's outer edge. */
function pageNumberFooter(side: 'right' | 'left'): Footer {
  const em = SIZE.pageNumber * 20;
  const run = new TextRun({
    font: runFont('songti'),
    size: SIZE.pageNumber * 2,
    children: ['— ', PageNumber.CURRENT, ' —'],
  });
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: em } : { left: em },
        children: [run],
      }),
    ],
  });
}

function header(internal: boolean, draft: boolean): Header {
  const children: Paragraph[] = [];
  if (internal)
    children.push(
      new Paragraph({
        children: [
          new TextRun({ text: INTERNAL_MARK, font: runFont('heiti'), size: SIZE.mark * 2 }),
        ],
      }),
    );
  if (draft)
    children.push(
      new Paragraph({
        children: [
          new TextWatermark({
            text: DRAFT_MARK,
            font: DOCX_FACES.heiti,
            color: 'C0C0C0',
            opacity: 0.35,
          }),
        ],
      }),
    );
  return new Header({ children });
}

/** A section's headers and footers, and whether its first page has its own. */
export interface Furniture {
  titlePage: boolean;
  headers: { default: Header; even?: Header; first?: Header };
  footers: { default: Footer; even?: Footer; first?: Footer };
}

/**
 * A cover: the marks as every page has them (内部资料 too), and no page number, though the
 * cover counts as page 1 as in the PDF pack.
 */
export function coverFurniture(marks: { internal: boolean; draft: boolean }): Furniture {
  const marked = header(marks.internal, marks.draft);
  const none = new Footer({ children: [] });
  return { titlePage: false, headers: { default: marked }, footers: { default: none } };
}

/**
 * Odd pages number on the right, even on the left (settings `evenAndOddHeaders`). The 内部资料
 * mark is on the first page only, so it needs a first-page header (`titlePage`), and the first
 * page's footer takes the side of the page it falls on: a briefing of a pack may start on an
 * even page (`firstOnEven`), where the first-page footer would otherwise number it on the right.
 */
export function pageFurniture(
  marks: { internal: boolean; draft: boolean },
  firstOnEven = false,
): Furniture {
  const odd = pageNumberFooter('right');
  const even = pageNumberFooter('left');
  const plain = header(false, marks.draft);
  return {
    titlePage: marks.internal,
    headers: { default: plain, even: plain, first: header(marks.internal, marks.draft) },
    footers: { default: odd, even, first: firstOnEven ? pageNumberFooter('left') : odd },
  };
}
