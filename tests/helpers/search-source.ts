// Test helper: a search source over a store whose changes the test announces itself (notify).
import type { SearchSource } from '../../electron/core/services/search/search-index';
import type { DossierStore } from '../../electron/core/store/store';
import type { ChangeSet } from '../../electron/core/store/types';

/** What the search index reads and listens to; `notify` tells it of a change the test made. */
export function sourceOf(store: DossierStore): SearchSource & { notify(change: ChangeSet): void } {
  const listeners = new Set<(change: ChangeSet | null) => void>();
  return {
    store: () => store,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify: (change) => listeners.forEach((l) => l(change)),
  };
}
