// The files on disk: manifest, shards, backups and quarantine names, and which bucket a record goes in.
import { join } from 'node:path';
import { z } from 'zod';
import { COLLECTION_NAMES, type CollectionName } from '../model/collections';
import type { WorkspaceMeta } from '../model/workspace';
import { SCHEMA_FINGERPRINT_RE, fileDigestSchema, type FileDigest } from './digest';

/** The commit point: a crash leaves whichever version of this file was last renamed into place. */
export const MANIFEST_FILE = 'dossier.json';
export const SHARDS_DIR = 'shards';
export const BACKUPS_DIR = 'backups';
export const QUARANTINE_DIR = 'quarantine';
export const FORMAT = 'dossier-desk';

/** Generated files live in the data folder, one folder per generation record. */
export const GENERATED_DIR = 'generated';

/** The folder of one generation record's files. */
export function generationDir(dataDir: string, generationId: string): string {
  return join(dataDir, GENERATED_DIR, generationId);
}

/** The bucket counts of layout 1 (before shards were sized): folios 64, every other collection 8. */
export const BUCKET_COUNTS = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, name === 'folios' ? 64 : 8]),
) as Readonly<Record<CollectionName, number>>;

/**
 * How records are spread over files. Layout 1: fixed bucket counts, every shard listed in the
 * manifest. Layout 2: per-collection bucket counts (powers of two) chosen by size, so a shard
 * stays near TARGET_SHARD_BYTES at any workspace size, and the manifest lists pages, each of
 * which lists up to a fixed share of the shards: a commit rewrites one shard, its page and a
 * manifest whose size does not grow with the records. Layout 3: layout 2 whose folio shards
 * start with their folios' outlines, their digests with that head's (an open reads only those).
 */
export const LAYOUT_VERSION = 3;
export interface Layout {
  version: number;
  buckets: Readonly<Record<CollectionName, number>>;
}
export const LAYOUT_V1: Layout = { version: 1, buckets: BUCKET_COUNTS };

/** A collection's shards average at most this; past twice this its bucket count is raised. */
export const TARGET_SHARD_BYTES = 128 * 1024;
export const MAX_BUCKETS = 1 << 16;
/** At most this many pages per collection. */
export const PAGE_FANOUT = 64;
/** Shards a page lists, until a collection has PAGE_FANOUT pages. */
export const SHARDS_PER_PAGE = 32;

/**
 * The pages of a collection of `count` buckets (a power of two): one per SHARDS_PER_PAGE
 * buckets, at least one, at most PAGE_FANOUT; a small workspace reads one page a collection.
 */
export function pageCountFor(count: number): number {
  return Math.min(PAGE_FANOUT, Math.max(1, count / SHARDS_PER_PAGE));
}

/** The bucket count (a power of two) that keeps `bytes` of records at most TARGET_SHARD_BYTES a shard. */
export function bucketCountFor(bytes: number): number {
  let count = 1;
  while (count < MAX_BUCKETS && bytes > count * TARGET_SHARD_BYTES) count *= 2;
  return count;
}

/** A new workspace: one bucket a collection until it grows. */
export function initialLayout(): Layout {
  return {
    version: LAYOUT_VERSION,
    buckets: Object.fromEntries(COLLECTION_NAMES.map((name) => [name, 1])) as Record<
      CollectionName,
      number
    >,
  };
}

export function isCollectionName(name: string): name is CollectionName {
  return (COLLECTION_NAMES as readonly string[]).includes(name);
}

/** FNV-1a (32 bit) over UTF-16 code units: stable across runs and platforms. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The bucket of a record among `count` (a power of two): the low bits of its id's hash, so
 * doubling the count splits bucket b into b and b + count. Without a count, layout 1's.
 */
export function bucketOf(collection: CollectionName, id: string, count?: number): number {
  return fnv1a(id) % (count ?? BUCKET_COUNTS[collection]);
}

export function shardKey(collection: string, bucket: number): string {
  return `${collection}/${bucket}`;
}

/** Shard files are immutable: every rewrite of a bucket gets a new name carrying the commit seq. */
export function shardPath(collection: string, bucket: number, seq: number): string {
  return `${SHARDS_DIR}/${collection}-${bucket}-${seq}.json`;
}

/** The page listing a bucket's shard (layout 2), among the pages of `count` buckets. */
export const pageOf = (bucket: number, count: number) => bucket % pageCountFor(count);

/** Pages are immutable too, and live beside the shards (one folder fsync covers both). */
export function pagePath(collection: string, page: number, seq: number): string {
  return `${SHARDS_DIR}/${collection}-p${page}-${seq}.json`;
}

const SHARD_KEY_RE = /^([a-z][a-zA-Z]*)\/(\d{1,5})$/;
/** Only names of this shape are ever read, linked or deleted: a manifest cannot point outside. */
export const SHARD_PATH_RE = /^shards\/([a-z][a-zA-Z]*)-(\d{1,5})-(\d{1,12})\.json$/;
export const PAGE_PATH_RE = /^shards\/([a-z][a-zA-Z]*)-p(\d{1,2})-(\d{1,12})\.json$/;

export function parseShardKey(key: string): { collection: string; bucket: number } | null {
  const m = SHARD_KEY_RE.exec(key);
  if (!m?.[1] || !m[2]) return null;
  return { collection: m[1], bucket: Number(m[2]) };
}

/** What `dossier.json` holds once its meta has passed workspaceMetaSchema. */
export interface Manifest {
  format: typeof FORMAT;
  schemaVersion: number;
  seq: number;
  meta: WorkspaceMeta;
  layout: Layout;
  /** "<collection>/<bucket>" → "shards/<collection>-<bucket>-<seq>.json"; empty buckets are absent. */
  shards: ReadonlyMap<string, string>;
  /** Layout 2: "<collection>/<page>" → "shards/<collection>-p<page>-<seq>.json"; empty pages are absent. */
  pages: Record<string, string>;
  /**
   * Shard and page file → its digest, for files whose records passed this build's schemas (on
   * commit, or on open). A shard missing here is validated record by record on the next open.
   */
  digests: ReadonlyMap<string, FileDigest>;
  /**
   * Pages on disk that do not record the digest of every shard they list (written by a build
   * without digests, or their shards were validated again on open): the next commit rewrites them.
   */
  unvouched?: readonly string[];
}

/** `dossier.json` as layout 1 wrote it: the digests name the schemas that validated their records. */
export interface ManifestFileV1 extends Omit<
  Manifest,
  'digests' | 'layout' | 'pages' | 'shards' | 'unvouched'
> {
  shards: Record<string, string>;
  digests: { schema: string; files: Record<string, FileDigest> };
}

/** `dossier.json` as written now: pages instead of shards, their digests, the bucket counts. */
export interface ManifestFile extends Omit<
  Manifest,
  'digests' | 'layout' | 'shards' | 'unvouched'
> {
  layout: Layout;
  digests: { schema: string; files: Record<string, FileDigest> };
}

/** A page file: the shards of one page of one collection, with their digests. */
export interface PageFile {
  collection: string;
  page: number;
  workspace: string;
  seq: number;
  shards: Record<string, string>;
  digests: Record<string, FileDigest>;
}

/** Just enough to tell our file from another and to compare versions before anything else. */
export const manifestHeadSchema = z.object({
  format: z.literal(FORMAT),
  schemaVersion: z.number().int().min(0),
});

const PAGE_KEY_RE = /^([a-z][a-zA-Z]*)\/(\d{1,2})$/;
const digestsSchema = <T extends z.ZodType<string>>(key: T) =>
  z.object({
    schema: z.string().regex(SCHEMA_FINGERPRINT_RE),
    files: z.record(key, fileDigestSchema),
  });

/** Layout 1: every shard in the manifest. */
export const manifestSchemaV1 = manifestHeadSchema.extend({
  seq: z.number().int().min(0),
  meta: z.unknown(),
  shards: z.record(z.string().regex(SHARD_KEY_RE), z.string().regex(SHARD_PATH_RE)),
  /** Absent in manifests written before digests existed: those shards get full validation. */
  digests: digestsSchema(z.string().regex(SHARD_PATH_RE)).optional(),
});

/** Layouts 2 and 3: the manifest lists pages, each page its shards. */
export const manifestSchemaV2 = manifestHeadSchema.extend({
  seq: z.number().int().min(0),
  meta: z.unknown(),
  layout: z.object({
    version: z.union([z.literal(2), z.literal(3)]),
    buckets: z.record(
      z.string(),
      z
        .number()
        .int()
        .min(1)
        .max(MAX_BUCKETS)
        .refine((n) => (n & (n - 1)) === 0, '分片数必须是 2 的幂'),
    ),
  }),
  pages: z.record(z.string().regex(PAGE_KEY_RE), z.string().regex(PAGE_PATH_RE)),
  digests: digestsSchema(z.string().regex(PAGE_PATH_RE)),
});

export const pageFileSchema = z.object({
  collection: z.string(),
  page: z
    .number()
    .int()
    .min(0)
    .max(PAGE_FANOUT - 1),
  workspace: z.string().max(200),
  seq: z.number().int().min(0),
  shards: z.record(z.string().regex(SHARD_KEY_RE), z.string().regex(SHARD_PATH_RE)),
  digests: z.record(z.string().regex(SHARD_PATH_RE), fileDigestSchema),
});

export function parsePageKey(key: string): { collection: string; page: number } | null {
  const m = PAGE_KEY_RE.exec(key);
  if (!m?.[1] || !m[2]) return null;
  return { collection: m[1], page: Number(m[2]) };
}

export interface ShardFile {
  collection: string;
  bucket: number;
  /** The workspace (meta.id) and the commit that wrote the file: a shard carries where it belongs. */
  workspace: string;
  seq: number;
  /** Folio shards (layout 3): the outline of each record, in the same order, before them. */
  outlines?: unknown[];
  records: unknown[];
}

/** The header of a shard: its head, without the records. */
export const shardHeadSchema = z.object({
  collection: z.string(),
  bucket: z.number().int().min(0),
  /** `workspace` and `seq` are absent in shards written before they existed. */
  workspace: z.string().max(200).optional(),
  seq: z.number().int().min(0).optional(),
  outlines: z.array(z.unknown()).optional(),
});

export const shardFileSchema = shardHeadSchema.extend({ records: z.array(z.unknown()) });

/** 2025-01-02T03:04:05.678Z → 20250102T030405678Z (sorts, and is safe in any file name). */
export function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function isoFromCompact(compact: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(compact);
  if (!m) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}
