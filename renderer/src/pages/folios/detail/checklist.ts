// Checklist rules in the renderer: overdue, strike off, reopen, list order and the update patch.
import type { ChecklistField, ChecklistItem, Draft, FolioPatch } from './types';

/** An open item past its due date (today itself is not late). */
export function isOverdue(item: Pick<ChecklistItem, 'due' | 'doneOn'>, today: string): boolean {
  return item.doneOn === null && item.due !== null && item.due < today;
}

/** 对账销号: the item struck off on `on` by `by`. */
export function strikeOff<T extends Draft<ChecklistItem>>(item: T, on: string, by: string): T {
  return { ...item, doneOn: on, doneBy: by };
}

/** 撤销销号: the item open again. */
export function reopen<T extends Draft<ChecklistItem>>(item: T): T {
  return { ...item, doneOn: null, doneBy: '' };
}

/** Open items first (overdue, then by due date), struck-off ones after, newest first. */
export function checklistOrder(a: ChecklistItem, b: ChecklistItem): number {
  if ((a.doneOn === null) !== (b.doneOn === null)) return a.doneOn === null ? -1 : 1;
  if (a.doneOn !== null && b.doneOn !== null) return b.doneOn.localeCompare(a.doneOn);
  return (a.due ?? '9999').localeCompare(b.due ?? '9999');
}

/** The update that sends one checklist whole. */
export function checklistPatch(field: ChecklistField, items: Draft<ChecklistItem>[]): FolioPatch {
  return field === 'demandItems' ? { demandItems: items } : { supplyItems: items };
}
