// Today in China time, overdue checklist items, open blockers, and whether a folio is stale.
import type { ChecklistItem } from './folio-parts';
import type { Folio } from './records';

/** A folio with no progress entry for this many days is stale (六督六促 follow-up). */
export const STALE_AFTER_DAYS = 14;

/** Today as YYYY-MM-DD from the injected clock, in China's time zone (UTC+8). */
export function todayOf(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function isOverdue(item: ChecklistItem, today: string): boolean {
  return item.doneOn === null && item.due !== null && item.due < today;
}

/** Open checklist items past their due date, from both lists. */
export function overdueItems(
  folio: Folio,
  today: string,
): { list: 'demand' | 'supply'; item: ChecklistItem }[] {
  return [
    ...folio.demandItems
      .filter((i) => isOverdue(i, today))
      .map((item) => ({ list: 'demand' as const, item })),
    ...folio.supplyItems
      .filter((i) => isOverdue(i, today))
      .map((item) => ({ list: 'supply' as const, item })),
  ];
}

export function openBlockers(folio: Folio): Folio['blockers'] {
  return folio.blockers.filter((b) => b.status === 'open' || b.status === 'inProgress');
}

export function lastProgressOn(folio: Folio): string | null {
  let last: string | null = null;
  for (const p of folio.progress) if (last === null || p.date > last) last = p.date;
  return last;
}

/** Whether a folio still being worked on has had no progress entry for STALE_AFTER_DAYS. */
export function isStale(folio: Folio, today: string): boolean {
  if (folio.stage === 'paused' || folio.stage === 'dropped' || folio.stage === 'atTarget') {
    return false;
  }
  const last = lastProgressOn(folio) ?? folio.createdAt.slice(0, 10);
  const ageDays = (Date.parse(today) - Date.parse(last)) / 86_400_000;
  return ageDays > STALE_AFTER_DAYS;
}
