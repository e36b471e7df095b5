/** The list with the entry at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveBy<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const next = [...list];
  const other = index + delta;
  const a = next[index];
  const b = next[other];
  if (a === undefined || b === undefined) return next;
  next[index] = b;
  next[other] = a;
  return next;
}
