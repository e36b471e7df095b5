// Reads one shard file: its bytes, digest check against the manifest and its header.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  digestInBackground,
  headDigestOf,
  sameDigest,
  type FileDigest,
  type HeadDigest,
} from './digest';
import { errorCode, withRetry } from './durable-file';
import { MANIFEST_FILE, SHARD_PATH_RE, shardFileSchema, shardHeadSchema } from './layout';
import { corrupt, describeIssue } from './load-error';
import { decodeUtf8, isAscii, isUtf8 } from './utf8';

export interface ShardEntry {
  file: string;
  collection: string;
  bucket: number;
  /** The collection's bucket count in the layout that listed the file. */
  count: number;
}

export interface RawShard extends ShardEntry {
  /** As parsed: not yet validated. */
  records: unknown[];
  /** Of the bytes just read. */
  digest: FileDigest;
  /** The bytes are exactly those its commit wrote: the manifest recorded this digest. */
  unchanged: boolean;
}

/** The first `length` bytes of a file (fewer when it is shorter). */
function readStartSync(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.allocUnsafe(length);
    return bytes.subarray(0, readSync(fd, bytes, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

async function readStart(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.allocUnsafe(length);
    return bytes.subarray(0, (await handle.read(bytes, 0, length, 0)).bytesRead);
  } finally {
    await handle.close();
  }
}

/** A file's bytes, or with `length` its first bytes only (a folio shard's head). */
export async function readBytes(dir: string, file: string, length?: number): Promise<Buffer> {
  const path = join(dir, file);
  try {
    // From the page cache a synchronous read of a shard costs a fraction of an asynchronous one
    // (open, stat, read and close are each a trip to the thread pool: ~40 → ~10 ms for the 326
    // files of 10,000 folios); any failure is tried again the asynchronous way, with retries.
    return length === undefined ? readFileSync(path) : readStartSync(path, length);
  } catch {
    // Retried below.
  }
  try {
    return await withRetry(() => (length === undefined ? readFile(path) : readStart(path, length)));
  } catch (e) {
    // A shard the manifest lists that is gone means damage, not a new workspace.
    if (errorCode(e) === 'ENOENT')
      throw corrupt(file, `缺少文件 ${file}（${MANIFEST_FILE} 中有记载）。`);
    throw corrupt(file, `无法读取文件 ${file}（${errorCode(e) ?? String(e)}）。`);
  }
}

const FOREIGN = '不属于这个工作区（可能是从别的数据文件夹复制过来的），招商卷宗没有把它并入。';

/**
 * A shard from another workspace or another commit is damage, not data to merge: its header
 * names the workspace and the commit (seq, also in its file name). A shard written before
 * headers existed is checked record by record: each names the workspace that made it, and in
 * those builds that was always this one.
 */
function checkBelongs(
  file: string,
  shard: { workspace?: string; seq?: number; records?: unknown[] },
  workspace: string | null,
): void {
  const fileSeq = Number(SHARD_PATH_RE.exec(file)?.[3]);
  if (shard.seq !== undefined && shard.seq !== fileSeq)
    throw corrupt(file, `分片文件 ${file} 记载的保存序号（${shard.seq}）与文件名不符：${FOREIGN}`);
  if (workspace === null) return;
  if (shard.workspace !== undefined) {
    if (shard.workspace !== workspace)
      throw corrupt(file, `分片文件 ${file} 属于另一个工作区（${shard.workspace}），${FOREIGN}`);
    return;
  }
  for (const record of shard.records ?? []) {
    if (typeof record !== 'object' || record === null || !('workspaceId' in record)) continue;
    const owner = record.workspaceId;
    if (typeof owner === 'string' && owner !== workspace) {
      const id = 'id' in record && typeof record.id === 'string' ? record.id : '';
      throw corrupt(
        file,
        `分片文件 ${file} 中的记录 ${id} 属于另一个工作区（${owner}），${FOREIGN}`,
      );
    }
  }
}

const changedSince = (file: string, what: string, check: string) =>
  corrupt(
    file,
    `分片文件 ${file} 已损坏：${what}在保存之后被改动过（长度或 ${check} 校验值与 ${MANIFEST_FILE} 的记载不符）。`,
  );

/** A folio shard's head as read on open: the outlines of its folios, not yet placed. */
export interface ShardHead extends ShardEntry {
  outlines: unknown[];
}

/**
 * Reads only the head of a folio shard (see encodeShard): the bytes its digest records for it,
 * checked against that digest, then its header against the manifest. The rest of the file is
 * read, and checked against the whole file's digest, after the open (DossierStore).
 */
export async function readShardHead(
  dir: string,
  entry: ShardEntry,
  head: HeadDigest,
  workspace: string | null,
): Promise<ShardHead> {
  const { file, collection, bucket } = entry;
  const bytes = await readBytes(dir, file, head.bytes);
  const read = headDigestOf(bytes);
  if (read.bytes !== head.bytes || read.crc32 !== head.crc32)
    throw changedSince(file, '开头部分（档案概要）', 'CRC-32');
  // Written in ASCII (asciiJson): read as one-byte text, the fastest string V8 parses.
  if (!isAscii(bytes)) throw corrupt(file, `分片文件 ${file} 的开头部分（档案概要）无效。`);
  let value: unknown;
  try {
    value = JSON.parse(`${bytes.toString('latin1')}}`);
  } catch {
    value = undefined;
  }
  const parsed = shardHeadSchema.safeParse(value);
  if (!parsed.success || parsed.data.outlines === undefined)
    throw corrupt(file, `分片文件 ${file} 的开头部分（档案概要）无效。`);
  if (parsed.data.collection !== collection || parsed.data.bucket !== bucket)
    throw corrupt(file, `分片文件 ${file} 与 ${MANIFEST_FILE} 的记载不符。`);
  checkBelongs(file, parsed.data, workspace);
  return { ...entry, outlines: parsed.data.outlines };
}

/**
 * Reads one shard file; every failure names the file. With a recorded digest, bytes that differ
 * in any way are damage. Without one, invalid UTF-8 is (decoding would quietly replace it).
 */
export async function readShard(
  dir: string,
  entry: ShardEntry,
  recorded: FileDigest | undefined,
  /** The manifest's workspace id, when it has one. */
  workspace: string | null,
  /** Its head was read and checked (readShardHead): only the records after it are parsed. */
  headRead = false,
): Promise<RawShard> {
  const { file, collection, bucket } = entry;
  const bytes = await readBytes(dir, file);
  // Hashing and parsing overlap (~10 ms less for an open of 10,000 folios); nothing parsed is
  // used before the digest has been compared.
  const digesting = digestInBackground(bytes);
  const skip = headRead ? (recorded?.head?.bytes ?? 0) : 0;
  let value: unknown;
  let parsedOk = true;
  try {
    // After the head come `,"records":[…]}`: with a brace for the comma, an object by itself.
    value = JSON.parse(skip > 0 ? `{${decodeUtf8(bytes.subarray(skip + 1))}` : decodeUtf8(bytes));
  } catch {
    parsedOk = false;
  }
  const digest = await digesting;
  if (recorded && !sameDigest(recorded, digest)) throw changedSince(file, '内容', 'SHA-256');
  if (!recorded && !isUtf8(bytes))
    throw corrupt(file, `文件 ${file} 已损坏（含有无效的 UTF-8 字节）。`);
  if (!parsedOk) throw corrupt(file, `文件 ${file} 已损坏（内容不完整或不是有效的 JSON）。`);
  // The digest covers the head, whose header was checked when it was read.
  if (skip > 0 && typeof value === 'object' && value !== null && 'records' in value)
    value = { collection, bucket, records: value.records };
  const parsed = shardFileSchema.safeParse(value);
  if (!parsed.success)
    throw corrupt(file, `分片文件 ${file} 内容无效：${describeIssue(parsed.error)}`);
  if (parsed.data.collection !== collection || parsed.data.bucket !== bucket)
    throw corrupt(file, `分片文件 ${file} 与 ${MANIFEST_FILE} 的记载不符。`);
  // A head read before was checked already; its records belong where it does (one digest).
  if (skip === 0) checkBelongs(file, parsed.data, workspace);
  // A recorded digest matched: it is kept, with its head's.
  const kept = recorded ?? digest;
  return {
    ...entry,
    records: parsed.data.records,
    digest: kept,
    unchanged: recorded !== undefined,
  };
}
