// TripEditor: every change to a trip sends the rev the page shows and takes the trip returned.
import { useCallback, useMemo } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Trip } from '../../api/contract-types';
import { useRecordEditor } from '../../hooks/useRecordEditor';
import { useT } from '../../i18n/I18nContext';
import type { ItemMove, TripPatch } from './types';

export interface TripEditor {
  trip: Trip;
  /** `trips.update` with the trip's id and rev. Throws on failure (forms show it). */
  save: (patch: TripPatch) => Promise<Trip>;
  /** A one-click save (reorder, delete): a failure is shown as a message. */
  quickSave: (patch: TripPatch) => Promise<void>;
  /** `trips.moveItem` with the trip's rev; a failure is shown as a message. */
  move: (move: ItemMove) => Promise<void>;
}

/**
 * Every change to a trip goes through here: it sends the rev the page shows, takes the trip
 * the server returns, and on a conflict (changed elsewhere) reloads and says so.
 */
export function useTripEditor(
  trip: Trip,
  onSaved: (trip: Trip) => void,
  reload: () => void,
): TripEditor {
  const api = useApi();
  const t = useT();
  const { run, save, quickSave, quick } = useRecordEditor('trips.update', trip, onSaved, reload);

  const move = useCallback(
    (to: ItemMove) =>
      quick(
        () => run((current) => api['trips.moveItem']({ id: trip.id, rev: current, ...to })),
        t('trips.moved'),
      ),
    [api, trip.id, run, t, quick],
  );

  return useMemo(() => ({ trip, save, quickSave, move }), [trip, save, quickSave, move]);
}
