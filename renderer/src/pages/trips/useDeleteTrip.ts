// Deletes a trip into the 回收站 after a confirmation naming it; sends its rev.
import { useDeleteWithConfirm, type DeleteSpec } from '../../components/useDeleteWithConfirm';

type TripTarget = { id: string; rev: number; title: string };

const TRIP: DeleteSpec<TripTarget> = {
  method: 'trips.delete',
  confirmText: (trip, t) => ({
    title: t('trips.deleteTitle', { name: trip.title }),
    content: t('trips.deleteBody'),
  }),
};

/** Deletes a trip (into the recycle bin) after a confirmation naming it; sends its `rev`. */
export const useDeleteTrip = () => useDeleteWithConfirm(TRIP);
