// The record collections the store keeps, each with its schema, and the schema version this build writes.
import type { z } from 'zod';
import { enterpriseSchema, folioSchema, groupSchema, personSchema } from './records';
import { generationSchema } from './generation';
import { trashEntrySchema } from './trash';
import { tripSchema } from './trip';

/** Every record collection the store keeps, with the schema its records must pass on load. */
export const COLLECTION_SCHEMAS = {
  groups: groupSchema,
  folios: folioSchema,
  enterprises: enterpriseSchema,
  people: personSchema,
  trips: tripSchema,
  trash: trashEntrySchema,
  generations: generationSchema,
} as const;

export type CollectionName = keyof typeof COLLECTION_SCHEMAS;
export const COLLECTION_NAMES = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];
export type RecordOf<C extends CollectionName> = z.infer<(typeof COLLECTION_SCHEMAS)[C]>;

/** The schema version this build writes. Bump it with a migration in ./migrations. */
export const SCHEMA_VERSION = 2;
