// Test helper: a PDF page rendered gray by pdftoppm, and the dark pixels inside a box.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from '../../../helpers/temp-dir';

/** A page rendered by poppler as 8-bit gray: 0 is black, 255 white. */
export interface GrayPage {
  width: number;
  height: number;
  /** Points per pixel. */
  scale: number;
  at(x: number, y: number): number;
}

/** Renders page `page` (1-based) with pdftoppm at `dpi`, parsed from its PGM output. */
export async function renderGray(bytes: Uint8Array, page: number, dpi = 36): Promise<GrayPage> {
  const file = join(await makeTempDir('dossier-raster-'), 'in.pdf');
  await writeFile(file, bytes);
  const run = spawnSync(
    'pdftoppm',
    ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', file],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const out = run.stdout;
  // P5 <width> <height> <max>\n<bytes>
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(out.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`pdftoppm: ${run.stderr.toString()}`);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = out.subarray(header[0].length);
  return {
    width,
    height,
    scale: 72 / dpi,
    at: (x, y) => data[y * width + x] ?? 255,
  };
}

/** Dark pixels (< 128) in a box given in PDF points from the page's top-left corner. */
export function inkIn(
  page: GrayPage,
  box: { left: number; top: number; width: number; height: number },
): number {
  let dark = 0;
  const px = (v: number) => Math.round(v / page.scale);
  for (let y = px(box.top); y < Math.min(page.height, px(box.top + box.height)); y += 1)
    for (let x = px(box.left); x < Math.min(page.width, px(box.left + box.width)); x += 1)
      if (page.at(x, y) < 128) dark += 1;
  return dark;
}
