/** 工作台's numbers for the open workspace, kept up to date by each change of a folio. */
import type { DashboardStats } from '../../api/views';
import type { Folio } from '../../model/records';
import type { Session } from '../session';
import { DashboardTally } from './tally';

type Source = Pick<Session, 'store' | 'today' | 'onChange'>;

interface State {
  store: ReturnType<Source['store']>;
  seq: number;
  today: string;
  shown: number;
  tally: DashboardTally;
  /** Each folio as the tally counted it: what an edit of it takes out. */
  counted: Map<string, Folio>;
  /** The last answer, until the next change. */
  stats: DashboardStats | null;
}

/** `folios`, each noted in `counted` on the way. */
function* countedAs(folios: Iterable<Folio>, counted: Map<string, Folio>): Generator<Folio> {
  for (const folio of folios) {
    counted.set(folio.id, folio);
    yield folio;
  }
}

/**
 * The dashboard's numbers, made in one pass over the folios on the first request and then kept:
 * an edit re-counts only the folios it touched. A restore, an unseen commit, a new day or
 * another `shown` starts afresh.
 */
export class LiveDashboard {
  #state: State | null = null;
  readonly #unsubscribe: () => void;

  constructor(private readonly source: Source) {
    this.#unsubscribe = source.onChange((change) => {
      const state = this.#state;
      if (!state) return;
      const store = source.store();
      if (change === null || store !== state.store || source.today() !== state.today) {
        this.#state = null;
        return;
      }
      const touched = new Set([
        ...(change.put?.folios ?? []).map((f) => f.id),
        ...(change.delete?.folios ?? []),
      ]);
      for (const id of touched) {
        const next = store.get('folios', id);
        state.tally.change(state.counted.get(id), next);
        if (next) state.counted.set(id, next);
        else state.counted.delete(id);
      }
      if (touched.size > 0) {
        state.tally.settle(() => store.all('folios'));
        state.stats = null;
      }
      state.seq = store.seq;
    });
  }

  close(): void {
    this.#unsubscribe();
  }

  stats(shown: number): DashboardStats {
    const store = this.source.store();
    const today = this.source.today();
    let state = this.#state;
    const fresh =
      state &&
      state.store === store &&
      state.seq === store.seq &&
      state.today === today &&
      state.shown === shown;
    if (!state || !fresh) {
      const counted = new Map<string, Folio>();
      const tally = new DashboardTally(today, shown, countedAs(store.all('folios'), counted));
      state = { store, seq: store.seq, today, shown, tally, counted, stats: null };
      this.#state = state;
    }
    state.stats ??= state.tally.stats();
    return state.stats;
  }
}
