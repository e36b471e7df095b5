// The reads the first screen needs, started by the entry script before the app's code has loaded.
import { startEarly } from '../api/early-reads';
import type { DossierApi } from '../api/contract-types';
import { parseListQuery } from '../pages/folios/folio-filter';
import { FIRST_PAGE, pageRequest } from '../pages/folios/remote-table';
import { hashQuery, parseHash } from '../router/hash-router';

/**
 * Starts `workspace.status` and, when the address is the folio list, its first page, so both
 * answers travel while the app's code loads (Startup and the list take them; see early-reads).
 */
export function startFirstReads(api: DossierApi, hash: string): void {
  startEarly(api, 'workspace.status', {});
  const route = parseHash(hash);
  if (route.section === 'folios' && !route.id && !route.page) {
    const { filter } = parseListQuery(hashQuery(hash));
    startEarly(api, 'folios.page', pageRequest(filter, '', FIRST_PAGE));
  }
}
