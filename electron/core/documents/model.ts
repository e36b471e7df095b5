/**
 * The briefing model: a format-free tree that templates build from records and both writers
 * (DOCX, PDF) render. It holds text and structure only; numbering, fonts and layout belong to
 * `prepare.ts` and the writers.
 */

/** A stretch of text with one emphasis. */
export interface TextRun {
  text: string;
  bold?: boolean;
}

/** Plain text, or runs when part of it is bold. `\n` is a hard line break. */
export type RichText = string | readonly TextRun[];

export interface TitleBlock {
  title: string;
  subtitle?: string;
  /** 发文单位, shown under the title. */
  issuer?: string;
  /** Shown as given, e.g. `2025年3月1日`. */
  date?: string;
  /** 份号 */
  copyNumber?: string;
  /** 密级, e.g. `秘密★1年` */
  classification?: string;
  /** 紧急程度, e.g. `特急` */
  urgency?: string;
  /**
   * 版头 (GB/T 9704 7.2): the issuing organ's name, printed in red 小标宋 centred over a red rule
   * as wide as the text block, for briefings an office sends upward. Left out when empty.
   */
  redHeader?: string;
}

/** 1 → 一、 · 2 → （一） · 3 → 1. · 4 → （1）; the labels are produced by the model. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface HeadingBlock {
  kind: 'heading';
  level: HeadingLevel;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: RichText;
}

export type CellAlign = 'left' | 'center' | 'right';

export interface TableColumn {
  title: string;
  /** Share of the text block's width; the writers scale the shares to sum to 1. */
  width: number;
  align?: CellAlign;
}

export interface TableBlock {
  kind: 'table';
  caption?: string;
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  /** A 合计 row, drawn bold under the body rows. */
  totals?: readonly string[];
}

export interface KeyValueBlock {
  kind: 'keyValue';
  items: readonly { key: string; value: string }[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: readonly RichText[];
}

export interface ImageBlock {
  kind: 'image';
  format: 'png' | 'jpeg';
  data: Uint8Array;
  caption?: string;
  /** Share of the text block's width; default: natural size at 96 dpi, at most the full width. */
  widthFraction?: number;
}

/** The numbers behind a chart, so the DOCX writer can make a native (editable) Word chart. */
export interface ChartData {
  type: 'bar' | 'pie' | 'line';
  /** Bars standing up from the category axis (default) or lying along it, first category on top. */
  direction?: 'vertical' | 'horizontal';
  categories: readonly string[];
  series: readonly ChartSeriesData[];
  /** Titles of the value axis and, when a series uses it, of the secondary one (right). */
  valueAxis?: string;
  secondaryAxis?: string;
}

export interface ChartSeriesData {
  name: string;
  values: readonly number[];
  /** `#rrggbb`, the colour the PDF draws the series in. */
  color?: string;
  /** Drawn against the secondary value axis. */
  secondary?: boolean;
}

export interface ChartBlock {
  kind: 'chart';
  /** Drawn under the chart in both formats; also what a reader sees if the chart is skipped. */
  title: string;
  /** ECharts' server-side SVG of the same data (what the PDF writer draws). */
  svg: string;
  data: ChartData;
  widthFraction?: number;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | TableBlock
  | KeyValueBlock
  | ListBlock
  | ImageBlock
  | ChartBlock
  | PageBreakBlock;

export interface BriefingMarks {
  /** 内部资料 注意保管, top left of the first page. */
  internal?: boolean;
  /** 草稿, a light diagonal watermark on every page. */
  draft?: boolean;
}

export interface Briefing {
  title: TitleBlock;
  blocks: readonly Block[];
  marks?: BriefingMarks;
  /** The file's author property; defaults to the issuer. */
  author?: string;
  /**
   * Words a line may not break inside: the workspace's names of people, places, enterprises,
   * groups and units (`words/lexicon.ts` adds the domain's terms).
   */
  lexicon?: readonly string[];
}
