import type { IdGenerator } from '../clock';

const LIST_FIELDS = [
  'demandItems',
  'supplyItems',
  'blockers',
  'progress',
  'policies',
  'contacts',
] as const;

/**
 * Gives every new checklist item, blocker, progress entry, policy item and contact an id.
 * The result is parsed against the folio schema by the caller, which checks the ids.
 */
export function assignItemIds<T extends object>(input: T, ids: IdGenerator): T {
  const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const field of LIST_FIELDS) {
    const list: unknown = out[field];
    if (Array.isArray(list)) {
      out[field] = list.map((item: { id?: string }) => ({ ...item, id: item.id ?? ids() }));
    }
  }
  return out as T;
}
