// Runs the outside tools the office tests use: LibreOffice, poppler, qpdf, python3, in scratch folders.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs a tool we did not write; throws with its output when it cannot start. */
export function run(command: string, args: readonly string[], env?: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: env ?? process.env,
    maxBuffer: 256 * 2 ** 20,
  });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A folder for this test file's files, removed when the worker exits. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function writeIn(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Debian's python3 has python3-docx; a pyenv shim ahead of it on PATH may not. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

let profile: string | undefined;

/**
 * Converts a DOCX to PDF with LibreOffice headless. Each test worker has its own profile
 * (`-env:UserInstallation`): two soffice processes on one profile wait on each other or fail.
 */
export function libreOfficePdf(docxPath: string, outDir: string, env?: NodeJS.ProcessEnv) {
  profile ??= scratchDir('dossier-lo-profile-');
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--norestore',
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    docxPath,
  ];
  const result = run('soffice', args, env);
  const pdfPath = join(outDir, docxPath.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
  return { ...result, pdfPath, made: existsSync(pdfPath) };
}

export function pageCount(pdfPath: string): number {
  const info = run('pdfinfo', [pdfPath]).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
}

/** Text in content-stream order, one string per page, whitespace removed. */
export function rawPageTexts(pdfPath: string, env?: NodeJS.ProcessEnv): string[] {
  const text = run('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], env).stdout;
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s/g, ''));
}

export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Renders one page to 8-bit grey with poppler's pdftoppm (PGM). */
export function renderGray(
  pdfPath: string,
  page: number,
  dpi: number,
  outPrefix: string,
  env?: NodeJS.ProcessEnv,
): GrayImage {
  const args = ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page)];
  const result = run('pdftoppm', [...args, '-singlefile', pdfPath, outPrefix], env);
  if (result.status !== 0) throw new Error(`pdftoppm: ${result.stderr}`);
  const data = readFileSync(`${outPrefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 32).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no 8-bit PGM');
  const [all, width, height] = header;
  return { width: Number(width), height: Number(height), pixels: data.subarray(all.length) };
}

/** Pixels darker than `below` inside a box given in PDF points from the page's top left. */
export function inkIn(
  image: GrayImage,
  dpi: number,
  box: { xMin: number; yMin: number; xMax: number; yMax: number },
  below = 128,
): number {
  const s = dpi / 72;
  const [x0, x1] = [Math.floor(box.xMin * s), Math.min(image.width, Math.ceil(box.xMax * s))];
  const [y0, y1] = [Math.floor(box.yMin * s), Math.min(image.height, Math.ceil(box.yMax * s))];
  let dark = 0;
  for (let y = Math.max(0, y0); y < y1; y += 1)
    for (let x = Math.max(0, x0); x < x1; x += 1)
      if ((image.pixels[y * image.width + x] ?? 255) < below) dark += 1;
  return dark;
}

/** Words poppler finds on a page, with their boxes in points (pdftotext -bbox). */
export function wordBoxes(pdfPath: string, page: number, env?: NodeJS.ProcessEnv) {
  const args = ['-bbox', '-f', String(page), '-l', String(page), pdfPath, '-'];
  const html = run('pdftotext', args, env).stdout;
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5] ?? '',
  }));
}
