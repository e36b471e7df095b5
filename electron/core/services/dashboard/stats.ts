// The numbers of 工作台 in one pass over the folios: money by stage and chain, the first follow-ups due.
import type {
  DashboardStats,
  FollowUpCounts,
  FollowUpListName,
  FollowUpPage,
  MoneyBucket,
  OpenBlocker,
  OverdueItem,
  StaleFolio,
} from '../../api/views';
import { STAGES } from '../../model/enums';
import type { Folio } from '../../model/records';
import { isStale, lastProgressOn, openBlockers, overdueItems } from '../../model/folio-status';
import { TopN, pageOf } from '../top-n';

/** Rows of each follow-up list 工作台 shows; the rest are a click away. */
export const FOLLOW_UPS_SHOWN = 8;

const emptyBucket = (key: string): MoneyBucket => ({
  key,
  count: 0,
  totalInvestment: 0,
  fundsInPlace: 0,
});

/** Buckets are built here and handed out once, so adding in place is safe. */
function add(bucket: MoneyBucket, folio: Folio): void {
  bucket.count += 1;
  bucket.totalInvestment += folio.totalInvestment;
  bucket.fundsInPlace += folio.fundsInPlace;
}

/**
 * ISO dates sort as plain strings; an empty string (no date) comes first. Ties in the long
 * follow-up lists are broken the same cheap way: collating Chinese names there costs ~200 ms
 * at 10,000 folios, for an order nobody reads.
 */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = new Intl.Collator('zh-Hans-CN').compare;

/** The order of each follow-up list: oldest first; a folio with no progress at all first. */
export const FOLLOW_UP_ORDER = {
  overdueItems: (a: OverdueItem, b: OverdueItem) =>
    byCode(a.due, b.due) || byCode(a.folioName, b.folioName),
  openBlockers: (a: OpenBlocker, b: OpenBlocker) =>
    byCode(a.raisedOn, b.raisedOn) || byCode(a.folioName, b.folioName),
  staleFolios: (a: StaleFolio, b: StaleFolio) =>
    byCode(a.lastProgressOn ?? '', b.lastProgressOn ?? '') || byCode(a.folioName, b.folioName),
};

export function* overdueOf(folio: Folio, today: string): Generator<OverdueItem> {
  for (const { list, item } of overdueItems(folio, today)) {
    const { id: itemId, text, owner, due } = item;
    yield { folioId: folio.id, folioName: folio.name, list, itemId, text, owner, due: due ?? '' };
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

function* staleOf(folio: Folio, today: string): Generator<StaleFolio> {
  if (!isStale(folio, today)) return;
  const { id: folioId, name: folioName, stage } = folio;
  yield { folioId, folioName, stage, lastProgressOn: lastProgressOn(folio) };
}

/** Each list's rows of one folio. */
const ROWS_OF = {
  overdueItems: overdueOf,
  openBlockers: (folio: Folio) => blockersOf(folio),
  staleFolios: staleOf,
};

/** Feeds every row of `folios` into `top`, counting the folios that gave one. */
function collect<T>(
  folios: Iterable<Folio>,
  rows: (folio: Folio) => Iterable<T>,
  top: TopN<T>,
): number {
  let folioCount = 0;
  for (const folio of folios) {
    let any = false;
    for (const row of rows(folio)) {
      top.push(row);
      any = true;
    }
    if (any) folioCount++;
  }
  return folioCount;
}

/**
 * The numbers of 工作台 over `folios`: money by stage (every stage, in path order, then 暂缓 and
 * 终止) and by chain (largest total investment first), and the first `shown` rows of each
 * follow-up list (六督六促), oldest first, with their full lengths. The lists are a bounded
 * selection, never a sort of every row. The rules are those of the folio list's filters
 * (folio-status.ts), so a number leads to exactly the folios behind it.
 */
export function dashboardStats(
  folios: Iterable<Folio>,
  today: string,
  shown = Number.POSITIVE_INFINITY,
): DashboardStats {
  const all = Array.isArray(folios) ? (folios as readonly Folio[]) : [...folios];
  const totals = emptyBucket('all');
  const stages = new Map(STAGES.map((stage) => [stage, emptyBucket(stage)]));
  const chains = new Map<string, MoneyBucket>();
  for (const folio of all) {
    add(totals, folio);
    const stage = stages.get(folio.stage);
    if (stage) add(stage, folio);
    const chain = chains.get(folio.chain) ?? emptyBucket(folio.chain);
    add(chain, folio);
    chains.set(folio.chain, chain);
  }
  const overdue = new TopN(shown, FOLLOW_UP_ORDER.overdueItems);
  const blockers = new TopN(shown, FOLLOW_UP_ORDER.openBlockers);
  const stale = new TopN(shown, FOLLOW_UP_ORDER.staleFolios);
  const overdueFolios = collect(all, (f) => overdueOf(f, today), overdue);
  const blockerFolios = collect(all, blockersOf, blockers);
  collect(all, (f) => staleOf(f, today), stale);
  const counts: FollowUpCounts = {
    overdueItems: overdue.seen,
    overdueFolios,
    openBlockers: blockers.seen,
    blockerFolios,
    staleFolios: stale.seen,
  };
  return {
    today,
    totals,
    byStage: [...stages.values()],
    byChain: [...chains.values()].sort(
      (a, b) => b.totalInvestment - a.totalInvestment || byName(a.key, b.key),
    ),
    overdueItems: overdue.sorted(),
    openBlockers: blockers.sorted(),
    staleFolios: stale.sorted(),
    counts,
  };
}

function* rowsOf<T>(folios: Iterable<Folio>, rows: (folio: Folio) => Iterable<T>): Generator<T> {
  for (const folio of folios) yield* rows(folio);
}

/** Rows `offset … offset + limit` of one follow-up list, in the order 工作台 shows them. */
export function followUpPage(
  folios: Iterable<Folio>,
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
