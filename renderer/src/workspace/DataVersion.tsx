import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiProvider, useApi } from '../api/ApiContext';
import { withMutationListener } from '../api/mutations';

export interface DataVersion {
  /** Grows after every change to the workspace (a save, a delete, an undo). */
  version: number;
  /** Tells every loaded view that the data changed. */
  bumpData: () => void;
}

const DataVersionContext = createContext<DataVersion>({ version: 0, bumpData: () => undefined });

/**
 * Counts the changes made through the API below it: every successful call of a changing
 * method bumps the version, and `useLoad` loads again when it changes. So an undo, or a person
 * created from inside another form, shows up on whatever page is open.
 */
export function DataVersionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const bumpData = useCallback(() => setVersion((n) => n + 1), []);
  const notifying = useMemo(() => withMutationListener(api, bumpData), [api, bumpData]);
  const value = useMemo(() => ({ version, bumpData }), [version, bumpData]);
  return (
    <ApiProvider api={notifying}>
      <DataVersionContext.Provider value={value}>{children}</DataVersionContext.Provider>
    </ApiProvider>
  );
}

/** The data version; outside a workspace it stays 0. */
export function useDataVersion(): DataVersion {
  return useContext(DataVersionContext);
}
