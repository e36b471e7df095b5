// The rows of 工作台's follow-up lists (六督六促) of one folio, and the order each list shows them in.
import type { OpenBlocker, OverdueItem, StaleFolio } from '../../api/views';
import type { FolioOutline } from '../../model/folio-outline';
import {
  countOpenBlockers,
  countOverdue,
  isOpenBlocker,
  isOverdue,
  isStale,
  lastProgressOn,
  openBlockers,
} from '../../model/folio-status';

/**
 * ISO dates sort as plain strings; an empty string (no date) comes first. Ties in the long
 * follow-up lists are broken the same cheap way: collating Chinese names there costs ~200 ms
 * at 10,000 folios, for an order nobody reads.
 */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of each follow-up list: oldest first; a folio with no progress at all first. */
export const FOLLOW_UP_ORDER = {
  overdueItems: (a: OverdueItem, b: OverdueItem) =>
    byCode(a.due, b.due) || byCode(a.folioName, b.folioName),
  openBlockers: (a: OpenBlocker, b: OpenBlocker) =>
    byCode(a.raisedOn, b.raisedOn) || byCode(a.folioName, b.folioName),
  staleFolios: (a: StaleFolio, b: StaleFolio) =>
    byCode(a.lastProgressOn ?? '', b.lastProgressOn ?? '') || byCode(a.folioName, b.folioName),
};

/**
 * Which of a folio's rows to make, by their first sort key (the date a list is ordered by): a
 * tally that keeps the first rows makes none that would come after its last.
 */
type Keep = (key: string) => boolean;

/** A folio's overdue items (isOverdue), demand list first, without building lists in between. */
export function* overdueOf(
  folio: FolioOutline,
  today: string,
  keep?: Keep,
): Generator<OverdueItem> {
  for (const list of ['demand', 'supply'] as const) {
    for (const item of list === 'demand' ? folio.demandItems : folio.supplyItems) {
      if (!isOverdue(item, today)) continue;
      const { id: itemId, text, owner, due } = item;
      if (keep && !keep(due ?? '')) continue;
      yield { folioId: folio.id, folioName: folio.name, list, itemId, text, owner, due: due ?? '' };
    }
  }
}

export function* blockersOf(folio: FolioOutline, keep?: Keep): Generator<OpenBlocker> {
  for (const b of openBlockers(folio)) {
    if (keep && !keep(b.raisedOn)) continue;
    yield {
      folioId: folio.id,
      folioName: folio.name,
      blockerId: b.id,
      problem: b.problem,
      department: b.department,
      status: b.status === 'inProgress' ? 'inProgress' : 'open',
      raisedOn: b.raisedOn,
    };
  }
}

export function* staleOf(folio: FolioOutline, today: string, keep?: Keep): Generator<StaleFolio> {
  if (!isStale(folio, today)) return;
  const last = lastProgressOn(folio);
  if (keep && !keep(last ?? '')) return;
  const { id: folioId, name: folioName, stage } = folio;
  yield { folioId, folioName, stage, lastProgressOn: last };
}

/** Each list's rows of one folio. */
export const ROWS_OF = {
  overdueItems: overdueOf,
  openBlockers: (folio: FolioOutline) => blockersOf(folio),
  staleFolios: staleOf,
};

/** What a follow-up list is made of, for a tally that keeps only its first rows. */
export interface FollowUpSpec<R> {
  order: (a: R, b: R) => number;
  /** A folio's rows; with `keep`, only those whose first sort key it lets through. */
  rowsOf: (folio: FolioOutline, keep?: Keep) => Iterable<R>;
  /** How many rows a folio gives, counted without making them. */
  countOf: (folio: FolioOutline) => number;
  /** The least first sort key among the rows of a folio that has some (countOf above 0). */
  firstKeyOf: (folio: FolioOutline) => string;
  /** A row's first sort key (what `Keep` is given). */
  keyOf: (row: R) => string;
}

/** The earliest due date among a folio's overdue items (a plain loop: this runs for most folios). */
function firstOverdue(folio: FolioOutline, today: string): string {
  let first: string | null = null;
  for (const items of [folio.demandItems, folio.supplyItems]) {
    for (const item of items) {
      if (!isOverdue(item, today)) continue;
      const due = item.due ?? '';
      if (first === null || due < first) first = due;
    }
  }
  return first ?? '';
}

/** The earliest day an open blocker was raised. */
function firstBlocker(folio: FolioOutline): string {
  let first: string | null = null;
  for (const b of folio.blockers) {
    if (!isOpenBlocker(b)) continue;
    if (first === null || b.raisedOn < first) first = b.raisedOn;
  }
  return first ?? '';
}

/** Each follow-up list of 工作台 on `today`. */
export function followUpSpecs(today: string): {
  overdueItems: FollowUpSpec<OverdueItem>;
  openBlockers: FollowUpSpec<OpenBlocker>;
  staleFolios: FollowUpSpec<StaleFolio>;
} {
  return {
    overdueItems: {
      order: FOLLOW_UP_ORDER.overdueItems,
      rowsOf: (folio, keep) => overdueOf(folio, today, keep),
      countOf: (folio) => countOverdue(folio, today),
      firstKeyOf: (folio) => firstOverdue(folio, today),
      keyOf: (row) => row.due,
    },
    openBlockers: {
      order: FOLLOW_UP_ORDER.openBlockers,
      rowsOf: blockersOf,
      countOf: countOpenBlockers,
      firstKeyOf: firstBlocker,
      keyOf: (row) => row.raisedOn,
    },
    staleFolios: {
      order: FOLLOW_UP_ORDER.staleFolios,
      rowsOf: (folio, keep) => staleOf(folio, today, keep),
      countOf: (folio) => (isStale(folio, today) ? 1 : 0),
      firstKeyOf: (folio) => lastProgressOn(folio) ?? '',
      keyOf: (row) => row.lastProgressOn ?? '',
    },
  };
}
