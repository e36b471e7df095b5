// The zod schemas a reader holds a bundle's manifest.json and records.json to.
import { z } from 'zod';
import { TRASHABLE } from '../../model/trash';
import { BUNDLE_FORMAT } from '../types';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const id = z.string().min(1).max(100);
const size = z.number().int().min(0);

/** manifest.json as a reader accepts it (see BundleManifest). */
export const manifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(1),
  workspaceId: id,
  workspaceName: z.string().max(200),
  sender: z.string().max(200),
  createdAt: z.string().max(40),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('group'), id }),
    z.strictObject({ kind: z.literal('trip'), id }),
    z.strictObject({ kind: z.literal('folios'), ids: z.array(id).max(100_000) }),
  ]),
  counts: z.record(z.string().max(40), size),
  entries: z.array(z.strictObject({ name: z.string().min(1).max(400), sha256, size })).max(100_000),
  attachments: z
    .array(z.strictObject({ entry: z.string().min(1).max(400), sha256, size, folioId: id }))
    .max(100_000),
});

/** records.json as a reader accepts it before the merge checks each record. */
export const payloadShape = z.strictObject({
  schemaVersion: z.number().int().min(1),
  workspaceId: id,
  records: z.strictObject(
    Object.fromEntries(TRASHABLE.map((c) => [c, z.array(z.looseObject({ id }))])) as Record<
      (typeof TRASHABLE)[number],
      z.ZodArray<z.ZodObject<{ id: typeof id }, z.core.$loose>>
    >,
  ),
  tombstones: z.array(z.looseObject({ collection: z.enum(TRASHABLE), id })).max(1_000_000),
});
