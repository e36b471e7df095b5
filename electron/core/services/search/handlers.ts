// The search.query method: one search box over every record, logs and blockers included.
import type { HandlerSet } from '../../api/registry';
import type { Session } from '../session';
import { SearchIndex } from './search-index';

/** `search.query`: one search box over every record, logs and blockers included. */
export function searchHandlers(session: Session): HandlerSet {
  const index = new SearchIndex(session);
  // Built once the open has settled, in steps, so the first query after open answers at once.
  setTimeout(() => void index.warm(), 0).unref();
  return {
    'search.query': async ({ text, limit }) => index.query(text, limit),
  };
}
