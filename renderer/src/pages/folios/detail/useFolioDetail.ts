// Loads a folio with its linked records and keeps its newest revision from saves and reloads.
import { useState } from 'react';
import type { Folio, FolioDetail } from '../../../api/contract-types';
import { useApiQuery } from '../../../hooks/useApiQuery';

export interface LoadedFolio {
  /** The folio with its group, enterprise and people, as last loaded. */
  detail: FolioDetail | undefined;
  /** The newest folio known: the one a save returned, or the loaded one if newer. */
  folio: Folio | undefined;
  error: unknown;
  reload: () => void;
  /** Takes the folio a save returned, so the page shows it without loading again. */
  setFolio: (folio: Folio) => void;
}

/** Loads a folio and keeps the newest revision of it from saves and reloads. */
export function useFolioDetail(id: string): LoadedFolio {
  const loaded = useApiQuery('folios.get', { id });
  const [saved, setSaved] = useState<Folio | null>(null);
  const stored = loaded.data?.folio;
  const folio = saved && stored && saved.rev > stored.rev ? saved : stored;
  return {
    detail: loaded.data,
    folio,
    error: loaded.error,
    reload: loaded.reload,
    setFolio: setSaved,
  };
}
