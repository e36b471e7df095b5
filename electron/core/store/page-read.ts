// Reads the pages of a layout-2 manifest: each page checked against its digest, its shards against the layout.
import { digestOf, sameDigest, type FileDigest } from './digest';
import {
  MANIFEST_FILE,
  PAGE_PATH_RE,
  SHARD_PATH_RE,
  isCollectionName,
  pageCountFor,
  pageFileSchema,
  pageOf,
  parsePageKey,
  parseShardKey,
  type Layout,
} from './layout';
import { corrupt, describeIssue } from './load-error';
import type { ShardEntry } from './shard-read';
import { readBytes } from './shard-read';
import { decodeUtf8 } from './utf8';

/** What the pages list: every shard with its recorded digest (when its page's digest held). */
export interface PagedShards {
  entries: ShardEntry[];
  recorded: Record<string, FileDigest>;
  /** The digest of each page as read. */
  pageDigests: Record<string, FileDigest>;
  /** Pages (by key) that lack the digest of a shard they list. */
  unvouched: string[];
}

/** Checks every key → file pair of the manifest's pages before any page is read. */
function pageEntries(pages: Record<string, string>, layout: Layout) {
  return Object.entries(pages).map(([key, file]) => {
    const parsed = parsePageKey(key);
    const m = PAGE_PATH_RE.exec(file);
    if (
      !parsed ||
      m?.[1] !== parsed.collection ||
      Number(m[2]) !== parsed.page ||
      !isCollectionName(parsed.collection) ||
      parsed.page >= pageCountFor(layout.buckets[parsed.collection])
    )
      throw corrupt(MANIFEST_FILE, `${MANIFEST_FILE} 中的分片目录 ${key} → ${file} 无效。`);
    return { file, seq: Number(m[3]), collection: parsed.collection, page: parsed.page };
  });
}

/** Reads one page and the shard entries it lists; every failure names the page file. */
async function readPage(
  dir: string,
  entry: ReturnType<typeof pageEntries>[number],
  recorded: FileDigest | undefined,
  layout: Layout,
  workspace: string | null,
) {
  const { file, collection, page } = entry;
  const bytes = await readBytes(dir, file);
  const digest = digestOf(bytes);
  if (recorded && !sameDigest(recorded, digest))
    throw corrupt(
      file,
      `分片目录 ${file} 已损坏：内容在保存之后被改动过（长度或 SHA-256 校验值与 ${MANIFEST_FILE} 的记载不符）。`,
    );
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes));
  } catch {
    throw corrupt(file, `文件 ${file} 已损坏（内容不完整或不是有效的 JSON）。`);
  }
  const parsed = pageFileSchema.safeParse(value);
  if (!parsed.success)
    throw corrupt(file, `分片目录 ${file} 内容无效：${describeIssue(parsed.error)}`);
  const data = parsed.data;
  if (data.collection !== collection || data.page !== page || data.seq !== entry.seq)
    throw corrupt(file, `分片目录 ${file} 与 ${MANIFEST_FILE} 的记载不符。`);
  if (workspace !== null && data.workspace !== workspace)
    throw corrupt(file, `分片目录 ${file} 属于另一个工作区（${data.workspace}）。`);
  const count = layout.buckets[collection];
  const entries: ShardEntry[] = Object.entries(data.shards).map(([key, shard]) => {
    const k = parseShardKey(key);
    const m = SHARD_PATH_RE.exec(shard);
    if (
      !k ||
      k.collection !== collection ||
      k.bucket >= count ||
      pageOf(k.bucket, count) !== page ||
      m?.[1] !== collection ||
      Number(m[2]) !== k.bucket
    )
      throw corrupt(file, `分片目录 ${file} 中的分片 ${key} → ${shard} 无效。`);
    return { file: shard, collection, bucket: k.bucket, count };
  });
  return { entries, digest, shardDigests: recorded ? data.digests : {} };
}

/** Reads every page the manifest lists; a shard listed twice is damage. */
export async function readPages(
  dir: string,
  pages: Record<string, string>,
  recorded: Record<string, FileDigest>,
  layout: Layout,
  workspace: string | null,
): Promise<PagedShards> {
  const out: PagedShards = { entries: [], recorded: {}, pageDigests: {}, unvouched: [] };
  const seen = new Set<string>();
  const entries = pageEntries(pages, layout);
  // All at once: a page is small, and reading them one after another is a chain of waits.
  const read = await Promise.all(
    entries.map(async (entry) => ({
      entry,
      page: await readPage(dir, entry, recorded[entry.file], layout, workspace),
    })),
  );
  for (const { entry, page } of read) {
    out.pageDigests[entry.file] = page.digest;
    if (page.entries.some((shard) => !page.shardDigests[shard.file]))
      out.unvouched.push(`${entry.collection}/${entry.page}`);
    for (const shard of page.entries) {
      if (seen.has(shard.file))
        throw corrupt(entry.file, `分片 ${shard.file} 在分片目录中出现了两次。`);
      seen.add(shard.file);
      out.entries.push(shard);
      const digest = page.shardDigests[shard.file];
      if (digest) out.recorded[shard.file] = digest;
    }
  }
  return out;
}
