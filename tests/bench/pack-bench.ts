// Bench of the meeting pack: ~300 pages (30 briefs, 20 attached PDFs), time and peak memory from cold.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadFontSet } from '../../electron/core/documents/fonts/font-set';
import { assemblePack } from '../../electron/core/documents/pack/assemble-pack';
import type { PackSpec } from '../../electron/core/documents/pack/spec';
import type { FontSet } from '../../electron/core/documents/fonts/font-set';
import { embeddedFonts } from '../core/documents/helpers/embedded-fonts';
import { BENCH_COPIES, benchPackSpec } from './pack-fixture';
import { median, type BenchRow } from './report';

const PEAK = fileURLToPath(new URL('./pack-peak.ts', import.meta.url));

async function build(spec: PackSpec, fonts: FontSet) {
  const t = performance.now();
  const result = await assemblePack(spec, {
    duplex: true,
    copyNumbers: BENCH_COPIES,
    fontSet: fonts,
  });
  if (!result.ok) throw new Error(result.message);
  return { ms: performance.now() - t, result };
}

/** Peak memory of a whole process building one pack from cold (fonts loaded too). */
function peak(): { ms: number; peakMiB: number; startMiB: number; pages: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', PEAK], { encoding: 'utf8' });
  const parsed = JSON.parse(child.stdout || '{}') as Partial<ReturnType<typeof peak>>;
  if (typeof parsed.peakMiB !== 'number') throw new Error(`pack peak failed: ${child.stderr}`);
  return {
    ms: parsed.ms ?? NaN,
    peakMiB: parsed.peakMiB,
    startMiB: parsed.startMiB ?? NaN,
    pages: parsed.pages ?? 0,
  };
}

/**
 * The meeting pack (issue 5): 30 project briefs + 20 attached 10-page PDFs (~300 pages), duplex,
 * 3 numbered copies. Goal: < 3 s, < 600 MB, each face embedded once.
 */
export async function benchPack(): Promise<BenchRow[]> {
  const spec = await benchPackSpec();
  const fonts = await loadFontSet({ discover: false });
  const runs = 5;
  const times: number[] = [];
  let last = (await build(spec, fonts)).result;
  for (let i = 0; i < runs; i += 1) {
    const run = await build(spec, fonts);
    times.push(run.ms);
    last = run.result;
  }
  if (!last.ok) throw new Error('pack failed');
  const copy = last.copies[0]?.bytes ?? new Uint8Array();
  const faces = await embeddedFonts(copy);
  const cold = peak();
  console.log(
    `pack: ${last.pageCount} pages, ${last.copies.length} copies of ${(copy.length / 2 ** 20).toFixed(1)} MiB, ` +
      `fonts: ${faces.map((f) => f.baseFont).join(', ')}; cold process: ${cold.ms.toFixed(0)} ms, ` +
      `rss ${cold.startMiB.toFixed(0)} MiB before the build`,
  );
  return [
    {
      name: `pack: ${last.pageCount} pages × 3 copies, warm`,
      median: median(times),
      unit: 'ms',
      n: runs,
    },
    { name: 'pack: same, fresh process incl. loading fonts', median: cold.ms, unit: 'ms', n: 1 },
    { name: 'pack: peak rss of that process', median: cold.peakMiB, unit: 'MiB', n: 1 },
    {
      name: 'pack: embedded font programs (faces used)',
      median: faces.length,
      unit: 'fonts',
      n: 1,
    },
  ];
}
