/** 工作台's numbers for the open workspace, kept up to date by each change of a folio. */
import type { DashboardStats } from '../../api/views';
import type { Session } from '../session';
import { DashboardTally } from './tally';

type Source = Pick<Session, 'store' | 'today' | 'onChange'>;

interface State {
  store: ReturnType<Source['store']>;
  seq: number;
  today: string;
  shown: number;
  tally: DashboardTally;
  /** The last answer, until the next change. */
  stats: DashboardStats | null;
}

/**
 * The dashboard's numbers, made in one pass over the folios on the first request and then kept:
 * an edit re-counts only the folios it touched, taking out each as it was before the change. A
 * restore, an unseen commit, a new day or another `shown` starts afresh.
 */
export class LiveDashboard {
  #state: State | null = null;
  readonly #unsubscribe: () => void;

  constructor(private readonly source: Source) {
    this.#unsubscribe = source.onChange((change, before) => {
      const state = this.#state;
      if (!state) return;
      // A restore, or a store that failed to load (the session then has no store to ask).
      if (change === null) {
        this.#state = null;
        return;
      }
      const store = source.store();
      if (
        before === null ||
        before.seq !== state.seq ||
        store !== state.store ||
        source.today() !== state.today
      ) {
        this.#state = null;
        return;
      }
      const touched = new Set([
        ...(change.put?.folios ?? []).map((f) => f.id),
        ...(change.delete?.folios ?? []),
      ]);
      for (const id of touched) state.tally.change(before.folio(id), store.get('folios', id));
      if (touched.size > 0) {
        state.tally.settle(() => store.outlines());
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
      // Outlines: there from the open on, before the folios themselves have loaded.
      const tally = new DashboardTally(today, shown, store.outlines());
      state = { store, seq: store.seq, today, shown, tally, stats: null };
      this.#state = state;
    }
    state.stats ??= state.tally.stats();
    return state.stats;
  }
}
