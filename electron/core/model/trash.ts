// 回收站: the schema of a deleted record kept whole until it is restored or purged.
import { z } from 'zod';
import { isoTimestamp, recordBase } from './common';

export const TRASHABLE = ['folios', 'groups', 'enterprises', 'people', 'trips'] as const;
export type Trashable = (typeof TRASHABLE)[number];

/**
 * 回收站: a deleted record kept whole until it is restored or purged. The record is checked
 * against its own schema again on restore, so it may come from an older schema version.
 */
export const trashEntrySchema = recordBase.extend({
  collection: z.enum(TRASHABLE),
  /** The deleted record's id (it keeps it when restored). */
  recordId: z.string(),
  label: z.string().max(200),
  record: z.record(z.string(), z.unknown()),
  deletedAt: isoTimestamp,
  deletedBy: z.string().max(40),
  /** Purged (彻底删除): the record is gone, the entry stays as the deletion's tombstone. */
  purged: z.boolean().optional(),
});
export type TrashEntry = z.infer<typeof trashEntrySchema>;
