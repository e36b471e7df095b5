// A folio's list items as create/update inputs send them: ids and the striker-off may be left out.
import { z } from 'zod';
import { idSchema } from './common';
import {
  blockerBase,
  checkBlocker,
  checklistItemBase,
  contactSchema,
  policyItemSchema,
  progressEntrySchema,
} from './folio-parts';

/** The same item as stored, but a new one may come without an id (the service gives it one). */
function withOptionalId<S extends z.ZodRawShape>(base: z.ZodObject<S>) {
  return base.extend({ id: idSchema.optional() });
}

/** 销号人 may be left empty: the service fills in the operator when an item is struck off. */
const checklistInput = withOptionalId(checklistItemBase).extend({
  doneBy: checklistItemBase.shape.doneBy.default(''),
});

/** Overrides of the folio's list fields in create and update inputs. */
export const FOLIO_ITEM_INPUTS = {
  demandItems: z.array(checklistInput).max(500),
  supplyItems: z.array(checklistInput).max(500),
  blockers: z.array(withOptionalId(blockerBase).superRefine(checkBlocker)).max(500),
  progress: z.array(withOptionalId(progressEntrySchema)).max(5000),
  policies: z.array(withOptionalId(policyItemSchema)).max(200),
  contacts: z.array(withOptionalId(contactSchema)).max(200),
};
