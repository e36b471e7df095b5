// Prepares a briefing for both writers: text cleaned, headings numbered, markers and title lines set.
import { cleanLine, cleanText } from './clean-text';
import type { Block, Briefing, CellAlign, ChartData, RichText, TableBlock, TextRun } from './model';
import { HeadingCounter } from './numbering';
import { Lexicon, lexiconWords } from './words/lexicon';
import { titleLines } from './words/title-lines';

/**
 * The briefing as both writers consume it: text cleaned, headings numbered, list markers and
 * table shapes settled. Writers never number, clean or pad anything themselves, so the same text
 * comes out of both.
 */
export interface PreparedRun {
  text: string;
  bold: boolean;
}

export interface PreparedColumn {
  title: string;
  /** Shares normalised to sum to 1. */
  width: number;
  align: CellAlign;
}

export type PreparedBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; label: string; text: string }
  | { kind: 'paragraph'; runs: PreparedRun[] }
  | {
      kind: 'table';
      caption: string;
      columns: PreparedColumn[];
      rows: string[][];
      totals: string[] | null;
    }
  | { kind: 'keyValue'; items: { key: string; value: string }[] }
  | { kind: 'list'; ordered: boolean; items: { marker: string; runs: PreparedRun[] }[] }
  | {
      kind: 'image';
      format: 'png' | 'jpeg';
      data: Uint8Array;
      caption: string;
      widthFraction: number | null;
    }
  | { kind: 'chart'; title: string; svg: string; data: ChartData; widthFraction: number | null }
  | { kind: 'pageBreak' };

export interface PreparedBriefing {
  /** 份号, 密级, 紧急程度: one line each, top left, in that order (GB/T 9704). */
  header: string[];
  /** 版头: the issuing organ's name over the red rule; empty for none. */
  redHeader: string;
  title: string;
  /**
   * The title's lines, broken between words in balanced lines (`words/title-lines.ts`): the PDF
   * centres each, the DOCX separates them with line breaks.
   */
  titleLines: string[];
  subtitle: string;
  /** Issuer and date on one line under the title. */
  byline: string;
  blocks: PreparedBlock[];
  marks: { internal: boolean; draft: boolean };
  author: string;
  /** Words (names, terms, figures) that table cells and titles keep whole. */
  lexicon: Lexicon;
}

/**
 * 版头 (GB/T 9704 7.2) as both writers draw it: the organ's name in red 小标宋 (the red printers
 * give for C0 M100 Y100 K0), a 2 pt red rule as wide as the text block under it.
 */
export const RED_HEADER = { color: 'E60012', ruleWidth: 2, maxSize: 36, minSize: 22 } as const;

/** The organ's name's size: up to 36 pt, smaller for a long name so it keeps to one line. */
export function redHeaderSize(name: string, blockWidth: number): number {
  const chars = Math.max(1, [...name].length);
  return Math.max(RED_HEADER.minSize, Math.min(RED_HEADER.maxSize, Math.floor(blockWidth / chars)));
}

/** The separator of key and value in a key–value item. */
export const KEY_VALUE_SEPARATOR = '：';

export function prepareRuns(text: RichText): PreparedRun[] {
  const runs: readonly TextRun[] = typeof text === 'string' ? [{ text }] : text;
  return runs
    .map((r) => ({ text: cleanText(r.text), bold: r.bold === true }))
    .filter((r) => r.text !== '');
}

function prepareTable(block: TableBlock): PreparedBlock | null {
  if (block.columns.length === 0) return null;
  const shares = block.columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 0));
  const fallback = shares.every((s) => s === 0);
  const total = fallback ? block.columns.length : shares.reduce((a, b) => a + b, 0);
  const count = block.columns.length;
  const fit = (cells: readonly string[], where: string): string[] => {
    if (cells.length > count) {
      throw new Error(
        `表格“${block.caption ?? ''}”的${where}有 ${cells.length} 格，多于 ${count} 列`,
      );
    }
    return Array.from({ length: count }, (_, i) => cleanText(cells[i] ?? ''));
  };
  return {
    kind: 'table',
    caption: cleanLine(block.caption ?? ''),
    columns: block.columns.map((c, i) => ({
      title: cleanLine(c.title),
      width: (fallback ? 1 : (shares[i] ?? 0)) / total,
      align: c.align ?? 'left',
    })),
    rows: block.rows.map((r, i) => fit(r, `第 ${i + 1} 行`)),
    totals: block.totals ? fit(block.totals, '合计行') : null,
  };
}

function prepareBlock(block: Block, headings: HeadingCounter): PreparedBlock | null {
  switch (block.kind) {
    case 'heading':
      return { ...block, label: headings.next(block.level), text: cleanLine(block.text) };
    case 'paragraph':
      return { kind: 'paragraph', runs: prepareRuns(block.text) };
    case 'table':
      return prepareTable(block);
    case 'keyValue':
      return {
        kind: 'keyValue',
        items: block.items.map((i) => ({ key: cleanLine(i.key), value: cleanText(i.value) })),
      };
    case 'list':
      return {
        kind: 'list',
        ordered: block.ordered,
        items: block.items.map((item, i) => ({
          // A space after the number: `2. 3月29日`, never `2.3月29日`.
          marker: block.ordered ? `${i + 1}. ` : '•',
          runs: prepareRuns(item),
        })),
      };
    case 'image':
      return {
        kind: 'image',
        format: block.format,
        data: block.data,
        caption: cleanLine(block.caption ?? ''),
        widthFraction: block.widthFraction ?? null,
      };
    case 'chart':
      return {
        kind: 'chart',
        title: cleanLine(block.title),
        svg: block.svg,
        data: block.data,
        widthFraction: block.widthFraction ?? null,
      };
    case 'pageBreak':
      return block;
  }
}

export function prepareBriefing(model: Briefing): PreparedBriefing {
  const t = model.title;
  const clean = (s: string | undefined) => cleanLine(s ?? '').trim();
  const headings = new HeadingCounter();
  const blocks: PreparedBlock[] = [];
  for (const block of model.blocks) {
    const prepared = prepareBlock(block, headings);
    if (prepared) blocks.push(prepared);
  }
  const lexicon = new Lexicon(lexiconWords((model.lexicon ?? []).map((w) => cleanText(w))));
  const title = clean(t.title);
  return {
    header: [clean(t.copyNumber), clean(t.classification), clean(t.urgency)].filter((s) => s),
    redHeader: clean(t.redHeader),
    title,
    titleLines: title.split('\n').flatMap((line) => titleLines(line, lexicon)),
    subtitle: clean(t.subtitle),
    byline: [clean(t.issuer), clean(t.date)].filter((s) => s).join('　'),
    blocks,
    marks: { internal: model.marks?.internal === true, draft: model.marks?.draft === true },
    author: clean(model.author ?? t.issuer),
    lexicon,
  };
}
