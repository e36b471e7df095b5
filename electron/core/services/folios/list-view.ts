/** The folio list kept sorted by each column between changes: a page costs one pass, not a sort. */
import type { FolioFilter, FolioPage, FolioSortKey, FolioSummary } from '../../api/views';
import { STAGES } from '../../model/enums';
import type { FolioOutline } from '../../model/folio-outline';
import type { ChangeSet, Store } from '../../store/types';
import { folioMatcher, isEmptyFilter } from './filter';
import { STAGE_LABELS } from '../../model/display-text';
import { folioSummary, nameLookup } from '../summaries';
import { TopN } from '../top-n';

/**
 * What the view reads: the open store, today, word of every change made to it, and of its
 * folios having loaded after the open.
 */
export interface ListSource {
  store(): Store;
  today(): string;
  onChange(
    listener: (change: ChangeSet | null, before: { seq: number } | null) => void,
  ): () => void;
  onLoaded?(listener: () => void): () => void;
}

export interface PageRequest {
  filter: FolioFilter;
  text: string;
  sort: FolioSortKey;
  order: 'ascend' | 'descend';
  offset: number;
  limit: number;
  withIds: boolean;
}

interface Entry {
  folio: FolioOutline;
  /** The row as the list shows it, made when first needed: a page, a text filter, a sort by a shown name or count. */
  row?: FolioSummary;
  /**
   * The row's place in the name order (by name under the collator, then id), set when the list
   * is sorted by name: later sorts break ties by it instead of collating. None on a row made since.
   */
  nameRank?: number;
  /** The row's shown text, lower-cased, made on the first text filter. */
  text?: string;
}

/** An entry's row, made on first use. */
type RowOf = (entry: Entry) => FolioSummary;

/** The columns a folio holds as its row shows them: sorting by these needs no row. */
type FolioColumn =
  'name' | 'chain' | 'location' | 'stage' | 'totalInvestment' | 'fundsInPlace' | 'updatedAt';
type Sortable = Pick<FolioSummary, FolioColumn>;

type Order<T> = (a: T, b: T) => number;
type RowOrder = Order<FolioSummary>;
type EntryOrder = Order<Entry>;

const collator = new Intl.Collator('zh-Hans-CN');
const stageRank = new Map(STAGES.map((stage, i) => [stage, i]));
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const texts = <K extends string>(key: K) =>
  ((a, b) => collator.compare(a[key], b[key])) satisfies Order<Record<K, string>>;
const numbers = <K extends string>(key: K) =>
  ((a, b) => a[key] - b[key]) satisfies Order<Record<K, number>>;

const FOLIO_COLUMNS: Record<FolioColumn, Order<Sortable>> = {
  name: texts('name'),
  chain: texts('chain'),
  location: texts('location'),
  stage: (a, b) => (stageRank.get(a.stage) ?? 0) - (stageRank.get(b.stage) ?? 0),
  totalInvestment: numbers('totalInvestment'),
  fundsInPlace: numbers('fundsInPlace'),
  updatedAt: (a, b) => byCode(a.updatedAt, b.updatedAt),
};

const ROW_COLUMNS: Record<Exclude<FolioSortKey, FolioColumn>, RowOrder> = {
  groupName: texts('groupName'),
  overdueItems: numbers('overdueItems'),
  openBlockers: numbers('openBlockers'),
  leaderName: texts('leaderName'),
  enterpriseName: texts('enterpriseName'),
};

const isFolioColumn = (key: FolioSortKey): key is FolioColumn => Object.hasOwn(FOLIO_COLUMNS, key);

const columnOrder = (key: FolioSortKey): RowOrder =>
  isFolioColumn(key) ? FOLIO_COLUMNS[key] : ROW_COLUMNS[key];

/** The list's ascending order by `key`; ties by name, then id, so every order is total. */
export function rowOrder(key: FolioSortKey): RowOrder {
  const column = columnOrder(key);
  return (a, b) => column(a, b) || collator.compare(a.name, b.name) || byCode(a.id, b.id);
}

/** A column's order on entries: read from the folio when it holds the column, else from the row. */
function entryColumn(key: FolioSortKey, rowOf: RowOf): EntryOrder {
  if (isFolioColumn(key)) {
    const order = FOLIO_COLUMNS[key];
    return (a, b) => order(a.folio, b.folio);
  }
  const order = ROW_COLUMNS[key];
  return (a, b) => order(rowOf(a), rowOf(b));
}

/**
 * `rowOrder` on entries: a column the folio holds is read from it (no row made); where both
 * have a place in the name order, it stands for name and id.
 */
function entryOrder(key: FolioSortKey, rowOf: RowOf): EntryOrder {
  const column = entryColumn(key, rowOf);
  return (a, b) =>
    column(a, b) ||
    (a.nameRank !== undefined && b.nameRank !== undefined
      ? a.nameRank - b.nameRank
      : collator.compare(a.folio.name, b.folio.name)) ||
    byCode(a.folio.id, b.folio.id);
}

/** The shown text of a row the quick filter looks in, lower-cased. */
export function rowText(row: FolioSummary): string {
  const { name, groupName, enterpriseName, chain, location, leaderName, stewardName } = row;
  const parts = [name, groupName, enterpriseName, chain, location, leaderName, stewardName];
  return [...parts, STAGE_LABELS[row.stage], row.stage].join(' ').toLowerCase();
}

/** The words of the quick filter; a row must hold every one. */
export function filterWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether `entry` belongs at index `at` of `sorted`, between the entries either side of it. */
function fitsAt(sorted: readonly Entry[], at: number, entry: Entry, order: EntryOrder): boolean {
  const before = sorted[at - 1];
  const after = sorted[at + 1];
  return (
    (before === undefined || order(before, entry) < 0) &&
    (after === undefined || order(entry, after) < 0)
  );
}

/** First index in `sorted` whose entry is not before `entry`. */
function lowerBound(sorted: readonly Entry[], entry: Entry, order: EntryOrder): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid];
    if (at && order(at, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many rows a filter keeps, and their money. */
interface Totals {
  total: number;
  totalInvestment: number;
  fundsInPlace: number;
}

const emptyTotals = (): Totals => ({ total: 0, totalInvestment: 0, fundsInPlace: 0 });

function addTo(totals: Totals, folio: FolioOutline, sign: 1 | -1): void {
  totals.total += sign;
  totals.totalInvestment += sign * folio.totalInvestment;
  totals.fundsInPlace += sign * folio.fundsInPlace;
}

/** The test of a filter and quick-filter words on an entry. */
function entryTest(
  filter: FolioFilter,
  words: string[],
  today: string,
  rowOf: RowOf,
): (entry: Entry) => boolean {
  const match = folioMatcher(filter, today);
  return (entry) => {
    if (!match(entry.folio)) return false;
    if (words.length === 0) return true;
    entry.text ??= rowText(rowOf(entry));
    const text = entry.text;
    return words.every((word) => text.includes(word));
  };
}

/** The totals of a filter asked for before, kept up to date by each change. */
interface Count {
  test: (entry: Entry) => boolean;
  totals: Totals;
}

/** The first page, when it ends at most this far down, is picked without sorting every folio. */
const SELECTED_UP_TO = 200;

/** Filters whose totals are kept; the oldest asked is dropped first. */
const COUNTS_KEPT = 32;

function rememberCount(counts: Map<string, Count>, key: string, count: Count): void {
  counts.delete(key);
  counts.set(key, count);
  for (const oldest of counts.keys()) {
    if (counts.size <= COUNTS_KEPT) break;
    counts.delete(oldest);
  }
}

interface State {
  store: Store;
  seq: number;
  today: string;
  /** Every folio's entry; null once a change has made it out of date (`byId` is then right). */
  list: Entry[] | null;
  /** The entries by folio id, made on the first change (a first page needs none). */
  byId: Map<string, Entry> | null;
  /** An entry's row, made with this state's names and day. */
  rowOf: RowOf;
  /** Entries sorted by a column, made on the first request for it and kept up to date. */
  orders: Map<FolioSortKey, Entry[]>;
  /** The totals of every folio, and of each filter asked for (by its filter and words). */
  all: Totals;
  counts: Map<string, Count>;
}

/**
 * A copy of `entries` in the order `ids` lists their folios, then the others as they come.
 * Sorted by name from the last name order, V8's sort merges ordered runs: about two
 * comparisons per folio, 150–170 ms at 100,000 folios where collating from scratch takes
 * 385–400 ms.
 */
function inOrderOf(entries: readonly Entry[], ids: readonly string[]): Entry[] {
  if (ids.length === 0) return [...entries];
  const byId = new Map<string, Entry>();
  for (const entry of entries) byId.set(entry.folio.id, entry);
  const ordered: Entry[] = [];
  for (const id of ids) {
    const entry = byId.get(id);
    if (entry === undefined) continue;
    ordered.push(entry);
    byId.delete(id);
  }
  for (const entry of byId.values()) ordered.push(entry);
  return ordered;
}

/** Every folio's entry. */
function entriesOf(state: State): Entry[] {
  return (state.list ??= [...(state.byId?.values() ?? [])]);
}

/**
 * The folio list in the core. Rows are made once per change of their folio; each column's
 * order once per workspace (then kept by removing and inserting the folios a change touches).
 * A change to groups, people or enterprises (names the rows show), a new day (overdue counts),
 * a restore or an unseen commit starts afresh.
 */
export class FolioListView {
  #state: State | null = null;
  /**
   * The folio ids in the last name order made, kept when the rows are made afresh (a new day,
   * a renamed group): the next name order is sorted from it.
   */
  #nameOrder: readonly string[] = [];
  readonly #unsubscribe: Array<() => void>;

  constructor(private readonly source: ListSource) {
    this.#unsubscribe = [
      source.onChange((change, before) => this.#apply(change, before?.seq ?? null)),
      source.onLoaded?.(() => this.#holdFolios()) ?? (() => undefined),
    ];
  }

  close(): void {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
  }

  page(request: PageRequest): FolioPage {
    const state = this.#ready();
    const words = filterWords(request.text);
    const { offset, limit } = request;
    if (state.orders.size === 0 && !request.withIds && offset + limit <= SELECTED_UP_TO) {
      // The first page after open (or after the rows were made afresh): picked in one pass, and
      // the column sorted once it is answered, so the next request finds it ready.
      this.#sortSoon(state, request.sort);
      return this.#selected(state, request, words);
    }
    const sorted = this.#sorted(state, request.sort);
    const n = sorted.length;
    const at = (k: number) => sorted[request.order === 'ascend' ? k : n - 1 - k];
    if (!request.withIds && isEmptyFilter(request.filter) && words.length === 0) {
      // No filter: the page is a slice of the kept order, the totals those of every folio.
      const rows: FolioSummary[] = [];
      for (let k = offset; k < Math.min(n, offset + limit); k++) {
        const entry = at(k);
        if (entry) rows.push(state.rowOf(entry));
      }
      return { ...state.all, offset, rows, ids: null };
    }
    const key = JSON.stringify([request.filter, words]);
    const known = request.withIds ? undefined : state.counts.get(key);
    const test = known?.test ?? entryTest(request.filter, words, state.today, state.rowOf);
    const rows: FolioSummary[] = [];
    const ids: string[] | null = request.withIds ? [] : null;
    const totals = emptyTotals();
    for (let k = 0; k < n; k++) {
      // With the totals known, the walk stops once the page is full.
      if (known && rows.length >= limit) break;
      const entry = at(k);
      if (!entry || !test(entry)) continue;
      if (totals.total >= offset && rows.length < limit) rows.push(state.rowOf(entry));
      addTo(totals, entry.folio, 1);
      ids?.push(entry.folio.id);
    }
    if (known) return { ...known.totals, offset, rows, ids };
    rememberCount(state.counts, key, { test, totals });
    return { ...totals, offset, rows, ids };
  }

  #ready(): State {
    const store = this.source.store();
    const today = this.source.today();
    const state = this.#state;
    if (state && state.store === store && state.seq === store.seq && state.today === today) {
      return state;
    }
    const names = nameLookup(store);
    const list: Entry[] = [];
    const all = emptyTotals();
    // Outlines: there from the open on, before the folios themselves have loaded.
    for (const folio of store.outlines()) {
      list.push({ folio });
      addTo(all, folio, 1);
    }
    this.#state = {
      store,
      seq: store.seq,
      today,
      list,
      byId: null,
      rowOf: (entry) =>
        (entry.row ??= Object.freeze(folioSummary(store, entry.folio, today, names))),
      orders: new Map(),
      all,
      counts: new Map(),
    };
    return this.#state;
  }

  /** The page picked from every entry (a bounded selection), with the filter's totals. */
  #selected(state: State, request: PageRequest, words: string[]): FolioPage {
    const { offset, limit } = request;
    const order = entryOrder(request.sort, state.rowOf);
    const sign = request.order === 'ascend' ? 1 : -1;
    const top = new TopN<Entry>(offset + limit, (a, b) => sign * order(a, b));
    const empty = isEmptyFilter(request.filter) && words.length === 0;
    const test = empty ? () => true : entryTest(request.filter, words, state.today, state.rowOf);
    const totals = emptyTotals();
    for (const entry of entriesOf(state)) {
      if (!test(entry)) continue;
      top.push(entry);
      addTo(totals, entry.folio, 1);
    }
    if (!empty)
      rememberCount(state.counts, JSON.stringify([request.filter, words]), { test, totals });
    const rows = top.sorted().slice(offset).map(state.rowOf);
    return { ...totals, offset, rows, ids: null };
  }

  /** Sorts by `key` once the current work is answered, unless the rows were made afresh. */
  #sortSoon(state: State, key: FolioSortKey): void {
    // A plain timer (this file is also type-checked with the renderer's libraries).
    setTimeout(() => {
      if (this.#state === state) this.#sorted(state, key);
    }, 0);
  }

  #sorted(state: State, key: FolioSortKey): Entry[] {
    let sorted = state.orders.get(key);
    if (!sorted) {
      const entries = entriesOf(state);
      // Reordered here, with the sort (after a first page, in the background: #sortSoon), not
      // when the rows are made, which a first page waits for.
      sorted = (key === 'name' ? inOrderOf(entries, this.#nameOrder) : [...entries]).sort(
        entryOrder(key, state.rowOf),
      );
      if (key === 'name') {
        sorted.forEach((entry, i) => (entry.nameRank = i));
        this.#nameOrder = sorted.map((entry) => entry.folio.id);
      }
      state.orders.set(key, sorted);
    }
    return sorted;
  }

  /**
   * The folios have loaded after the open: each entry holds its folio instead of the outline,
   * which has the same values, so every kept order and count stays as it is (re-sorting would
   * take ~400 ms at 100,000 folios). Rows made from outlines are dropped, to be made again.
   */
  #holdFolios(): void {
    const state = this.#state;
    const store = this.source.store();
    if (!state || state.store !== store || state.seq !== store.seq || !store.loaded) return;
    const entries = entriesOf(state);
    for (const entry of entries) {
      const folio = store.peek('folios', entry.folio.id);
      if (folio === undefined) {
        // Not the folios the outlines listed: start afresh.
        this.#state = null;
        return;
      }
      entry.folio = folio;
      entry.row = undefined;
    }
    // Keyed by the outlines' id strings: made again from the entries when needed.
    state.byId = null;
    state.list = entries;
    this.#nameOrder = state.orders.get('name')?.map((entry) => entry.folio.id) ?? [];
  }

  /** `seqBefore`: the commit the change followed (null: unknown). */
  #apply(change: ChangeSet | null, seqBefore: number | null): void {
    const state = this.#state;
    if (!state) return;
    // A restore, or a store that failed to load (the session then has no store to ask).
    if (change === null) {
      this.#state = null;
      return;
    }
    const named = (['groups', 'people', 'enterprises'] as const).some(
      (c) => (change.put?.[c]?.length ?? 0) > 0 || (change.delete?.[c]?.length ?? 0) > 0,
    );
    const store = this.source.store();
    if (
      named ||
      seqBefore !== state.seq ||
      store !== state.store ||
      this.source.today() !== state.today
    ) {
      this.#state = null;
      return;
    }
    const touched = new Set([
      ...(change.put?.folios ?? []).map((f) => f.id),
      ...(change.delete?.folios ?? []),
    ]);
    const byId = (state.byId ??= new Map(entriesOf(state).map((entry) => [entry.folio.id, entry])));
    state.list = null;
    for (const id of touched) {
      const old = byId.get(id);
      const folio = store.get('folios', id);
      const entry: Entry | undefined = folio ? { folio } : undefined;
      // Same name, same id: the same place in the name order.
      if (entry && old?.nameRank !== undefined && old.folio.name === entry.folio.name)
        entry.nameRank = old.nameRank;
      for (const [key, sorted] of state.orders) {
        const order = entryOrder(key, state.rowOf);
        let i = -1;
        if (old) {
          const at = lowerBound(sorted, old, order);
          i = sorted[at] === old ? at : sorted.indexOf(old);
        }
        // Most edits leave a folio where it was in most orders: put it back in its place,
        // without moving the rest (at 100,000 folios each splice moves up to 800 KB).
        if (entry && i >= 0 && fitsAt(sorted, i, entry, order)) {
          sorted[i] = entry;
          continue;
        }
        if (i >= 0) sorted.splice(i, 1);
        if (entry) sorted.splice(lowerBound(sorted, entry, order), 0, entry);
      }
      for (const { test, totals } of [
        { test: () => true, totals: state.all },
        ...state.counts.values(),
      ]) {
        if (old && test(old)) addTo(totals, old.folio, -1);
        if (entry && test(entry)) addTo(totals, entry.folio, 1);
      }
      if (entry) byId.set(id, entry);
      else byId.delete(id);
    }
    state.seq = store.seq;
  }
}
