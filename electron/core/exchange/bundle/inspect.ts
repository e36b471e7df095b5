// Reports what a zip or .dossier holds, after the same checks an import makes of its directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decryptFile, isEncrypted } from './encryption';
import { PASSWORD_REQUIRED, refuse } from './refusal';
import { MANIFEST_ENTRY } from './write-bundle';
import { fileHead, ZipReader } from './zip-reader';
import { MAX_MANIFEST_BYTES } from './read-bundle';

export interface InspectReport {
  encrypted: boolean;
  format: string | null;
  formatVersion: number | null;
  counts: Record<string, number> | null;
  entries: {
    name: string;
    size: number;
    compressedSize: number;
    encoding: string;
    directory: boolean;
  }[];
}

/** What a zip or .dossier holds, after the same checks an import makes of its directory. */
export async function inspectFile(path: string, password?: string): Promise<InspectReport> {
  const temp = await mkdtemp(join(tmpdir(), 'dossier-inspect-'));
  try {
    let zipPath = path;
    const encrypted = isEncrypted(await fileHead(path, 32));
    if (encrypted) {
      if (!password) throw refuse(PASSWORD_REQUIRED, 'password');
      zipPath = join(temp, 'bundle.zip');
      await decryptFile(path, zipPath, password);
    }
    const zip = await ZipReader.open(zipPath);
    try {
      const manifestEntry = zip.find(MANIFEST_ENTRY);
      type Loose = { format?: unknown; formatVersion?: unknown; counts?: unknown } | null;
      let manifest: Loose = null as Loose;
      if (manifestEntry) {
        try {
          manifest = JSON.parse(
            (await zip.bytes(manifestEntry, MAX_MANIFEST_BYTES, 'manifest.json ')).toString('utf8'),
          ) as typeof manifest;
        } catch {
          manifest = null;
        }
      }
      return {
        encrypted,
        format: typeof manifest?.format === 'string' ? manifest.format : null,
        formatVersion: typeof manifest?.formatVersion === 'number' ? manifest.formatVersion : null,
        counts:
          manifest?.counts && typeof manifest.counts === 'object'
            ? (manifest.counts as Record<string, number>)
            : null,
        entries: zip.entries.map((e) => ({
          name: e.name,
          size: e.size,
          compressedSize: e.compressedSize,
          encoding: e.encoding,
          directory: e.directory,
        })),
      };
    } finally {
      zip.close();
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
