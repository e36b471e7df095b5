/**
 * The briefing's named paragraph styles (word/styles.xml): the faces, sizes and spacing live
 * here once, and every paragraph of the body names its style (`w:pStyle`) instead of repeating
 * them. Each heading style has an outline level, so Word's navigation pane and a contents field
 * find the headings, and an office can restyle a level in one place.
 */
import { HEADING_FACE, type FontRole } from '../fonts/roles';
import { RED_HEADER } from '../prepare';
import { CELL_LINE, LINE_PITCH, SIZE } from './geometry';
import { DOCX_FACES } from './run-fonts';

export const STYLE = {
  title: 'DossierTitle',
  subtitle: 'DossierSubtitle',
  header: 'DossierHeaderMark',
  redHeader: 'DossierRedHeader',
  body: 'DossierBody',
  heading1: 'DossierHeading1',
  heading2: 'DossierHeading2',
  heading3: 'DossierHeading3',
  heading4: 'DossierHeading4',
  list: 'DossierList',
  cell: 'DossierCell',
  cellHeader: 'DossierCellHeader',
  tableCaption: 'DossierTableCaption',
  figureCaption: 'DossierFigureCaption',
  toc: 'DossierContents',
} as const;

export type StyleId = (typeof STYLE)[keyof typeof STYLE];

export const HEADING_STYLE: Readonly<Record<1 | 2 | 3 | 4, StyleId>> = {
  1: STYLE.heading1,
  2: STYLE.heading2,
  3: STYLE.heading3,
  4: STYLE.heading4,
};

interface StyleSpec {
  id: StyleId;
  /** What Word's style gallery shows. */
  name: string;
  basedOn?: StyleId;
  role?: FontRole;
  size?: number;
  bold?: boolean;
  keepNext?: boolean;
  keepLines?: boolean;
  /** An exact line of this many twips off the line grid (Word and LibreOffice both honour it). */
  offGridLine?: number;
  indentFirstLine?: boolean;
  noIndent?: boolean;
  align?: 'both' | 'center' | 'left';
  /** 0-based: 0 is the briefing's title, 1 its 一、 headings. */
  outline?: number;
  /** No extra space between Chinese and Latin letters or digits (Word's and LibreOffice's autospace). */
  noAutoSpace?: boolean;
  /** Character spacing in twips, over the document's condensed body spacing (geometry.ts). */
  charSpacing?: number;
  /** Text colour, `RRGGBB`. */
  color?: string;
  /** A rule under the paragraph: colour `RRGGBB` and width in points. */
  ruleBelow?: { color: string; width: number };
}

const BODY_INDENT = `<w:ind w:firstLine="${2 * SIZE.body * 20}" w:firstLineChars="200"/>`;

const heading = (level: 1 | 2 | 3 | 4, name: string): StyleSpec => ({
  id: HEADING_STYLE[level],
  name,
  basedOn: STYLE.body,
  role: HEADING_FACE[level].role,
  bold: HEADING_FACE[level].bold,
  keepNext: true,
  keepLines: true,
  outline: level,
});

const SPECS: readonly StyleSpec[] = [
  {
    id: STYLE.body,
    name: '公文正文',
    role: 'fangsong',
    size: SIZE.body,
    indentFirstLine: true,
    align: 'both',
  },
  {
    id: STYLE.title,
    name: '公文标题',
    role: 'xiaobiaosong',
    size: SIZE.title,
    keepNext: true,
    offGridLine: LINE_PITCH,
    align: 'center',
    outline: 0,
  },
  {
    id: STYLE.subtitle,
    name: '副标题与落款',
    role: 'kaiti',
    size: SIZE.body,
    keepNext: true,
    align: 'center',
  },
  { id: STYLE.header, name: '份号密级', role: 'heiti', size: SIZE.body, keepNext: true },
  {
    id: STYLE.redHeader,
    name: '发文机关标志',
    role: 'xiaobiaosong',
    size: RED_HEADER.maxSize,
    keepNext: true,
    offGridLine: 2 * LINE_PITCH,
    align: 'center',
    color: RED_HEADER.color,
    ruleBelow: { color: RED_HEADER.color, width: RED_HEADER.ruleWidth },
  },
  heading(1, '一级标题'),
  heading(2, '二级标题'),
  heading(3, '三级标题'),
  heading(4, '四级标题'),
  { id: STYLE.list, name: '公文列表', basedOn: STYLE.body },
  {
    id: STYLE.cell,
    name: '表格文字',
    role: 'fangsong',
    size: SIZE.cell,
    offGridLine: CELL_LINE,
    noIndent: true,
    // The PDF sets cells at the face's own advance; the body's condensing would fit more a line.
    charSpacing: 0,
    // Nor does it widen the gap between Chinese and Latin or digits: cell lines are measured.
    noAutoSpace: true,
  },
  { id: STYLE.cellHeader, name: '表格表头', basedOn: STYLE.cell, role: 'heiti', align: 'center' },
  {
    id: STYLE.tableCaption,
    name: '表题',
    role: 'heiti',
    size: SIZE.caption,
    keepNext: true,
    align: 'center',
  },
  { id: STYLE.figureCaption, name: '图题', role: 'kaiti', size: SIZE.caption, align: 'center' },
  { id: STYLE.toc, name: '目录', role: 'fangsong', size: SIZE.body },
];

function rPr(s: StyleSpec): string {
  let out = '';
  if (s.role) {
    const f = DOCX_FACES[s.role];
    out += `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`;
  }
  if (s.bold !== undefined) out += s.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>';
  if (s.color) out += `<w:color w:val="${s.color}"/>`;
  if (s.charSpacing !== undefined) out += `<w:spacing w:val="${s.charSpacing}"/>`;
  if (s.size) out += `<w:sz w:val="${s.size * 2}"/><w:szCs w:val="${s.size * 2}"/>`;
  return out ? `<w:rPr>${out}</w:rPr>` : '';
}

/** Paragraph properties in schema order. */
function pPr(s: StyleSpec): string {
  let out = '';
  if (s.keepNext) out += '<w:keepNext/>';
  if (s.keepLines) out += '<w:keepLines/>';
  if (s.ruleBelow) {
    const { color, width } = s.ruleBelow;
    out += `<w:pBdr><w:bottom w:val="single" w:sz="${width * 8}" w:space="0" w:color="${color}"/></w:pBdr>`;
  }
  // No w:overflowPunct: stops hang past the margin, Word's default and the PDF's (HANGING in
  // line-break.ts). An explicit value cannot say it to both: LibreOffice reads it backwards
  // (w:val="0" hangs there, "1" does not), so only its absence means the same in each.
  if (s.noAutoSpace) out += '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
  if (s.offGridLine) out += '<w:snapToGrid w:val="false"/>';
  if (s.offGridLine) out += `<w:spacing w:line="${s.offGridLine}" w:lineRule="exact"/>`;
  if (s.indentFirstLine) out += BODY_INDENT;
  if (s.noIndent) out += '<w:ind w:firstLine="0" w:firstLineChars="0"/>';
  if (s.align) out += `<w:jc w:val="${s.align}"/>`;
  if (s.outline !== undefined) out += `<w:outlineLvl w:val="${s.outline}"/>`;
  return out ? `<w:pPr>${out}</w:pPr>` : '';
}

const styleXml = (s: StyleSpec): string =>
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${s.id}"><w:name w:val="${s.name}"/>` +
  (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : '') +
  `<w:qFormat/>${pPr(s)}${rPr(s)}</w:style>`;

/** The styles, to go at the end of docx's word/styles.xml. */
export const briefingStylesXml = (): string => SPECS.map(styleXml).join('');
