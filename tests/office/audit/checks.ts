// The audit's checks of one generated document: title and cell breaks, lost text, covered attachments.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Lexicon } from '../../../electron/core/documents/words/lexicon';
import { figureBoundaries, wordBoundaries } from '../../../electron/core/documents/words/segment';
import { run } from '../tools';
import { type Line, pdfLines, stackedPairs } from './pdf-lines';

/** Title lines are 二号 (22 pt: poppler's box ~31 pt), body 三号 (~23 pt), table text 小四 (~17 pt). */
const TITLE_BOX = 28;
const CELL_BOX = 20;

const squeeze = (s: string) => s.replace(/\s/g, '');
const PAGE_NUMBER = /^—?\d+—?$/;

/** `a|b` when the break between two stacked lines falls inside a word, by the app's word layer. */
function splitInsideWord(a: Line, b: Line, lexicon: Lexicon): string | null {
  const head = squeeze(a.text);
  const tail = squeeze(b.text);
  if (!head || !tail) return null;
  const bounds = wordBoundaries(head + tail, lexicon);
  return bounds[[...head].length] === 1 ? null : `${head}|${tail}`;
}

export interface Finding {
  page: number;
  what: string;
}

/** Title breaks inside a word (GB/T 9704 7.3.3): every page's 二号 lines, stacked. */
export function titleSplits(lines: readonly Line[], lexicon: Lexicon): Finding[] {
  return stackedPairs(lines, (l) => l.yMax - l.yMin > TITLE_BOX).flatMap(([a, b]) => {
    const split = splitInsideWord(a, b, lexicon);
    return split ? [{ page: a.page, what: split }] : [];
  });
}

/**
 * The name (the workspace's lexicon) or figure with its unit that the break between `head` and
 * `tail` falls inside, or null. A name longer than either line must break somewhere: between its
 * own words (张家川县|工业园区) it is not split.
 */
function brokenWord(head: string, tail: string, lexicon: Lexicon): string | null {
  const chars = [...(head + tail)];
  const at = [...head].length;
  if (figureBoundaries(head + tail)[at] === 0) return `${head}|${tail}`;
  // After a dash (天水市区—|张家川县) a line may always end.
  if (/[—–-]$/u.test(head)) return null;
  for (let i = Math.max(0, at - 20); i < at; i += 1) {
    const n = lexicon.matchAt(chars, i);
    if (i + n <= at) continue;
    const word = chars.slice(i, i + n).join('');
    const longest = Math.max([...head].length, [...tail].length);
    if (n > longest && wordBoundaries(word)[at - i] === 1) continue;
    return `${head}|${tail}（${word}）`;
  }
  return null;
}

/** A name or a figure with its unit split across two lines of one table cell. */
export function cellSplits(lines: readonly Line[], lexicon: Lexicon): Finding[] {
  const small = (l: Line) => l.yMax - l.yMin < CELL_BOX && !PAGE_NUMBER.test(squeeze(l.text));
  return stackedPairs(lines, small).flatMap(([a, b]) => {
    const split = brokenWord(squeeze(a.text), squeeze(b.text), lexicon);
    return split ? [{ page: a.page, what: split }] : [];
  });
}

/** The DOCX's body paragraphs (outside tables, headers, the contents field), in order. */
export function docxParagraphs(docxPath: string): string[] {
  const zip = unzipSync(readFileSync(docxPath));
  const xml = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
  const body = xml
    .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')
    .replace(/<w:tbl [\s\S]*?<\/w:tbl>/g, '');
  const out: string[] = [];
  for (const p of body.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    if (/<w:pStyle w:val="(TOC|toc)/.test(p) || /<w:instrText/.test(p)) continue;
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const clean = squeeze(
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    if (clean) out.push(clean);
  }
  return out;
}

/**
 * Paragraphs of the DOCX that the PDF's text layer does not hold whole (the DOCX keeps every
 * word: "（金额单位：万" in the PDF was text lost by clipping). Page numbers between two pages
 * are taken out of the PDF's text first.
 */
export function lostText(pdfPath: string, docxPath: string): Finding[] {
  const raw = run('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-']).stdout;
  const text = squeeze(raw.split('\f').join('')).replace(/—\d+—/g, '');
  // A pack's 份号 (001) is drawn as outlines, out of the text layer, on purpose.
  return docxParagraphs(docxPath)
    .filter((p) => !/^\d{1,6}$/.test(p) && !text.includes(p.replace(/—\d+—/g, '')))
    .map((p) => ({ page: 0, what: p.length > 40 ? `${p.slice(0, 40)}…` : p }));
}

/**
 * Pack pages where something is covered or does not fit: a page not A4 portrait, or our page
 * number's box overlapping another text on the page (an attachment's line under it).
 */
export function coveredPages(pdfPath: string): Finding[] {
  const { pages, lines } = pdfLines(pdfPath);
  const findings: Finding[] = [];
  pages.forEach((box, i) => {
    const page = i + 1;
    if (Math.abs(box.width - 595.28) > 1.5 || Math.abs(box.height - 841.89) > 1.5)
      findings.push({
        page,
        what: `${box.width.toFixed(0)}×${box.height.toFixed(0)} pt，不是 A4 竖版`,
      });
    const onPage = lines.filter((l) => l.page === page);
    const numbers = onPage.filter(
      (l) => /^—\d+—$/.test(squeeze(l.text)) && l.yMin > box.height * 0.85,
    );
    const over = numbers.flatMap((number) =>
      onPage.filter(
        (l) =>
          l !== number &&
          l.xMin < number.xMax + 2 &&
          l.xMax > number.xMin - 2 &&
          l.yMin < number.yMax + 2 &&
          l.yMax > number.yMin - 2,
      ),
    );
    for (const l of over)
      findings.push({ page, what: `页码压住“${squeeze(l.text).slice(0, 20)}”` });
  });
  return findings;
}
