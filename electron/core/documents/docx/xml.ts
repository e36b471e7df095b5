/*
 * The body's paragraphs and tables as WordprocessingML text, written here rather than through
 * docx's object tree: building and serialising thousands of runs' property objects was nine
 * tenths of a 100-page briefing's time. The XML is what docx wrote for the same options, element
 * for element and attribute for attribute (schema order), so readers see no difference.
 */
import { EXTENSION_FACE_NAME } from './run-fonts';
import type { StyleId } from './styles';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Text or an attribute value as XML. `prepareBriefing` has dropped what XML cannot hold. */
export const escapeXml = (text: string): string => text.replace(/[&"'<>]/g, (c) => ESCAPES[c] ?? c);

/**
 * Runs carry only what differs from their paragraph's style (see styles.ts): bold, and for
 * characters of the CJK extensions beyond the BMP (𠮷), which no official face has, the extension
 * face named as their East Asian font, so Word does not fall back to a box.
 */
const runProperties = (bold: boolean | undefined, extension: boolean): string => {
  const f = EXTENSION_FACE_NAME;
  const fonts = extension
    ? `<w:rFonts w:hint="eastAsia" w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`
    : '';
  const b = bold === true ? '<w:b/><w:bCs/>' : '';
  return fonts || b ? `<w:rPr>${fonts}${b}</w:rPr>` : '';
};

/** Characters of CJK Extensions B–I (U+20000–U+3FFFF): the planes only extension faces cover. */
const EXTENSION_RUN = /([\u{20000}-\u{3FFFF}]+)/u;

/** Text runs for one paragraph; `\n` becomes a line break (`w:br`) inside the paragraph. */
export function textRuns(text: string, bold?: boolean): string {
  return text
    .split('\n')
    .map((line, i) => {
      const br = i > 0 ? '<w:br/>' : '';
      const pieces = line.split(EXTENSION_RUN);
      // An empty line still gets its run (it holds the break).
      const kept = pieces.filter((piece, n) => piece !== '' || (n === 0 && pieces.length === 1));
      return kept
        .map((piece, n) => {
          const properties = runProperties(bold, EXTENSION_RUN.test(piece));
          return `<w:r>${properties}${n === 0 ? br : ''}<w:t xml:space="preserve">${escapeXml(piece)}</w:t></w:r>`;
        })
        .join('');
    })
    .join('');
}

/** A run holding only a page break. */
export const PAGE_BREAK_RUN = '<w:r><w:br w:type="page"/></w:r>';

export interface ParagraphProps {
  /** The named style (styles.ts) that carries the paragraph's face, size, indent and keeps. */
  style?: StyleId;
  /** A list item: the numbering instance (numbering.ts), level 0. */
  numId?: number;
  /** false writes `keepNext` off explicitly, as docx did for a caption under a picture. */
  keepNext?: boolean;
  keepLines?: boolean;
  /** An exact line of this many twips off the line grid (see `offGridLine`). */
  offGridLine?: number;
  spacingAfter?: number;
  /** The first line indented by this many twips and, for Word, as many hundredths of a character. */
  firstLine?: { twips: number; chars: number };
  align?: 'both' | 'center' | 'left' | 'right';
}

/**
 * An exact line of its own, off the document's line grid (`w:snapToGrid` 0). Word lets an exact
 * line override the grid; LibreOffice does not and gives every line of, say, a 12 pt table cell a
 * whole 29 pt grid line, so both are written.
 */
function spacing(p: ParagraphProps): string {
  const offGrid = p.offGridLine === undefined ? '' : '<w:snapToGrid w:val="false"/>';
  const after = p.spacingAfter === undefined ? '' : ` w:after="${p.spacingAfter}"`;
  const line = p.offGridLine === undefined ? '' : ` w:line="${p.offGridLine}" w:lineRule="exact"`;
  return offGrid + (after || line ? `<w:spacing${after}${line}/>` : '');
}

/** A paragraph: its properties in schema order, then its runs. */
export function paragraph(props: ParagraphProps, runs: string): string {
  let pPr = props.style ? `<w:pStyle w:val="${props.style}"/>` : '';
  if (props.keepNext !== undefined)
    pPr += props.keepNext ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>';
  if (props.keepLines) pPr += '<w:keepLines/>';
  if (props.numId !== undefined)
    pPr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${props.numId}"/></w:numPr>`;
  pPr += spacing(props);
  if (props.firstLine)
    pPr += `<w:ind w:firstLine="${props.firstLine.twips}" w:firstLineChars="${props.firstLine.chars}"/>`;
  if (props.align) pPr += `<w:jc w:val="${props.align}"/>`;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}
