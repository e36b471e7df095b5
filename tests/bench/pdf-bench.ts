// Bench of the PDF writer: a first build with font loading, then warm builds of 100 and 500 pages.
import { loadFontSet, type FontSet } from '../../electron/core/documents/fonts/font-set';
import type { Briefing } from '../../electron/core/documents/model';
import { writeBriefingPdf } from '../../electron/core/documents/pdf/write-pdf';
import { sampleBriefing } from '../core/documents/helpers/sample-briefing';
import { median, type BenchRow } from './report';

/** Chapters (title, four heading levels, mixed text, a key–value block, a list, a 12-row table). */
export function briefingOf(pages: number): Briefing {
  return sampleBriefing(Math.round(pages / 1.75), { rows: 12 });
}

async function build(model: Briefing, fonts: FontSet) {
  const t = performance.now();
  const result = await writeBriefingPdf(model, { fontSet: fonts });
  if (!result.ok) throw new Error(result.message);
  return { ms: performance.now() - t, pages: result.pageCount, bytes: result.bytes.length };
}

/** Median time of `runs` builds after `warmups` unmeasured ones. */
async function timed(model: Briefing, fonts: FontSet, warmups: number, runs: number) {
  const times: number[] = [];
  let last = { ms: 0, pages: 0, bytes: 0 };
  for (let i = 0; i < warmups + runs; i += 1) {
    last = await build(model, fonts);
    if (i >= warmups) times.push(last.ms);
  }
  return { ms: median(times), pages: last.pages, bytes: last.bytes, n: times.length };
}

/** The PDF writer: a first build with font loading, then warm builds of 100 and 500 pages. */
export async function benchPdf(): Promise<BenchRow[]> {
  const hundred = briefingOf(100);
  const big = briefingOf(500);
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const fonts = await loadFontSet({ discover: false });
  await build(hundred, fonts);
  const coldMs = performance.now() - t0;

  const h = await timed(hundred, fonts, 5, 7);
  const b = await timed(big, fonts, 1, 3);
  // What the engine adds to the process (fonts, one document), not tsx or echarts.
  const rssAdded = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
  console.log(
    `pdf: ${h.pages} pages, ${(h.bytes / 1024).toFixed(0)} KB; ${b.pages} pages, ${(b.bytes / 1024).toFixed(0)} KB`,
  );
  return [
    { name: 'pdf: first 100-page briefing incl. loading fonts', median: coldMs, unit: 'ms', n: 1 },
    { name: 'pdf: 100-page briefing, warm', median: (h.ms * 100) / h.pages, unit: 'ms', n: h.n },
    { name: 'pdf: 500-page briefing, warm', median: (b.ms * 500) / b.pages, unit: 'ms', n: b.n },
    { name: 'pdf: rss added by fonts and a 500-page build', median: rssAdded, unit: 'MiB', n: 1 },
  ];
}
