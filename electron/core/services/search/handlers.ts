import type { HandlerSet } from '../../api/registry';
import type { Session } from '../session';
import { SearchIndex } from './search-index';

/** `search.query`: one search box over every record, logs and blockers included. */
export function searchHandlers(session: Session): HandlerSet {
  const index = new SearchIndex(session);
  return {
    'search.query': async ({ text, limit }) => index.query(text, limit),
  };
}
