// The numbers of 工作台 in one pass over the folios: money by stage and chain, the first follow-ups due.
import type { DashboardStats, FollowUpListName, FollowUpPage } from '../../api/views';
import type { FolioOutline } from '../../model/folio-outline';
import { pageOf } from '../top-n';
import { FOLLOW_UP_ORDER, ROWS_OF } from './rows';
import { DashboardTally } from './tally';

export { FOLLOW_UP_ORDER, blockersOf, overdueOf } from './rows';

/** Rows of each follow-up list 工作台 shows; the rest are a click away. */
export const FOLLOW_UPS_SHOWN = 8;

/**
 * The numbers of 工作台 over `folios`: money by stage (every stage, in path order, then 暂缓 and
 * 终止) and by chain (largest total investment first), and the first `shown` rows of each
 * follow-up list (六督六促), oldest first, with their full lengths. The lists are a bounded
 * selection, never a sort of every row. The rules are those of the folio list's filters
 * (folio-status.ts), so a number leads to exactly the folios behind it.
 */
export function dashboardStats(
  folios: Iterable<FolioOutline>,
  today: string,
  shown = Number.POSITIVE_INFINITY,
): DashboardStats {
  return new DashboardTally(today, shown, folios).stats();
}

function* rowsOf<T>(
  folios: Iterable<FolioOutline>,
  rows: (folio: FolioOutline) => Iterable<T>,
): Generator<T> {
  for (const folio of folios) yield* rows(folio);
}

/** Rows `offset … offset + limit` of one follow-up list, in the order 工作台 shows them. */
export function followUpPage(
  folios: Iterable<FolioOutline>,
  today: string,
  list: FollowUpListName,
  offset: number,
  limit: number,
): FollowUpPage {
  const page = { offset };
  switch (list) {
    case 'overdueItems': {
      const rows = rowsOf(folios, (f) => ROWS_OF.overdueItems(f, today));
      return { ...page, list, ...pageOf(rows, FOLLOW_UP_ORDER.overdueItems, offset, limit) };
    }
    case 'openBlockers': {
      const rows = rowsOf(folios, ROWS_OF.openBlockers);
      return { ...page, list, ...pageOf(rows, FOLLOW_UP_ORDER.openBlockers, offset, limit) };
    }
    case 'staleFolios': {
      const rows = rowsOf(folios, (f) => ROWS_OF.staleFolios(f, today));
      return { ...page, list, ...pageOf(rows, FOLLOW_UP_ORDER.staleFolios, offset, limit) };
    }
  }
}
