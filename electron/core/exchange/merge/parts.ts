// A record part (field, list item or order) with its stamp, and a record's fields rebuilt from parts.
import { LIST_FIELDS, orderKey, splitKey, storedFields } from '../layout';
import type { ExchangeCollection } from '../types';

/** A part of a record (a field, a list item or a list's order) with its version stamp. */
export interface Part {
  text: string;
  stamp: string;
}

export const ORDER_ITEM = '#order';

/**
 * The fields of a record rebuilt from its parts (the inverse of layout.partsOf): plain fields
 * from their text, list fields from their items in the order the order part gives.
 */
export function fieldsFromParts(
  collection: ExchangeCollection,
  parts: ReadonlyMap<string, Part>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const items = new Map<string, Map<string, unknown>>();
  const orders = new Map<string, string[]>();
  for (const [key, part] of parts) {
    const { field, item } = splitKey(key);
    if (item === null) out[field] = JSON.parse(part.text);
    else if (item === ORDER_ITEM) orders.set(field, JSON.parse(part.text) as string[]);
    else {
      let byKey = items.get(field);
      if (!byKey) items.set(field, (byKey = new Map()));
      byKey.set(item, JSON.parse(part.text));
    }
  }
  for (const field of Object.keys(LIST_FIELDS[collection])) {
    const order = orders.get(field);
    if (!order) continue;
    const byKey = items.get(field) ?? new Map<string, unknown>();
    out[field] = order.filter((k) => byKey.has(k)).map((k) => byKey.get(k));
  }
  return storedFields(collection, out);
}

export { orderKey };
