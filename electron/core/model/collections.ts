import type { z } from 'zod';
import { enterpriseSchema, folioSchema, groupSchema, personSchema } from './records';
import { trashEntrySchema } from './trash';

/** Every record collection the store keeps, with the schema its records must pass on load. */
export const COLLECTION_SCHEMAS = {
  groups: groupSchema,
  folios: folioSchema,
  enterprises: enterpriseSchema,
  people: personSchema,
  trash: trashEntrySchema,
} as const;

export type CollectionName = keyof typeof COLLECTION_SCHEMAS;
export const COLLECTION_NAMES = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];
export type RecordOf<C extends CollectionName> = z.infer<(typeof COLLECTION_SCHEMAS)[C]>;

/** The schema version this build writes. Bump it with a migration in ./migrations. */
export const SCHEMA_VERSION = 1;
