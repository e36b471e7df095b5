// Today in China time, overdue checklist items, open blockers, and whether a folio is stale.
import type { ChecklistItem } from './folio-parts';
import type { FolioOutline, OutlineBlocker } from './folio-outline';
import type { Folio } from './records';

/** A folio with no progress entry for this many days is stale (六督六促 follow-up). */
export const STALE_AFTER_DAYS = 14;

/** Today as YYYY-MM-DD from the injected clock, in China's time zone (UTC+8). */
export function todayOf(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function isOverdue(item: Pick<ChecklistItem, 'doneOn' | 'due'>, today: string): boolean {
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

/** A blocker still being worked on (open or in progress). */
export const isOpenBlocker = (b: Pick<OutlineBlocker, 'status'>): boolean =>
  b.status === 'open' || b.status === 'inProgress';

export function openBlockers<B extends OutlineBlocker>(folio: { blockers: readonly B[] }): B[] {
  return folio.blockers.filter(isOpenBlocker);
}

/** How many blockers are open, counted without building the list (the lists' hot path). */
export function countOpenBlockers(folio: FolioOutline): number {
  let n = 0;
  for (const b of folio.blockers) if (isOpenBlocker(b)) n++;
  return n;
}

/** Open checklist items past due, from both lists, counted without building the list. */
export function countOverdue(folio: FolioOutline, today: string): number {
  let n = 0;
  for (const item of folio.demandItems) if (isOverdue(item, today)) n++;
  for (const item of folio.supplyItems) if (isOverdue(item, today)) n++;
  return n;
}

export function lastProgressOn(folio: FolioOutline): string | null {
  let last: string | null = null;
  for (const p of folio.progress) if (last === null || p.date > last) last = p.date;
  return last;
}

/** The day STALE_AFTER_DAYS before `today`, kept for the last `today` asked (one pass asks one). */
let cutoff = { today: '', day: '' };

/** The last day of progress that leaves a folio stale on `today`: any day before this one. */
function staleBefore(today: string): string {
  if (cutoff.today !== today) {
    const t = Date.parse(today) - STALE_AFTER_DAYS * 86_400_000;
    // An unreadable today makes nothing stale, as the day count did.
    cutoff = { today, day: Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10) };
  }
  return cutoff.day;
}

/**
 * Whether a folio still being worked on has had no progress entry for STALE_AFTER_DAYS. Days
 * are YYYY-MM-DD (the schema's), so "more than N days ago" is "before the day N days ago": a
 * string comparison, not two Date.parse calls per folio (~30 ms of the dashboard at 100,000).
 */
export function isStale(folio: FolioOutline, today: string): boolean {
  if (folio.stage === 'paused' || folio.stage === 'dropped' || folio.stage === 'atTarget') {
    return false;
  }
  const last = lastProgressOn(folio) ?? folio.createdAt.slice(0, 10);
  return last < staleBefore(today);
}
