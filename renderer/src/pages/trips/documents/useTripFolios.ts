// Loads the full records of a trip's folios (attachments and enterprises) for its documents.
import { useCallback } from 'react';
import { useApi } from '../../../api/ApiContext';
import type { FolioDetail, TripDetail } from '../../../api/contract-types';
import { useLoad, type Loaded } from '../../../hooks/useLoad';

const FOLIOS = ['folios'] as const;

/**
 * The full records of a trip's folios (their attachments and enterprises are not in the trip's
 * detail). A folio that cannot be read (deleted meanwhile) is left out rather than failing all.
 */
export function useTripFolios(detail: TripDetail): Loaded<FolioDetail[]> {
  const api = useApi();
  const ids = detail.folios.map((f) => f.id).join(' ');
  return useLoad(
    useCallback(async () => {
      const settled = await Promise.allSettled(
        ids
          .split(' ')
          .filter(Boolean)
          .map((id) => api['folios.get']({ id })),
      );
      return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    }, [api, ids]),
    FOLIOS,
  );
}
