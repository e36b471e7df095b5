/**
 * The seam of 卷宗交换 (.dossier bundles): what a bundle carries, and what a received bundle
 * looks like once its file has passed every check. The bundle layer (reading and writing the
 * file, encryption, hostile input) and the merge layer (version stamps, preview, conflicts,
 * applying) meet only through these types.
 */
import type { ExchangeCollection, ExchangeScope } from '../api/exchange-views';

export type { ExchangeCollection, ExchangeScope };

/** The format written in a bundle's manifest and in the header of an encrypted one. */
export const BUNDLE_FORMAT = 'dossier-bundle';
/** Readers refuse a bundle whose format version is newer than this one. */
export const BUNDLE_FORMAT_VERSION = 1;

/** A deletion that travels, so the other side neither resurrects nor silently loses the record. */
export interface Tombstone {
  collection: ExchangeCollection;
  id: string;
  /** The record's name when it was deleted, for the preview. */
  label: string;
  deletedAt: string;
  deletedBy: string;
  /** The version stamp of the deletion (compared with the record's stamps by the merge). */
  stamp: string;
  /** The deleted copy's version vector (node → newest stamp): what the deleter had seen. */
  seen?: Record<string, string>;
}

/** records.json of a bundle: the records as the store holds them, with their version stamps. */
export interface ExchangePayload {
  schemaVersion: number;
  workspaceId: string;
  records: { [C in ExchangeCollection]: unknown[] };
  tombstones: Tombstone[];
}

/** One attachment file in a bundle. */
export interface BundleAttachment {
  /** The entry's name in the zip, readable: 项目名/文件名. */
  entry: string;
  sha256: string;
  size: number;
  folioId: string;
}

/** manifest.json of a bundle. */
export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  workspaceId: string;
  workspaceName: string;
  /** The sender as set in 设置 (the operator's name and unit). */
  sender: string;
  createdAt: string;
  scope: ExchangeScope;
  /** Records per collection, and attachments. */
  counts: Record<string, number>;
  /** Every entry of the zip but the manifest itself, with its SHA-256. */
  entries: { name: string; sha256: string; size: number }[];
  attachments: BundleAttachment[];
}

/** A received bundle whose file passed every check, staged until the officer confirms. */
export interface StagedBundle {
  id: string;
  fileName: string;
  manifest: BundleManifest;
  /** records.json, parsed but not yet checked against the record schemas (the merge does). */
  payload: unknown;
  /** sha256 → a file in the staging folder whose bytes match that hash. */
  attachmentFiles: ReadonlyMap<string, string>;
  /** 'sync': the records of 专班协同 waiting for a pick, staged as a bundle (no file). */
  source?: 'sync';
}
