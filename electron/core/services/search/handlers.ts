// The search methods: search.query (complete) and search.find (the search box: a few ms, flagged incomplete while the index builds).
import type { HandlerSet } from '../../api/registry';
import type { Session } from '../session';
import { SearchIndex } from './search-index';

/**
 * `search.query`: one search box over every record, logs and blockers included; `search.find`
 * the same in a few ms, flagged incomplete while the index is still being built. `close` stops
 * the index's background build when the workspace closes.
 */
export function searchHandlers(session: Session): { handlers: HandlerSet; close: () => void } {
  const index = new SearchIndex(session);
  // Built once the folios have loaded, in steps, so the first query after open finds it ready.
  void session.whenLoaded().then(() => index.warm());
  return {
    handlers: {
      'search.query': async ({ text, limit }) => index.query(text, limit),
      'search.find': async ({ text, limit }) => index.find(text, limit),
    },
    close: () => index.close(),
  };
}
