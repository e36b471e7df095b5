import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
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

function hashing(onDone: (sha256: string, size: number) => void): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
    flush(callback) {
      onDone(hash.digest('hex'), size);
      callback();
    },
  });
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
  const zip = new yazl.ZipFile();
  const entries: BundleManifest['entries'] = [];
  const mtime = new Date(header.createdAt);
  const records = Buffer.from(JSON.stringify(gathered.payload), 'utf8');
  // Level 1: most of the gain of deflate on JSON at a fraction of the time.
  zip.addBuffer(records, RECORDS_ENTRY, { mtime, compressionLevel: 1 });
  entries.push({
    name: RECORDS_ENTRY,
    sha256: createHash('sha256').update(records).digest('hex'),
    size: records.length,
  });

  const names = attachmentEntries(gathered);
  const attachments: BundleManifest['attachments'] = [];
  const addFile = (name: string, path: string, size: number, expected: string, label: string) => {
    zip.addReadStreamLazy(name, { mtime, size, compress: DEFLATE.test(name) }, (callback) => {
      const source = createReadStream(path);
      source.on('error', (error) => callback(error, source));
      const tap = hashing((sha256, actual) => {
        if (sha256 !== expected) {
          zip.emit(
            'error',
            new DossierError(
              'store',
              `${label}的文件已损坏（内容与记录的 SHA-256 不符），未导出。`,
            ),
          );
        }
        entries.push({ name, sha256, size: actual });
      });
      source.once('open', () => callback(null, source.pipe(tap)));
    });
  };
  gathered.attachments.forEach(({ folio, ref, path }, i) => {
    const name = names[i] ?? '';
    addFile(name, path, ref.size, ref.sha256, `项目“${folio.name}”的附件“${ref.name}”`);
    attachments.push({ entry: name, sha256: ref.sha256, size: ref.size, folioId: folio.id });
  });
  const taken = new Set(names.map((n) => n.toLowerCase()));
  for (const doc of gathered.documents) {
    const name = uniqueName(`${DOCUMENTS_FOLDER}/${safeSegment(doc.name, '文档', 120)}`, taken);
    addFile(name, doc.path, doc.size, doc.sha256, `生成的文档“${doc.name}”`);
  }

  const counts: Record<string, number> = {};
  for (const [collection, list] of Object.entries(gathered.payload.records))
    counts[collection] = list.length;
  counts.tombstones = gathered.payload.tombstones.length;
  counts.attachments = attachments.length;
  counts.documents = gathered.documents.length;

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
  // Last, and serialised only when its turn comes: yazl writes entries one after another, so
  // by then every other entry has been hashed into `entries`.
  zip.addReadStreamLazy(MANIFEST_ENTRY, { mtime }, (callback) => {
    const stream = new PassThrough();
    stream.end(Buffer.from(JSON.stringify(manifest, null, 1), 'utf8'));
    callback(null, stream);
  });
  zip.end();

  const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.dossier.tmp`);
  const file = createWriteStream(temp, { flags: 'wx' });
  const output = zip.outputStream as Readable;
  let failure: unknown = null;
  const abort = (error: unknown) => {
    failure ??= error;
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  };
  zip.on('error', abort);
  const done = encrypt ? pipeline(output, encrypt, file) : pipeline(output, file);
  try {
    await done;
    if (failure) throw failure;
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (error instanceof DossierError) throw error;
    if (failure instanceof DossierError) throw failure;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DossierError('internal', `卷宗文件写入失败：${reason}`);
  }
  return { manifest, bytes: (await stat(target)).size };
}
