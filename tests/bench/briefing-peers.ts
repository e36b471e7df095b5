/*
 * The same briefing for the peers we bench against: a pdfmake document definition and an HTML
 * page for Chromium's print-to-PDF, both from the prepared model our writers read, with the same
 * faces, sizes, margins and 22-line pitch. Text blocks only (the bench briefing has no pictures).
 */
import type {
  PreparedBlock,
  PreparedBriefing,
  PreparedRun,
} from '../../electron/core/documents/prepare';
import { KEY_VALUE_SEPARATOR } from '../../electron/core/documents/prepare';
import type { PdfmakeContent, PdfmakeDocument } from './pdfmake';

const MM = 72 / 25.4;
/** GB/T 9704: margins top 37, bottom 35, left 28, right 26 mm; 22 lines in 225 mm. */
const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 };
const PITCH_PT = (225 * MM) / 22;
const BODY = 16;
/** Heading faces by level, as HEADING_FACE: 黑体, 楷体 (serif here), 仿宋 bold, 仿宋. */
const HEADING = {
  1: { sans: true, bold: false },
  2: { sans: false, bold: false },
  3: { sans: false, bold: true },
  4: { sans: false, bold: false },
} as const;

const rows = (b: Extract<PreparedBlock, { kind: 'table' }>) => [
  ...b.rows,
  ...(b.totals ? [b.totals] : []),
];

// ---------- pdfmake ----------

const runsContent = (runs: readonly PreparedRun[]) =>
  runs.map((r) => ({ text: r.text, bold: r.bold }));
const para = (
  text: PdfmakeContent['text'],
  extra: Partial<PdfmakeContent> = {},
): PdfmakeContent => ({
  text,
  fontSize: BODY,
  lineHeight: PITCH_PT / (BODY * 1.17),
  leadingIndent: 2 * BODY,
  alignment: 'justify',
  ...extra,
});

function pdfmakeBlock(b: PreparedBlock): PdfmakeContent[] {
  switch (b.kind) {
    case 'heading': {
      const face = HEADING[b.level];
      return [
        para(b.label + b.text, {
          font: face.sans ? 'Sans' : 'Serif',
          bold: face.bold,
          headlineLevel: b.level,
        }),
      ];
    }
    case 'paragraph':
      return [para(runsContent(b.runs))];
    case 'keyValue':
      return b.items.map((i) =>
        para([
          { text: i.key + KEY_VALUE_SEPARATOR, bold: true },
          { text: i.value, bold: false },
        ]),
      );
    case 'list':
      return b.items.map((i) => para([{ text: i.marker, bold: false }, ...runsContent(i.runs)]));
    case 'table':
      return [
        { text: b.caption, font: 'Sans', fontSize: 14, alignment: 'center' },
        {
          fontSize: 12,
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: b.columns.map((c) => `${(c.width * 100).toFixed(2)}%`),
            body: [
              b.columns.map((c) => ({ text: c.title, font: 'Sans', alignment: 'center' as const })),
              ...rows(b).map((r) =>
                r.map((cell, k) => ({ text: cell, alignment: b.columns[k]?.align ?? 'left' })),
              ),
            ],
          },
        },
      ];
    default:
      return [];
  }
}

export function pdfmakeDocument(p: PreparedBriefing): PdfmakeDocument {
  const m = MARGIN_MM;
  return {
    pageSize: 'A4',
    pageMargins: [m.left * MM, m.top * MM, m.right * MM, m.bottom * MM],
    info: { title: p.title, author: p.author },
    defaultStyle: { font: 'Serif', fontSize: BODY },
    footer: (page: number) => ({
      text: `— ${page} —`,
      fontSize: 14,
      alignment: page % 2 === 1 ? 'right' : 'left',
      margin: [m.left * MM + 14, 7 * MM, m.right * MM + 14, 0],
    }),
    content: [
      ...p.header.map((h): PdfmakeContent => ({ text: h, font: 'Sans', fontSize: BODY })),
      { text: p.title, fontSize: 22, bold: true, alignment: 'center' },
      ...[p.subtitle, p.byline]
        .filter((s) => s)
        .map((s) => ({ text: s, fontSize: BODY, alignment: 'center' as const })),
      ...p.blocks.flatMap(pdfmakeBlock),
    ],
  };
}

// ---------- HTML for Chromium ----------

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const runsHtml = (runs: readonly PreparedRun[]) =>
  runs.map((r) => (r.bold ? `<b>${esc(r.text)}</b>` : esc(r.text))).join('');

function htmlBlock(b: PreparedBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${esc(b.label + b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${runsHtml(b.runs)}</p>`;
    case 'keyValue':
      return b.items
        .map((i) => `<p><b>${esc(i.key + KEY_VALUE_SEPARATOR)}</b>${esc(i.value)}</p>`)
        .join('');
    case 'list':
      return b.items.map((i) => `<p>${esc(i.marker)}${runsHtml(i.runs)}</p>`).join('');
    case 'table': {
      const cols = b.columns
        .map((c) => `<col style="width:${(c.width * 100).toFixed(2)}%">`)
        .join('');
      const head = b.columns.map((c) => `<th>${esc(c.title)}</th>`).join('');
      const body = rows(b)
        .map(
          (r) =>
            `<tr>${r.map((cell, k) => `<td style="text-align:${b.columns[k]?.align ?? 'left'}">${esc(cell)}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<div class="cap">${esc(b.caption)}</div><table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
    default:
      return '';
  }
}

/** Fonts are fetched from `fontBase` (the bench serves the shipped faces there). */
export function briefingHtml(p: PreparedBriefing, fontBase: string): string {
  const css = `
@font-face { font-family: Serif; src: url(${fontBase}/serif.ttf); }
@font-face { font-family: Serif; font-weight: bold; src: url(${fontBase}/serifBold.ttf); }
@font-face { font-family: Sans; src: url(${fontBase}/sans.ttf); }
@page { size: A4; margin: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm; }
body { margin: 0; font: ${BODY}pt/${PITCH_PT.toFixed(3)}pt Serif; letter-spacing: -0.23pt; }
p, h1, h2, h3, h4 { margin: 0; text-indent: 2em; text-align: justify; font-size: ${BODY}pt; font-weight: normal; }
h1 { font-family: Sans; } h3 { font-weight: bold; } h1, h2, h3, h4 { break-after: avoid; }
.title { font-size: 22pt; font-weight: bold; text-align: center; }
.center { text-align: center; } .cap { font: 14pt Sans; text-align: center; break-after: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 1.45; }
th { font-family: Sans; font-weight: normal; } td, th { border: 0.6pt solid #000; padding: 3pt 4pt; }
tr { break-inside: avoid; }`;
  const top = [
    ...p.header.map((h) => `<div style="font-family:Sans">${esc(h)}</div>`),
    `<div class="title">${esc(p.title)}</div>`,
    ...[p.subtitle, p.byline].filter((s) => s).map((s) => `<div class="center">${esc(s)}</div>`),
  ];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head><body>${top.join('')}${p.blocks.map(htmlBlock).join('')}</body></html>`;
}

/** Chromium's footer: `— N —`, odd pages right, even left (its footer cannot load our faces). */
export const CHROMIUM_FOOTER = `<div style="width:100%;font-size:14pt;padding:0 ${MARGIN_MM.right}mm 0 ${MARGIN_MM.left}mm;text-align:right">— <span class="pageNumber"></span> —</div>`;
