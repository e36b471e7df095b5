// Stages a received bundle: decrypts, checks every entry against the manifest's sizes and hashes.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { z } from 'zod';
import { SCHEMA_VERSION } from '../../model/collections';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type BundleManifest,
  type StagedBundle,
} from '../types';
import { decryptFile, isEncrypted } from './encryption';
import { manifestSchema, payloadShape } from './manifest-schema';
import { PASSWORD_REQUIRED, refuse } from './refusal';
import { MANIFEST_ENTRY, RECORDS_ENTRY } from './write-bundle';
import {
  DEFAULT_LIMITS,
  fileHead,
  ZipReader,
  type ZipEntryInfo,
  type ZipLimits,
} from './zip-reader';

export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
export const MAX_RECORDS_BYTES = 512 * 1024 * 1024;

export interface StageOptions {
  /** Where the staging folder is made (a fresh one per bundle). */
  stagingRoot: string;
  password?: string;
  limits?: ZipLimits;
  /** The name shown for the file (the upload's or the path's). */
  fileName: string;
}

function parseJson(bytes: Buffer, label: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse(`卷宗中的 ${label} 不是有效的 JSON，文件已损坏。`);
  }
}

function schemaProblem(error: z.ZodError, label: string): Error {
  const issue = error.issues[0];
  const where = issue ? issue.path.map(String).join('.') : '';
  return refuse(
    `卷宗中的 ${label} 不符合格式${where ? `（${where}：${issue?.message ?? ''}）` : ''}，文件已损坏或不是本程序制作的。`,
  );
}

function readManifest(bytes: Buffer): BundleManifest {
  const raw = parseJson(bytes, MANIFEST_ENTRY);
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== BUNDLE_FORMAT)
    throw refuse('压缩包中的 manifest.json 不是卷宗清单，这不是本程序导出的卷宗。');
  if (typeof version === 'number' && version > BUNDLE_FORMAT_VERSION) {
    throw refuse(
      `该卷宗由更新版本的程序制作（格式版本 ${version}，本程序只能读到 ${BUNDLE_FORMAT_VERSION}），请先升级本程序再导入。`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw schemaProblem(parsed.error, MANIFEST_ENTRY);
  return parsed.data;
}

/** Every file entry of the zip but the manifest must be listed in it, with its size, and no other. */
function matchEntries(zip: ZipReader, manifest: BundleManifest): Map<string, ZipEntryInfo> {
  const files = new Map(
    zip.entries.filter((e) => !e.directory && e.name !== MANIFEST_ENTRY).map((e) => [e.name, e]),
  );
  const listed = new Set<string>();
  for (const entry of manifest.entries) {
    const found = files.get(entry.name);
    if (!found) throw refuse(`卷宗清单列出的“${entry.name}”不在文件中，卷宗不完整。`);
    if (found.size !== entry.size)
      throw refuse(`卷宗中“${entry.name}”的大小与清单不符，文件已被改动。`);
    listed.add(entry.name);
  }
  for (const name of files.keys()) {
    if (!listed.has(name)) throw refuse(`卷宗中的“${name}”不在清单中，文件已被改动。`);
  }
  for (const a of manifest.attachments) {
    const entry = manifest.entries.find((e) => e.name === a.entry);
    if (!entry || entry.sha256 !== a.sha256 || entry.size !== a.size) {
      throw refuse(`卷宗清单中附件“${a.entry}”的记录前后不一致，文件已被改动。`);
    }
  }
  return files;
}

/** Streams an entry to `target` (or nowhere), refusing it when its bytes do not match `sha256`. */
async function copyChecked(
  zip: ZipReader,
  entry: ZipEntryInfo,
  sha256: string,
  target: string | null,
): Promise<void> {
  const hash = createHash('sha256');
  const hashed = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      hash.update(chunk);
      yield chunk;
    }
  };
  const sink = target
    ? createWriteStream(target, { flags: 'wx' })
    : new Writable({ write: (_c, _e, cb) => cb() });
  await pipeline(Readable.from(zip.read(entry)), hashed, sink);
  if (hash.digest('hex') !== sha256) {
    throw refuse(`卷宗中“${entry.name}”的内容与清单记录的 SHA-256 不符，文件已损坏或被改动。`);
  }
}

/**
 * Checks a received .dossier from end to end and stages it: the folder it extracts to is fresh
 * and is removed when anything is refused. Nothing is written anywhere else.
 */
export async function stageBundle(
  path: string,
  options: StageOptions,
): Promise<{ staged: StagedBundle; dir: string }> {
  await mkdir(options.stagingRoot, { recursive: true });
  const dir = await mkdtemp(join(options.stagingRoot, 'bundle-'));
  let zip: ZipReader | null = null;
  try {
    let zipPath = path;
    const head = await fileHead(path, 32);
    if (isEncrypted(head)) {
      if (!options.password) throw refuse(PASSWORD_REQUIRED, 'password');
      zipPath = join(dir, 'bundle.zip');
      await decryptFile(path, zipPath, options.password);
    }
    zip = await ZipReader.open(zipPath, options.limits ?? DEFAULT_LIMITS);
    const manifestEntry = zip.find(MANIFEST_ENTRY);
    if (!manifestEntry) throw refuse('压缩包中没有 manifest.json，这不是本程序导出的卷宗。');
    const manifest = readManifest(
      await zip.bytes(manifestEntry, MAX_MANIFEST_BYTES, '卷宗清单 manifest.json '),
    );
    const files = matchEntries(zip, manifest);
    const recordsEntry = files.get(RECORDS_ENTRY);
    const recordsListed = manifest.entries.find((e) => e.name === RECORDS_ENTRY);
    if (!recordsEntry || !recordsListed) throw refuse('卷宗中没有 records.json，卷宗不完整。');
    const recordBytes = await zip.bytes(recordsEntry, MAX_RECORDS_BYTES, '记录文件 records.json ');
    if (createHash('sha256').update(recordBytes).digest('hex') !== recordsListed.sha256) {
      throw refuse('卷宗中 records.json 的内容与清单记录的 SHA-256 不符，文件已损坏或被改动。');
    }
    const payload = payloadShape.safeParse(parseJson(recordBytes, RECORDS_ENTRY));
    if (!payload.success) throw schemaProblem(payload.error, RECORDS_ENTRY);
    if (payload.data.schemaVersion > SCHEMA_VERSION) {
      throw refuse(
        `该卷宗的数据版本（${payload.data.schemaVersion}）比本程序新，请先升级本程序再导入。`,
      );
    }
    const filesDir = join(dir, 'files');
    await mkdir(filesDir);
    const attachmentFiles = new Map<string, string>();
    for (const listed of manifest.entries) {
      const entry = files.get(listed.name);
      if (!entry || listed.name === RECORDS_ENTRY) continue;
      const isAttachment = manifest.attachments.some((a) => a.entry === listed.name);
      const target =
        isAttachment && !attachmentFiles.has(listed.sha256) ? join(filesDir, listed.sha256) : null;
      await copyChecked(zip, entry, listed.sha256, target);
      if (target) attachmentFiles.set(listed.sha256, target);
    }
    const staged: StagedBundle = {
      id: randomBytes(12).toString('hex'),
      fileName: options.fileName,
      manifest,
      payload: payload.data,
      attachmentFiles,
    };
    return { staged, dir };
  } catch (error) {
    zip?.close();
    zip = null;
    await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    zip?.close();
  }
}
