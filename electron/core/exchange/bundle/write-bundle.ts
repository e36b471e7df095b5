// Writes a .dossier bundle: manifest, records.json, attachments and documents under readable names.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DossierError } from '../../api/errors';
import type { Gathered } from '../gather';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type BundleManifest,
  type ExchangeScope,
} from '../types';
import { encryptingStream } from './encryption';
import { safeSegment, uniqueName } from './entry-names';
import { ZipWriter } from './zip-writer';

export const MANIFEST_ENTRY = 'manifest.json';
export const RECORDS_ENTRY = 'records.json';
export const DOCUMENTS_FOLDER = '文档';

export interface BundleHeader {
  appVersion: string;
  workspaceName: string;
  sender: string;
  createdAt: string;
  scope: ExchangeScope;
}

/** Formats worth deflating; everything else (PDF, pictures, Office files) is stored as is. */
const DEFLATE = /\.(txt|csv|json|xml|html?|md|rtf|svg|log)$/i;
/** Attachments are read in chunks of this size: big enough that per-chunk costs do not count. */
const READ_CHUNK = 1024 * 1024;

/** A file's bytes, hashed on the way; refused when they are not the bytes that were recorded. */
async function* checked(
  path: string,
  expected: string,
  label: string,
  onDone: (sha256: string, size: number) => void,
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    size += bytes.length;
    yield bytes;
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== expected) {
    throw new DossierError('store', `${label}的文件已损坏（内容与记录的 SHA-256 不符），未导出。`);
  }
  onDone(sha256, size);
}

/** The zip's entries for the attachments: 项目名/文件名, readable and unique. */
function attachmentEntries(gathered: Gathered): string[] {
  const taken = new Set<string>([MANIFEST_ENTRY, RECORDS_ENTRY].map((n) => n.toLowerCase()));
  const folders = new Map<string, string>();
  return gathered.attachments.map(({ folio, ref }) => {
    let folder = folders.get(folio.id);
    if (folder === undefined) {
      folder = uniqueName(safeSegment(folio.name, '项目'), taken);
      folders.set(folio.id, folder);
    }
    return uniqueName(`${folder}/${safeSegment(ref.name, '附件', 120)}`, taken);
  });
}

/**
 * Writes a .dossier: records.json, the attachments under readable names, generated documents
 * when gathered, and manifest.json last (it carries every other entry's SHA-256). Files are
 * streamed, never held whole. With a password the whole zip is encrypted. The file appears at
 * `target` only when complete.
 */
export async function writeBundle(
  gathered: Gathered,
  target: string,
  header: BundleHeader,
  password?: string,
): Promise<{ manifest: BundleManifest; bytes: number }> {
  const encrypt = password ? await encryptingStream(password) : null;
  const names = attachmentEntries(gathered);
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const documents = gathered.documents.map((doc) => ({
    doc,
    name: uniqueName(`${DOCUMENTS_FOLDER}/${safeSegment(doc.name, '文档', 120)}`, taken),
  }));
  const attachments: BundleManifest['attachments'] = gathered.attachments.map(
    ({ folio, ref }, i) => ({
      entry: names[i] ?? '',
      sha256: ref.sha256,
      size: ref.size,
      folioId: folio.id,
    }),
  );
  const counts: Record<string, number> = {};
  for (const [collection, list] of Object.entries(gathered.payload.records))
    counts[collection] = list.length;
  counts.tombstones = gathered.payload.tombstones.length;
  counts.attachments = attachments.length;
  counts.documents = gathered.documents.length;

  const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.dossier.tmp`);
  const output = new PassThrough();
  const file = createWriteStream(temp, { flags: 'wx' });
  const written = encrypt ? pipeline(output, encrypt, file) : pipeline(output, file);
  // Awaited below; handled here too, so a failure while entries are still being added is not
  // reported as an unhandled rejection.
  written.catch(() => undefined);
  const zip = new ZipWriter(output);
  const mtime = new Date(header.createdAt);
  const entries: BundleManifest['entries'] = [];
  const fill = async (): Promise<BundleManifest> => {
    const records = Buffer.from(JSON.stringify(gathered.payload), 'utf8');
    // Level 1: most of the gain of deflate on JSON at a fraction of the time.
    await zip.addBuffer(RECORDS_ENTRY, records, { mtime, level: 1 });
    entries.push({
      name: RECORDS_ENTRY,
      sha256: createHash('sha256').update(records).digest('hex'),
      size: records.length,
    });
    const addFile = async (name: string, path: string, expected: string, label: string) => {
      const level = DEFLATE.test(name) ? 6 : undefined;
      const source = checked(path, expected, label, (sha256, size) =>
        entries.push({ name, sha256, size }),
      );
      await zip.addStream(name, Readable.from(source), { mtime, level });
    };
    for (const [i, { folio, ref, path }] of gathered.attachments.entries()) {
      const label = `项目“${folio.name}”的附件“${ref.name}”`;
      await addFile(names[i] ?? '', path, ref.sha256, label);
    }
    for (const { doc, name } of documents)
      await addFile(name, doc.path, doc.sha256, `生成的文档“${doc.name}”`);
    // Last: it carries every other entry's SHA-256.
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      appVersion: header.appVersion,
      schemaVersion: gathered.payload.schemaVersion,
      workspaceId: gathered.payload.workspaceId,
      workspaceName: header.workspaceName,
      sender: header.sender,
      createdAt: header.createdAt,
      scope: header.scope,
      counts,
      entries,
      attachments,
    };
    await zip.addBuffer(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 1), 'utf8'), {
      mtime,
    });
    await zip.finish();
    return manifest;
  };
  try {
    const filling = fill();
    // Whichever fails first is the reason; the other is then torn down with it.
    const manifest = await filling.catch((error: unknown) => {
      output.destroy(error instanceof Error ? error : new Error(String(error)));
      throw error;
    });
    await written;
    await rename(temp, target);
    return { manifest, bytes: (await stat(target)).size };
  } catch (error) {
    await written.catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (error instanceof DossierError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DossierError('internal', `卷宗文件写入失败：${reason}`);
  }
}
