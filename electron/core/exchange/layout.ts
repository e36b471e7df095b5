// What of a record is merged and how: meta fields, list fields and their item keys, record parts.
import type { ExchangeCollection } from './types';

/*
 * What of a record is merged, and how. Every top-level field but the ones below is a field
 * with one stamp; the list fields named here merge item by item (each item with its own
 * stamp, matched by the key given) and carry one more stamp for their order. The history is
 * not stamped: both sides' entries are kept.
 */

/** Fields that are the record's identity or bookkeeping, not its content. */
export const META_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'rev',
  'createdAt',
  'updatedAt',
  'workspaceId',
  'stamps',
  'history',
]);

type KeyOf = (item: unknown) => string;
const byField =
  (field: string): KeyOf =>
  (item) => {
    const value =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[field] : null;
    return String(value);
  };
const byId = byField('id');

/** The list fields of each collection and how their items are matched. */
export const LIST_FIELDS: Readonly<Record<ExchangeCollection, Readonly<Record<string, KeyOf>>>> = {
  folios: {
    demandItems: byId,
    supplyItems: byId,
    blockers: byId,
    progress: byId,
    policies: byId,
    contacts: byId,
    attachments: byId,
  },
  enterprises: { keyPeople: byId },
  trips: {
    ourDelegation: byId,
    theirDelegation: byId,
    hosts: byId,
    /** A day of the schedule (its date and items) is one unit. */
    days: byField('date'),
    packVersions: byField('version'),
    copyRegister: byField('copyNumber'),
  },
  groups: {},
  people: {},
};

/** The stamp key of a list item, and of a list's order. */
export const itemKey = (field: string, key: string): string => `${field}.${key}`;
export const orderKey = (field: string): string => `${field}.#order`;

/** Splits a stamp key into its field and item key (null for a plain field). */
export function splitKey(key: string): { field: string; item: string | null } {
  const dot = key.indexOf('.');
  return dot < 0
    ? { field: key, item: null }
    : { field: key.slice(0, dot), item: key.slice(dot + 1) };
}

/**
 * Every stamped part of a record, as stamp key → canonical JSON of its value. Field order in
 * a stored record is the schema's, so equal content gives equal text.
 */
export function partsOf(collection: ExchangeCollection, record: object): Map<string, string> {
  const lists = LIST_FIELDS[collection];
  const parts = new Map<string, string>();
  for (const [field, value] of Object.entries(record)) {
    if (META_FIELDS.has(field) || value === undefined) continue;
    const keyOf = lists[field];
    if (keyOf && Array.isArray(value)) {
      const keys: string[] = [];
      for (const item of value) {
        const key = keyOf(item);
        keys.push(key);
        parts.set(itemKey(field, key), JSON.stringify(item));
      }
      parts.set(orderKey(field), JSON.stringify(keys));
    } else {
      parts.set(field, JSON.stringify(value));
    }
  }
  return parts;
}
