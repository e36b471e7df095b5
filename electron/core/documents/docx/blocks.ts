// The Word body in order: title block, text as WordprocessingML, pictures and tables.
import type { Paragraph } from 'docx';
import {
  KEY_VALUE_SEPARATOR,
  type PreparedBlock,
  type PreparedBriefing,
  type PreparedRun,
  redHeaderSize,
} from '../prepare';
import { BLOCK, LINE_PITCH } from './geometry';
import type { ListNumbering } from './numbering';
import { pictureParagraph } from './pictures';
import { HEADING_STYLE, STYLE } from './styles';
import { briefingTable } from './table';
import type { Lexicon } from '../words/lexicon';
import { escapeXml, PAGE_BREAK_RUN, paragraph, textRuns } from './xml';

/** Runs of body text; a paragraph with no text keeps one empty run, so it stays a text line. */
function bodyRuns(runs: readonly PreparedRun[]): string {
  const out = runs.map((r) => textRuns(r.text, r.bold)).join('');
  return out !== '' ? out : textRuns('');
}

const BODY = { style: STYLE.body } as const;

/**
 * The body in order: text as WordprocessingML (see xml.ts), pictures as docx paragraphs, since
 * docx files their media, charts and relationships.
 */
export type BodyChild = string | Paragraph;

export interface BlockOutput {
  children: BodyChild[];
  /** Plain-Chinese notes, e.g. a chart Word could not be given. */
  problems: string[];
}

function blockChildren(
  block: PreparedBlock,
  out: BlockOutput,
  lists: ListNumbering,
  lexicon: Lexicon,
): void {
  const push = (...c: BodyChild[]) => out.children.push(...c);
  switch (block.kind) {
    case 'heading':
      push(paragraph({ style: HEADING_STYLE[block.level] }, textRuns(block.label + block.text)));
      return;
    case 'paragraph':
      push(paragraph(BODY, bodyRuns(block.runs)));
      return;
    case 'keyValue':
      for (const i of block.items)
        push(
          paragraph(
            BODY,
            bodyRuns([
              { text: i.key + KEY_VALUE_SEPARATOR, bold: true },
              { text: i.value, bold: false },
            ]),
          ),
        );
      return;
    case 'list': {
      // The number is Word's (numbering.ts), not typed: the marker is left out of the runs.
      const numId = lists.add(block.ordered);
      for (const i of block.items) push(paragraph({ style: STYLE.list, numId }, bodyRuns(i.runs)));
      return;
    }
    case 'table':
      push(briefingTable(block, lexicon));
      return;
    case 'image':
    case 'chart': {
      const caption = block.kind === 'image' ? block.caption : block.title;
      const picture = pictureParagraph(block, { captioned: caption !== '' });
      if (picture.problem) out.problems.push(picture.problem);
      if (picture.paragraph) push(picture.paragraph);
      if (caption) push(paragraph({ style: STYLE.figureCaption }, textRuns(caption)));
      return;
    }
    case 'pageBreak':
      // A run with only a page break: no text, so no line of the briefing's text.
      push(paragraph({}, PAGE_BREAK_RUN));
      return;
  }
}

/** The title block: 份号 / 密级 / 紧急程度 top left, then title, subtitle and byline centred. */
export function titleChildren(p: PreparedBriefing): string[] {
  // A blank grid line after the 份号 lines and after the title block, as the PDF leaves.
  const gap = LINE_PITCH;
  const out = p.header.map((line, i) =>
    paragraph(
      { style: STYLE.header, spacingAfter: i === p.header.length - 1 ? gap : undefined },
      textRuns(line),
    ),
  );
  if (p.redHeader) {
    // The organ's name at the PDF's size (smaller for a long name), over the style's red rule.
    const size = redHeaderSize(p.redHeader, BLOCK.width / 20) * 2;
    const run =
      `<w:r><w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>` +
      `<w:t xml:space="preserve">${escapeXml(p.redHeader)}</w:t></w:r>`;
    out.push(paragraph({ style: STYLE.redHeader, spacingAfter: gap }, run));
  }
  const centredLines = [
    // The shared word-aware split (prepare.ts), so Word breaks the title where the PDF does.
    [p.titleLines.join('\n'), STYLE.title],
    [p.subtitle, STYLE.subtitle],
    [p.byline, STYLE.subtitle],
  ] as const;
  const shown = centredLines.filter(([text]) => text !== '');
  shown.forEach(([text, style], i) => {
    const after = i === shown.length - 1 ? gap : undefined;
    // The 22 pt title takes one grid line a line (its style), as in the PDF.
    out.push(paragraph({ style, spacingAfter: after }, textRuns(text)));
  });
  return out;
}

export function bodyChildren(p: PreparedBriefing, lists: ListNumbering): BlockOutput {
  const out: BlockOutput = { children: titleChildren(p), problems: [] };
  for (const block of p.blocks) blockChildren(block, out, lists, p.lexicon);
  return out;
}
