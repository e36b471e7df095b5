/** 工作台's numbers kept between changes: a changed folio's share is taken out and put back. */
import type { DashboardStats, FollowUpListName, MoneyBucket } from '../../api/views';
import { STAGES } from '../../model/enums';
import type { Folio } from '../../model/records';
import { TopN } from '../top-n';
import { FOLLOW_UP_ORDER, blockersOf, overdueOf, staleOf } from './rows';

type Row<L extends FollowUpListName> = DashboardStats[L][number];

const emptyBucket = (key: string): MoneyBucket => ({
  key,
  count: 0,
  totalInvestment: 0,
  fundsInPlace: 0,
});

/** Adds (sign 1) or takes out (sign -1) a folio's money; buckets are this tally's own. */
function add(bucket: MoneyBucket, folio: Folio, sign: 1 | -1): void {
  bucket.count += sign;
  bucket.totalInvestment += sign * folio.totalInvestment;
  bucket.fundsInPlace += sign * folio.fundsInPlace;
}

const byName = new Intl.Collator('zh-Hans-CN').compare;

/**
 * One follow-up list: its first `shown` rows, how many rows there are in all and how many
 * folios give one. A change keeps the rows unless it removes one of them or adds one that ties
 * with a kept row (the order among ties is the folios' order, unknown here): then the list is
 * gathered again from every folio.
 */
class FollowUps<L extends FollowUpListName> {
  rows: Row<L>[] = [];
  seen = 0;
  folios = 0;
  #stale = false;

  constructor(
    private readonly shown: number,
    private readonly order: (a: Row<L>, b: Row<L>) => number,
    private readonly rowsOf: (folio: Folio) => Iterable<Row<L>>,
  ) {}

  #top: TopN<Row<L>> | null = null;

  /** Counts every row of `folios` and keeps the first `shown`. */
  gather(folios: Iterable<Folio>): void {
    this.begin();
    for (const folio of folios) this.take(folio);
    this.end();
  }

  /** `gather` in steps, for a pass that does more with each folio: begin, take each, end. */
  begin(): void {
    this.#top = new TopN(this.shown, this.order);
    this.folios = 0;
  }

  take(folio: Folio): void {
    const top = this.#top;
    if (!top) return;
    const seen = top.seen;
    for (const row of this.rowsOf(folio)) top.push(row);
    if (top.seen > seen) this.folios++;
  }

  end(): void {
    const top = this.#top;
    if (!top) return;
    this.rows = top.sorted();
    this.seen = top.seen;
    this.#top = null;
    this.#stale = false;
  }

  /** Takes out the rows of a folio's old version. */
  remove(folio: Folio): void {
    const rows = [...this.rowsOf(folio)];
    if (rows.length === 0) return;
    this.seen -= rows.length;
    this.folios -= 1;
    if (this.rows.some((row) => row.folioId === folio.id)) this.#stale = true;
  }

  /** Puts in the rows of a folio's new version. */
  insert(folio: Folio): void {
    const rows = [...this.rowsOf(folio)];
    if (rows.length === 0) return;
    this.seen += rows.length;
    this.folios += 1;
    for (const row of rows) {
      if (this.#stale) return;
      const kept = this.rows;
      const last = kept[kept.length - 1];
      if (kept.length >= this.shown && (!last || this.order(row, last) > 0)) continue;
      if (kept.some((k) => this.order(row, k) === 0)) {
        this.#stale = true;
        return;
      }
      const at = kept.findIndex((k) => this.order(row, k) < 0);
      kept.splice(at < 0 ? kept.length : at, 0, row);
      if (kept.length > this.shown) kept.pop();
    }
  }

  /** Gathers the list again if a change left it unknown. */
  settle(folios: () => Iterable<Folio>): void {
    if (!this.#stale) return;
    this.gather(folios());
  }
}

/**
 * 工作台's numbers over a set of folios (see `dashboardStats`), built in one pass and kept as
 * folios change: `change(old, next)` costs the folio's own rows, not the workspace's.
 */
export class DashboardTally {
  readonly #totals = emptyBucket('all');
  readonly #stages = new Map(STAGES.map((stage) => [stage, emptyBucket(stage)]));
  readonly #chains = new Map<string, MoneyBucket>();
  readonly #overdue: FollowUps<'overdueItems'>;
  readonly #blockers: FollowUps<'openBlockers'>;
  readonly #stale: FollowUps<'staleFolios'>;

  constructor(
    private readonly today: string,
    shown: number,
    folios: Iterable<Folio>,
  ) {
    this.#overdue = new FollowUps(shown, FOLLOW_UP_ORDER.overdueItems, (f) => overdueOf(f, today));
    this.#blockers = new FollowUps(shown, FOLLOW_UP_ORDER.openBlockers, blockersOf);
    this.#stale = new FollowUps(shown, FOLLOW_UP_ORDER.staleFolios, (f) => staleOf(f, today));
    const lists = this.#lists();
    for (const list of lists) list.begin();
    for (const folio of folios) {
      this.#money(folio, 1);
      for (const list of lists) list.take(folio);
    }
    for (const list of lists) list.end();
  }

  #lists() {
    return [this.#overdue, this.#blockers, this.#stale] as const;
  }

  #money(folio: Folio, sign: 1 | -1): void {
    add(this.#totals, folio, sign);
    const stage = this.#stages.get(folio.stage);
    if (stage) add(stage, folio, sign);
    const chain = this.#chains.get(folio.chain) ?? emptyBucket(folio.chain);
    add(chain, folio, sign);
    if (chain.count > 0) this.#chains.set(folio.chain, chain);
    else this.#chains.delete(folio.chain);
  }

  /**
   * A folio changed: `old` is the version counted (undefined: new), `next` the version now
   * (undefined: deleted). Once every changed folio is in, `settle` must follow.
   */
  change(old: Folio | undefined, next: Folio | undefined): void {
    if (old) this.#money(old, -1);
    if (next) this.#money(next, 1);
    for (const list of this.#lists()) {
      if (old) list.remove(old);
      if (next) list.insert(next);
    }
  }

  /** Gathers again, from `all` (every folio now), each list a change left unknown. */
  settle(all: () => Iterable<Folio>): void {
    for (const list of this.#lists()) list.settle(all);
  }

  stats(): DashboardStats {
    const copy = (bucket: MoneyBucket): MoneyBucket => ({ ...bucket });
    const [overdue, blockers, stale] = this.#lists();
    return {
      today: this.today,
      totals: copy(this.#totals),
      byStage: [...this.#stages.values()].map(copy),
      byChain: [...this.#chains.values()]
        .map(copy)
        .sort((a, b) => b.totalInvestment - a.totalInvestment || byName(a.key, b.key)),
      overdueItems: [...overdue.rows],
      openBlockers: [...blockers.rows],
      staleFolios: [...stale.rows],
      counts: {
        overdueItems: overdue.seen,
        overdueFolios: overdue.folios,
        openBlockers: blockers.seen,
        blockerFolios: blockers.folios,
        staleFolios: stale.seen,
      },
    };
  }
}
