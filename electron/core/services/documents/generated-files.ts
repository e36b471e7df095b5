// Generated files in the data folder: one folder per generation, written with hashes, found by key.
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeneratedFile, Generation } from '../../model/generation';
import type { RenderedFile } from '../../documents/render/render-task';
import { generationDir } from '../../store/layout';

export const MIME: Record<GeneratedFile['format'], string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Writes the files (temp name, then rename) and describes each with its SHA-256. */
export async function writeGeneratedFiles(
  dataDir: string,
  generationId: string,
  stem: string,
  files: readonly RenderedFile[],
): Promise<GeneratedFile[]> {
  const dir = generationDir(dataDir, generationId);
  await mkdir(dir, { recursive: true });
  const described: GeneratedFile[] = [];
  for (const file of files) {
    const copy = file.copyNumber === null ? '' : `-第${file.copyNumber}份`;
    const name = `${stem}${copy}.${file.format}`;
    const temp = join(dir, `.${file.format}.tmp`);
    await writeFile(temp, file.bytes);
    await rename(temp, join(dir, name));
    described.push({
      format: file.format,
      name,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      bytes: file.bytes.byteLength,
      pageCount: file.pageCount,
      copyNumber: file.copyNumber,
    });
  }
  return described;
}

/** How a file is named in addresses: `pdf`, `docx`, or `pdf-002` for a numbered copy. */
export const fileKey = (file: GeneratedFile): string =>
  file.copyNumber === null ? file.format : `${file.format}-${file.copyNumber}`;

/**
 * A generation's file by key (`pdf`, `docx`, `pdf-002`; a bare format finds the first file of
 * it), as the web shell serves it; null when absent.
 */
export function generatedFilePath(
  dataDir: string,
  generation: Generation,
  key: string,
): { path: string; name: string; mime: string } | null {
  const file =
    generation.files.find((f) => fileKey(f) === key) ??
    generation.files.find((f) => f.format === key);
  if (!file) return null;
  return {
    path: join(generationDir(dataDir, generation.id), file.name),
    name: file.name,
    mime: MIME[file.format],
  };
}
