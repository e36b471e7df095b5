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

/** Folios are the bulk of the data: more buckets keep a single edit's rewrite small. */
export const BUCKET_COUNTS = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, name === 'folios' ? 64 : 8]),
) as Readonly<Record<CollectionName, number>>;

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

export function bucketOf(collection: CollectionName, id: string): number {
  return fnv1a(id) % BUCKET_COUNTS[collection];
}

export function shardKey(collection: string, bucket: number): string {
  return `${collection}/${bucket}`;
}

/** Shard files are immutable: every rewrite of a bucket gets a new name carrying the commit seq. */
export function shardPath(collection: string, bucket: number, seq: number): string {
  return `${SHARDS_DIR}/${collection}-${bucket}-${seq}.json`;
}

const SHARD_KEY_RE = /^([a-z][a-zA-Z]*)\/(\d{1,4})$/;
/** Only names of this shape are ever read, linked or deleted: a manifest cannot point outside. */
export const SHARD_PATH_RE = /^shards\/([a-z][a-zA-Z]*)-(\d{1,4})-(\d{1,12})\.json$/;

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
  /** "<collection>/<bucket>" → "shards/<collection>-<bucket>-<seq>.json"; empty buckets are absent. */
  shards: Record<string, string>;
  /**
   * Shard file → its digest, for shards whose records passed this build's schemas (on commit, or
   * on open). A shard missing here is validated record by record on the next open.
   */
  digests: Record<string, FileDigest>;
}

/** `dossier.json` as written: the digests name the schemas that validated their records. */
export interface ManifestFile extends Omit<Manifest, 'digests'> {
  digests: { schema: string; files: Record<string, FileDigest> };
}

/** Just enough to tell our file from another and to compare versions before anything else. */
export const manifestHeadSchema = z.object({
  format: z.literal(FORMAT),
  schemaVersion: z.number().int().min(0),
});

export const manifestSchema = manifestHeadSchema.extend({
  seq: z.number().int().min(0),
  meta: z.unknown(),
  shards: z.record(z.string().regex(SHARD_KEY_RE), z.string().regex(SHARD_PATH_RE)),
  /** Absent in manifests written before digests existed: those shards get full validation. */
  digests: z
    .object({
      schema: z.string().regex(SCHEMA_FINGERPRINT_RE),
      files: z.record(z.string().regex(SHARD_PATH_RE), fileDigestSchema),
    })
    .optional(),
});

export interface ShardFile {
  collection: string;
  bucket: number;
  /** The workspace (meta.id) and the commit that wrote the file: a shard carries where it belongs. */
  workspace: string;
  seq: number;
  records: unknown[];
}

/** `workspace` and `seq` are absent in shards written before they existed. */
export const shardFileSchema = z.object({
  collection: z.string(),
  bucket: z.number().int().min(0),
  workspace: z.string().max(200).optional(),
  seq: z.number().int().min(0).optional(),
  records: z.array(z.unknown()),
});

/** 2025-01-02T03:04:05.678Z → 20250102T030405678Z (sorts, and is safe in any file name). */
export function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function isoFromCompact(compact: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(compact);
  if (!m) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}
