/*
 * A folio's lists are sent whole: these build the new list from the stored one and one
 * changed item. A new item (no id yet) goes at the end; the server gives it an id.
 */

export function upsertItem<T extends { id?: string }>(list: readonly T[], item: T): T[] {
  if (item.id === undefined) return [...list, item];
  return list.map((existing) => (existing.id === item.id ? item : existing));
}

export function removeItem<T extends { id?: string }>(list: readonly T[], id: string): T[] {
  return list.filter((item) => item.id !== id);
}
