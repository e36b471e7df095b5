/** 'folios.page': the folio list a page at a time, filtered and sorted in the core. */
import type { HandlerSet } from '../api/registry';
import { FolioListView } from './folio-list-view';
import type { Session } from './session';

export function folioPageHandlers(session: Session): HandlerSet {
  const view = new FolioListView(session);
  return {
    'folios.page': async (request) => view.page(request),
  };
}
