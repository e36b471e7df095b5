/*
 * The briefing engine against the ways other apps make PDFs, side by side in one run: the same
 * ~100-page briefing through our PDF writer, pdfmake and Chromium's print-to-PDF (all warm: fonts
 * loaded, browser launched), then as DOCX, then peak memory at 500 pages in a fresh process.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { chromium } from 'playwright-core';
import { briefingText } from '../../electron/core/documents/briefing-text';
import { DRAFT_MARK } from '../../electron/core/documents/docx/furniture';
import { writeBriefingDocx } from '../../electron/core/documents/docx/write-docx';
import { loadFontSet } from '../../electron/core/documents/fonts/font-set';
import { shippedFacePath, type ShippedFace } from '../../electron/core/documents/fonts/shipped';
import { writeBriefingPdf } from '../../electron/core/documents/pdf/write-pdf';
import { prepareBriefing } from '../../electron/core/documents/prepare';
import { firstLineMissing } from '../office/page-text';
import { rawPageTexts, run, scratchDir } from '../office/tools';
import { briefingHtml, CHROMIUM_FOOTER, pdfmakeDocument } from './briefing-peers';
import { loadPdfmake } from './pdfmake';
import { briefingOf } from './pdf-bench';
import { median, type BenchRow } from './report';

const RUNS = 7;

/** Median of `runs` calls after one unmeasured warm-up; the last output is kept for checking. */
async function timed(build: () => Promise<Uint8Array>, runs = RUNS) {
  let bytes = await build();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    bytes = await build();
    times.push(performance.now() - t);
  }
  return { ms: median(times), n: runs, bytes };
}

/** What poppler makes of a PDF: pages, font types, whether the briefing's text is all there. */
function check(name: string, bytes: Uint8Array, text: readonly string[], dir: string) {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  const fontTypes = run('pdffonts', [path])
    .stdout.split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => /\s(Type 3|TrueType|CID TrueType|CID Type 0C?|Type 1C?)\s/.exec(l)?.[1] ?? '?');
  // Page numbers (first or last on a page, by writer) and our 草稿 watermark (first) would split
  // a paragraph that runs over a page.
  const furniture = new RegExp(`^${DRAFT_MARK}|^—\\d+—|—\\d+—$`, 'g');
  const pages = rawPageTexts(path).map((page) => page.replace(furniture, ''));
  const missing = firstLineMissing(text, pages.join(''));
  console.log(
    `  ${name}: fonts ${[...new Set(fontTypes)].join(', ')}; text ${missing === null ? 'complete, in order' : `first line missing: ${missing.slice(0, 40)}`}`,
  );
}

const pageCount = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();

async function chromiumPdf(html: string) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const page = await browser.newPage();
  const faces: ShippedFace[] = ['serif', 'serifBold', 'sans'];
  const { readFile } = await import('node:fs/promises');
  const bodies = new Map<string, Buffer>(
    await Promise.all(
      faces.map(async (f) => [`${f}.ttf`, await readFile(shippedFacePath(f, []) ?? '')] as const),
    ),
  );
  await page.route('https://fonts.bench/**', (route) =>
    route.fulfill({
      body: bodies.get(route.request().url().split('/').pop() ?? ''),
      contentType: 'font/ttf',
    }),
  );
  const build = async () => {
    await page.setContent(html);
    // A string, so this Node-typed file needs no DOM types.
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    return new Uint8Array(
      await page.pdf({
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: CHROMIUM_FOOTER,
      }),
    );
  };
  return { build, close: () => browser.close() };
}

function peakRss(mode: 'build' | 'baseline') {
  const script = new URL('./briefing-rss.ts', import.meta.url).pathname;
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, mode], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { pages: number; peakMiB: number };
}

export async function benchBriefing(): Promise<BenchRow[]> {
  const model = briefingOf(100);
  const prepared = prepareBriefing(model);
  const text = briefingText(model);
  const dir = scratchDir('dossier-bench-briefing-');

  const fonts = await loadFontSet({ discover: false });
  const ours = await timed(async () => {
    const result = await writeBriefingPdf(model, { fontSet: fonts });
    if (!result.ok) throw new Error(result.message);
    return result.bytes;
  });

  const pdfmake = loadPdfmake();
  const definition = () => pdfmakeDocument(prepared);
  const peer = await timed(
    async () => new Uint8Array(await pdfmake.createPdf(definition()).getBuffer()),
    5,
  );

  const chrome = await chromiumPdf(briefingHtml(prepared, 'https://fonts.bench'));
  const printed = await timed(chrome.build, 5).finally(() => chrome.close());

  const docx = await timed(async () => (await writeBriefingDocx(model)).bytes);
  const big = peakRss('build');
  const base = peakRss('baseline');

  const pages = {
    ours: await pageCount(ours.bytes),
    pdfmake: await pageCount(peer.bytes),
    chromium: await pageCount(printed.bytes),
  };
  console.log(
    `briefing: pages — ours ${pages.ours}, pdfmake ${pages.pdfmake}, chromium ${pages.chromium}`,
  );
  check('ours', ours.bytes, text, dir);
  check('pdfmake', peer.bytes, text, dir);
  check('chromium', printed.bytes, text, dir);
  console.log(
    `  speed-up: ×${(peer.ms / ours.ms).toFixed(1)} over pdfmake, ×${(printed.ms / ours.ms).toFixed(1)} over Chromium`,
  );
  console.log(
    `  500 pages: ${big.pages} pages, peak RSS ${big.peakMiB.toFixed(0)} MiB (the same child without building: ${base.peakMiB.toFixed(0)} MiB)`,
  );

  const row = (name: string, median: number, unit: string, n: number): BenchRow => ({
    name: `briefing: ${name}`,
    median,
    unit,
    n,
  });
  return [
    row('100-page PDF, this engine, warm', ours.ms, 'ms', ours.n),
    row('100-page PDF, pdfmake, warm', peer.ms, 'ms', peer.n),
    row('100-page PDF, Chromium print-to-PDF, warm', printed.ms, 'ms', printed.n),
    row('pages: this engine', pages.ours, 'pages', 1),
    row('pages: pdfmake', pages.pdfmake, 'pages', 1),
    row('pages: Chromium', pages.chromium, 'pages', 1),
    row('same briefing as DOCX, warm', docx.ms, 'ms', docx.n),
    row('peak RSS, 500-page PDF in a fresh process', big.peakMiB, 'MiB', 1),
    row('peak RSS, same process without building', base.peakMiB, 'MiB', 1),
  ];
}
