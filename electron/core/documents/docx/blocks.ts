import {
  AlignmentType,
  BuilderElement,
  Paragraph,
  type ParagraphChild,
  TextRun,
  type Table,
  type IParagraphOptions,
} from 'docx';
import { HEADING_FACE, type FontRole } from '../fonts/roles';
import {
  KEY_VALUE_SEPARATOR,
  type PreparedBlock,
  type PreparedBriefing,
  type PreparedRun,
} from '../prepare';
import { LINE_PITCH, SIZE } from './geometry';
import { OffGridParagraph } from './off-grid';
import { pictureParagraph } from './pictures';
import { runFont, textRuns } from './run-fonts';
import { briefingTable } from './table';

/** Body paragraphs: justified, the first line indented two grid characters. */
const BODY: IParagraphOptions = {
  alignment: AlignmentType.BOTH,
  indent: { firstLineChars: 200, firstLine: 2 * SIZE.body * 20 },
};

export const paragraph = (children: ParagraphChild[], options: IParagraphOptions = BODY) =>
  new Paragraph({ ...options, children });

/** Runs of body text; a paragraph with no text keeps one empty run, so it stays a text line. */
function bodyRuns(runs: readonly PreparedRun[], role: FontRole = 'fangsong'): TextRun[] {
  const out = runs.flatMap((r) => textRuns(r.text, { role, size: SIZE.body, bold: r.bold }));
  return out.length > 0 ? out : textRuns('', { role, size: SIZE.body });
}

export const centred = (
  text: string,
  role: FontRole,
  size: number,
  keepNext = true,
  spacing?: IParagraphOptions['spacing'],
) =>
  paragraph(textRuns(text, { role, size }), { alignment: AlignmentType.CENTER, keepNext, spacing });

export interface BlockOutput {
  children: (Paragraph | Table)[];
  /** Plain-Chinese notes, e.g. a chart Word could not be given. */
  problems: string[];
}

function blockChildren(block: PreparedBlock, out: BlockOutput): void {
  const push = (...c: (Paragraph | Table)[]) => out.children.push(...c);
  switch (block.kind) {
    case 'heading': {
      const face = HEADING_FACE[block.level];
      const style = { role: face.role, size: SIZE.body, bold: face.bold };
      push(
        paragraph(textRuns(block.label + block.text, style), {
          ...BODY,
          keepNext: true,
          keepLines: true,
        }),
      );
      return;
    }
    case 'paragraph':
      push(paragraph(bodyRuns(block.runs)));
      return;
    case 'keyValue':
      for (const i of block.items)
        push(
          paragraph(
            bodyRuns([
              { text: i.key + KEY_VALUE_SEPARATOR, bold: true },
              { text: i.value, bold: false },
            ]),
          ),
        );
      return;
    case 'list':
      for (const i of block.items)
        push(paragraph(bodyRuns([{ text: i.marker, bold: false }, ...i.runs])));
      return;
    case 'table':
      push(...briefingTable(block));
      return;
    case 'image':
    case 'chart': {
      const caption = block.kind === 'image' ? block.caption : block.title;
      const picture = pictureParagraph(block, caption !== '');
      if (picture.problem) out.problems.push(picture.problem);
      if (picture.paragraph) push(picture.paragraph);
      if (caption) push(centred(caption, 'kaiti', SIZE.caption, false));
      return;
    }
    case 'pageBreak':
      // A run with only a page break: no text, so no line of the briefing's text.
      push(new Paragraph({ children: [pageBreakRun()] }));
      return;
  }
}

/** docx's own `PageBreak` is a run without properties; this one names its font like the rest. */
function pageBreakRun(): TextRun {
  const br = new BuilderElement<{ type: string }>({
    name: 'w:br',
    attributes: { type: { key: 'w:type', value: 'page' } },
  });
  return new TextRun({ font: runFont('fangsong'), children: [br] });
}

/** The title block: 份号 / 密级 / 紧急程度 top left, then title, subtitle and byline centred. */
function titleChildren(p: PreparedBriefing): Paragraph[] {
  // A blank grid line after the 份号 lines and after the title block, as the PDF leaves.
  const gap = { after: LINE_PITCH };
  const out: Paragraph[] = p.header.map((line, i) =>
    paragraph(textRuns(line, { role: 'heiti', size: SIZE.body }), {
      keepNext: true,
      spacing: i === p.header.length - 1 ? gap : undefined,
    }),
  );
  const centredLines: [string, FontRole, number][] = [
    [p.title, 'xiaobiaosong', SIZE.title],
    [p.subtitle, 'kaiti', SIZE.body],
    [p.byline, 'kaiti', SIZE.body],
  ];
  const shown = centredLines.filter(([text]) => text !== '');
  shown.forEach(([text, role, size], i) => {
    const spacing = i === shown.length - 1 ? gap : undefined;
    // The 22 pt title takes one grid line a line, as in the PDF, however tall its face is.
    out.push(
      size === SIZE.title
        ? new OffGridParagraph(LINE_PITCH, {
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing,
            children: textRuns(text, { role, size }),
          })
        : centred(text, role, size, true, spacing),
    );
  });
  return out;
}

export function bodyChildren(p: PreparedBriefing): BlockOutput {
  const out: BlockOutput = { children: titleChildren(p), problems: [] };
  for (const block of p.blocks) blockChildren(block, out);
  return out;
}
