// The renderer's root: the providers around the start-up screen, over the given API.
import type { DossierApi } from '../api/contract-types';
import { AppProviders } from './AppProviders';
import { Startup } from './Startup';

export function Root({ api }: { api: DossierApi }) {
  return (
    <AppProviders api={api}>
      <Startup />
    </AppProviders>
  );
}
