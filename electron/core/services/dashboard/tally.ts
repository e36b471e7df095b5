/** 工作台's numbers kept between changes: a changed folio's share is taken out and put back. */
import type { DashboardStats, FollowUpListName, MoneyBucket } from '../../api/views';
import { STAGES } from '../../model/enums';
import type { FolioOutline } from '../../model/folio-outline';
import { TopN } from '../top-n';
import { followUpSpecs, type FollowUpSpec } from './rows';

type Row<L extends FollowUpListName> = DashboardStats[L][number];

const emptyBucket = (key: string): MoneyBucket => ({
  key,
  count: 0,
  totalInvestment: 0,
  fundsInPlace: 0,
});

/** Adds (sign 1) or takes out (sign -1) a folio's money; buckets are this tally's own. */
function add(bucket: MoneyBucket, folio: FolioOutline, sign: 1 | -1): void {
  bucket.count += sign;
  bucket.totalInvestment += sign * folio.totalInvestment;
  bucket.fundsInPlace += sign * folio.fundsInPlace;
}

const byName = new Intl.Collator('zh-Hans-CN').compare;

/** Rows a list keeps beyond those shown, so an edit of a shown folio rarely gathers it again. */
const RESERVE = 24;

/**
 * One follow-up list: its first rows (those shown and a reserve), how many rows there are in all
 * and how many folios give one. The kept rows are always the first ones of the whole list: a
 * change takes out the rows of the folio's old version and puts in those of the new one where
 * they fall among them. The list is gathered again from every folio only when the kept rows no
 * longer cover those shown, or a new row ties with a kept one (the order among ties is the
 * folios' order, unknown here).
 */
class FollowUps<L extends FollowUpListName> {
  #kept: Row<L>[] = [];
  seen = 0;
  folios = 0;
  #stale = false;
  #top: TopN<Row<L>> | null = null;
  readonly #depth: number;

  readonly #spec: FollowUpSpec<Row<L>>;

  constructor(
    private readonly shown: number,
    spec: FollowUpSpec<Row<L>>,
  ) {
    this.#depth = shown + RESERVE;
    this.#spec = spec;
  }

  /** The first `shown` rows. */
  get rows(): Row<L>[] {
    return this.#kept.slice(0, this.shown);
  }

  /** Counts every row of `folios` and keeps the first ones. */
  gather(folios: Iterable<FolioOutline>): void {
    this.begin();
    for (const folio of folios) this.take(folio);
    this.end();
  }

  /** `gather` in steps, for a pass that does more with each folio: begin, take each, end. */
  begin(): void {
    this.#top = new TopN(this.#depth, this.#spec.order);
    this.seen = 0;
    this.folios = 0;
  }

  /** Counts a folio's rows; makes only those that could be kept (most folios' make none). */
  take(folio: FolioOutline): void {
    const top = this.#top;
    if (!top) return;
    const count = this.#spec.countOf(folio);
    if (count === 0) return;
    this.seen += count;
    this.folios++;
    const worst = top.worst;
    const last = worst === undefined ? null : this.#spec.keyOf(worst);
    // Most folios, once the first rows are kept, have none early enough: nothing is made.
    if (last !== null && this.#spec.firstKeyOf(folio) > last) return;
    const rows = this.#spec.rowsOf(folio, last === null ? undefined : (key) => key <= last);
    for (const row of rows) top.push(row);
  }

  end(): void {
    const top = this.#top;
    if (!top) return;
    this.#kept = top.sorted();
    this.#top = null;
    this.#stale = false;
  }

  /** Takes out the rows of a folio's old version. */
  remove(folio: FolioOutline): void {
    const count = this.#spec.countOf(folio);
    if (count === 0) return;
    this.seen -= count;
    this.folios -= 1;
    this.#kept = this.#kept.filter((row) => row.folioId !== folio.id);
  }

  /** Puts in the rows of a folio's new version. */
  insert(folio: FolioOutline): void {
    const rows = [...this.#spec.rowsOf(folio)];
    if (rows.length === 0) return;
    const kept = this.#kept;
    // Whether every row is kept: then a row after the last kept one is next, not unknown.
    let complete = kept.length === this.seen;
    this.seen += rows.length;
    this.folios += 1;
    for (const row of rows) {
      if (this.#stale) return;
      if (kept.some((k) => this.#spec.order(row, k) === 0)) {
        this.#stale = true;
        return;
      }
      const at = kept.findIndex((k) => this.#spec.order(row, k) < 0);
      if (at < 0 && !complete) continue;
      kept.splice(at < 0 ? kept.length : at, 0, row);
      if (kept.length > this.#depth) {
        kept.pop();
        complete = false;
      }
    }
  }

  /** Gathers the list again if a change left the rows shown unknown. */
  settle(folios: () => Iterable<FolioOutline>): void {
    const short = this.#kept.length < Math.min(this.shown, this.seen);
    if (this.#stale || short) this.gather(folios());
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
    folios: Iterable<FolioOutline>,
  ) {
    const specs = followUpSpecs(today);
    this.#overdue = new FollowUps(shown, specs.overdueItems);
    this.#blockers = new FollowUps(shown, specs.openBlockers);
    this.#stale = new FollowUps(shown, specs.staleFolios);
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

  #money(folio: FolioOutline, sign: 1 | -1): void {
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
  change(old: FolioOutline | undefined, next: FolioOutline | undefined): void {
    if (old) this.#money(old, -1);
    if (next) this.#money(next, 1);
    for (const list of this.#lists()) {
      if (old) list.remove(old);
      if (next) list.insert(next);
    }
  }

  /** Gathers again, from `all` (every folio now), each list a change left unknown. */
  settle(all: () => Iterable<FolioOutline>): void {
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
