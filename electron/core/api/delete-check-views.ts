// What stands in the way of deleting a record (<group>.deleteCheck), and the way out a delete may take.
import { z } from 'zod';
import { idSchema } from '../model/common';

/** Why a record is still in use: the records that point at it, and in what role. */
export interface DeleteBlocker {
  /** e.g. `trips` (a folio linked to trips), `leader` (a person who leads folios). */
  role: 'trips' | 'folios' | 'leader' | 'steward' | 'head' | 'member';
  /** Where the records named are kept. */
  collection: 'trips' | 'folios' | 'groups';
  /** In plain Chinese, e.g. `2 个考察` or `3 个项目的包抓领导`. */
  text: string;
  records: { id: string; name: string }[];
}

/** Asked before the 移入回收站? question: what stands in the way now, and the refusal it gives. */
export interface DeleteCheck {
  /** Empty when nothing stands in the way. */
  blockers: DeleteBlocker[];
  /** The refusal a delete would give now (null when it would go through). */
  message: string | null;
}

const byIdRev = { id: idSchema, rev: z.number().int().min(1) };

/** A folio delete that first unlinks the folio from these trips (the ones its check named). */
export const folioDeleteInput = z.strictObject({
  ...byIdRev,
  unlinkTripIds: z.array(idSchema).max(500).optional(),
});

/** A group delete that first moves these folios (the ones its check named) to another group. */
export const groupDeleteInput = z.strictObject({
  ...byIdRev,
  moveFolios: z
    .strictObject({ toGroupId: idSchema, folioIds: z.array(idSchema).max(100_000) })
    .optional(),
});
