// The rows of 工作台's follow-up lists (六督六促) of one folio, and the order each list shows them in.
import type { OpenBlocker, OverdueItem, StaleFolio } from '../../api/views';
import type { Folio } from '../../model/records';
import { isOverdue, isStale, lastProgressOn, openBlockers } from '../../model/folio-status';

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

/** A folio's overdue items (isOverdue), demand list first, without building lists in between. */
export function* overdueOf(folio: Folio, today: string): Generator<OverdueItem> {
  for (const list of ['demand', 'supply'] as const) {
    for (const item of list === 'demand' ? folio.demandItems : folio.supplyItems) {
      if (!isOverdue(item, today)) continue;
      const { id: itemId, text, owner, due } = item;
      yield { folioId: folio.id, folioName: folio.name, list, itemId, text, owner, due: due ?? '' };
    }
  }
}

export function* blockersOf(folio: Folio): Generator<OpenBlocker> {
  for (const b of openBlockers(folio)) {
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

export function* staleOf(folio: Folio, today: string): Generator<StaleFolio> {
  if (!isStale(folio, today)) return;
  const { id: folioId, name: folioName, stage } = folio;
  yield { folioId, folioName, stage, lastProgressOn: lastProgressOn(folio) };
}

/** Each list's rows of one folio. */
export const ROWS_OF = {
  overdueItems: overdueOf,
  openBlockers: (folio: Folio) => blockersOf(folio),
  staleFolios: staleOf,
};
