// The renderer's root: the providers around the start-up screen, over the given API.
import type { DossierApi } from '../api/contract-types';
import { AppProviders } from './AppProviders';
import { Startup } from './Startup';

/** `staticStyles`: the page has antd's static sheet (see AppProviders). */
export function Root({ api, staticStyles = false }: { api: DossierApi; staticStyles?: boolean }) {
  return (
    <AppProviders api={api} staticStyles={staticStyles}>
      <Startup />
    </AppProviders>
  );
}
