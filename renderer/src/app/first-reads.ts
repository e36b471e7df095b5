// The reads the first screen needs, started by the entry script before the app's code has loaded.
import { startEarly } from '../api/early-reads';
import type { DossierApi, InputOf } from '../api/contract-types';
import { parseListQuery } from '../pages/folios/folio-filter';
import { FIRST_PAGE, pageRequest } from '../pages/folios/remote-table';
import { hashQuery, parseHash } from '../router/hash-router';

/** The folio list's first page as the address asks for it; null if the address is not the list. */
export function firstPageRequest(hash: string): InputOf<'folios.page'> | null {
  const route = parseHash(hash);
  if (route.section !== 'folios' || route.id || route.page) return null;
  const { filter } = parseListQuery(hashQuery(hash));
  return pageRequest(filter, '', FIRST_PAGE);
}

/**
 * Starts `workspace.status` and, when the address is the folio list, its first page, so both
 * answers travel while the app's code loads (Startup and the list take them; see early-reads).
 */
export function startFirstReads(api: DossierApi, hash: string): void {
  startEarly(api, 'workspace.status', {});
  const page = firstPageRequest(hash);
  if (page) startEarly(api, 'folios.page', page);
}
