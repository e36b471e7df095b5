// Test helpers: build a PDF that must build and read it back with pdf.js; run poppler or qpdf on it.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Briefing } from '../../../../electron/core/documents/model';
import {
  writeBriefingPdf,
  type PdfOptions,
} from '../../../../electron/core/documents/pdf/write-pdf';
import { makeTempDir } from '../../../helpers/temp-dir';
import { readPdf, type ReadPdf } from './read-pdf';

/** Builds a PDF that must build, and reads it back with pdf.js. */
export async function buildPdf(
  model: Briefing,
  options: PdfOptions = {},
): Promise<{ bytes: Uint8Array; pageCount: number; read: ReadPdf }> {
  const result = await writeBriefingPdf(model, { fonts: { discover: false }, ...options });
  if (!result.ok) throw new Error(result.message);
  return { bytes: result.bytes, pageCount: result.pageCount, read: await readPdf(result.bytes) };
}

export function hasTool(name: string): boolean {
  return spawnSync('which', [name]).status === 0;
}

/** Runs a poppler or qpdf tool on the PDF (written to a temp file). */
export async function runTool(
  name: string,
  args: readonly string[],
  bytes: Uint8Array,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const file = join(await makeTempDir('dossier-pdf-'), 'briefing.pdf');
  await writeFile(file, bytes);
  const run = spawnSync(name, [...args, file], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
