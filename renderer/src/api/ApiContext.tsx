// The React context that hands the typed API to every component (ApiProvider, useApi).
import { createContext, useContext, type ReactNode } from 'react';
import type { DossierApi } from './contract-types';

const ApiContext = createContext<DossierApi | null>(null);

export function ApiProvider({ api, children }: { api: DossierApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): DossierApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
