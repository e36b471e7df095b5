// After a sync: marks the views stale only when records came in or conflicts wait.
import { useCallback } from 'react';
import type { SyncStatus } from '../api/contract-types';
import { useAnnounceChange } from '../workspace/ChangeFeed';

/** A quiet sync (nothing received, nothing waiting) reloads no view. */
export function useAnnounceSync(): (status: SyncStatus) => void {
  const announce = useAnnounceChange();
  return useCallback(
    (status: SyncStatus) => {
      if (status.received > 0 || status.conflicts > 0) announce('sync.now');
    },
    [announce],
  );
}
