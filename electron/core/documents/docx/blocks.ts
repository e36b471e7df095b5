import type { Paragraph } from 'docx';
import { HEADING_FACE, type FontRole } from '../fonts/roles';
import {
  KEY_VALUE_SEPARATOR,
  type PreparedBlock,
  type PreparedBriefing,
  type PreparedRun,
} from '../prepare';
import { LINE_PITCH, SIZE } from './geometry';
import { pictureParagraph } from './pictures';
import { briefingTable } from './table';
import { pageBreakRun, paragraph, textRuns, type ParagraphProps } from './xml';

/** Body paragraphs: justified, the first line indented two grid characters. */
const BODY: ParagraphProps = {
  firstLine: { twips: 2 * SIZE.body * 20, chars: 200 },
  align: 'both',
};

/** Runs of body text; a paragraph with no text keeps one empty run, so it stays a text line. */
function bodyRuns(runs: readonly PreparedRun[], role: FontRole = 'fangsong'): string {
  const out = runs.map((r) => textRuns(r.text, { role, size: SIZE.body, bold: r.bold })).join('');
  return out !== '' ? out : textRuns('', { role, size: SIZE.body });
}

const centred = (text: string, role: FontRole, size: number, keepNext = true, after?: number) =>
  paragraph({ keepNext, spacingAfter: after, align: 'center' }, textRuns(text, { role, size }));

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

function blockChildren(block: PreparedBlock, out: BlockOutput): void {
  const push = (...c: BodyChild[]) => out.children.push(...c);
  switch (block.kind) {
    case 'heading': {
      const face = HEADING_FACE[block.level];
      const style = { role: face.role, size: SIZE.body, bold: face.bold };
      push(
        paragraph(
          { ...BODY, keepNext: true, keepLines: true },
          textRuns(block.label + block.text, style),
        ),
      );
      return;
    }
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
    case 'list':
      for (const i of block.items)
        push(paragraph(BODY, bodyRuns([{ text: i.marker, bold: false }, ...i.runs])));
      return;
    case 'table':
      push(briefingTable(block));
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
      push(paragraph({}, pageBreakRun('fangsong')));
      return;
  }
}

/** The title block: 份号 / 密级 / 紧急程度 top left, then title, subtitle and byline centred. */
function titleChildren(p: PreparedBriefing): string[] {
  // A blank grid line after the 份号 lines and after the title block, as the PDF leaves.
  const gap = LINE_PITCH;
  const out = p.header.map((line, i) =>
    paragraph(
      { keepNext: true, spacingAfter: i === p.header.length - 1 ? gap : undefined },
      textRuns(line, { role: 'heiti', size: SIZE.body }),
    ),
  );
  const centredLines: [string, FontRole, number][] = [
    [p.title, 'xiaobiaosong', SIZE.title],
    [p.subtitle, 'kaiti', SIZE.body],
    [p.byline, 'kaiti', SIZE.body],
  ];
  const shown = centredLines.filter(([text]) => text !== '');
  shown.forEach(([text, role, size], i) => {
    const after = i === shown.length - 1 ? gap : undefined;
    // The 22 pt title takes one grid line a line, as in the PDF, however tall its face is.
    out.push(
      size === SIZE.title
        ? paragraph(
            { keepNext: true, spacingAfter: after, offGridLine: LINE_PITCH, align: 'center' },
            textRuns(text, { role, size }),
          )
        : centred(text, role, size, true, after),
    );
  });
  return out;
}

export function bodyChildren(p: PreparedBriefing): BlockOutput {
  const out: BlockOutput = { children: titleChildren(p), problems: [] };
  for (const block of p.blocks) blockChildren(block, out);
  return out;
}
