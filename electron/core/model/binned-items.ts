// Checklist items and progress entries deleted from a folio, kept in it for the 回收站 until restored.
import { z } from 'zod';
import { isoTimestamp } from './common';

/** The lists whose deleted entries go to the 回收站 (kept inside their folio). */
export const BINNED_LISTS = ['demandItems', 'supplyItems', 'progress'] as const;
export type BinnedList = (typeof BINNED_LISTS)[number];

/** How many deleted entries a folio keeps; older ones are dropped for good. */
export const BINNED_LIMIT = 200;

/**
 * A deleted checklist item or progress entry, kept whole. It is checked against its list's
 * schema again when restored, so it may come from an older schema version.
 */
export const binnedItemSchema = z.object({
  list: z.enum(BINNED_LISTS),
  item: z.record(z.string(), z.unknown()),
  deletedAt: isoTimestamp,
  deletedBy: z.string().max(40),
});
export type BinnedItem = z.infer<typeof binnedItemSchema>;
