// The lines poppler finds on a PDF's pages, with their boxes: what the audit's layout checks read.
import { run } from '../tools';

export interface Line {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface PageBox {
  width: number;
  height: number;
}

const WORD =
  /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * Every page's runs of text: poppler's words on one baseline joined while the gap between them is
 * under a third of their height (a table's cells on one row stay apart, a justified line stays whole).
 */
export function pdfLines(pdfPath: string): { pages: PageBox[]; lines: Line[] } {
  const html = run('pdftotext', ['-bbox', pdfPath, '-']).stdout;
  const pages: PageBox[] = [];
  const lines: Line[] = [];
  for (const page of html.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    pages.push({ width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) });
    const words = [...page.matchAll(WORD)].map((m) => ({
      page: pages.length,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: unescape(m[5] ?? ''),
    }));
    words.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    for (const w of words) {
      const h = w.yMax - w.yMin;
      const last = lines.findLast(
        (l) =>
          l.page === w.page &&
          Math.abs(l.yMin - w.yMin) < 1 &&
          Math.abs(l.yMax - l.yMin - h) < 1 &&
          w.xMin - l.xMax < h * 0.3 &&
          w.xMin >= l.xMin,
      );
      if (last) {
        last.text += w.text;
        last.xMax = Math.max(last.xMax, w.xMax);
      } else lines.push({ ...w });
    }
  }
  return { pages, lines };
}

/** Lines of one size band, each with the line set directly under it in the same column. */
export function stackedPairs(lines: readonly Line[], keep: (l: Line) => boolean): [Line, Line][] {
  const pairs: [Line, Line][] = [];
  const kept = lines.filter(keep);
  for (const a of kept) {
    const h = a.yMax - a.yMin;
    const below = kept
      .filter(
        (b) =>
          b.page === a.page &&
          b.yMin > a.yMin + h * 0.5 &&
          b.yMin < a.yMin + h * 1.2 &&
          b.xMin < a.xMax &&
          b.xMax > a.xMin,
      )
      .sort((x, y) => x.yMin - y.yMin)[0];
    if (below) pairs.push([a, below]);
  }
  return pairs;
}
