// Loads a trip's page with clashes and linked records, keeping the newest revision from saves.
import { useState } from 'react';
import type { Trip, TripDetail } from '../../api/contract-types';
import type { Loaded } from '../../hooks/useLoad';
import { useApiQuery } from '../../hooks/useApiQuery';

export interface LoadedTrip {
  /** The trip with its clashes and linked records; the trip is the newest revision known. */
  detail: Loaded<TripDetail>;
  /** Takes the trip a save returned, so the page shows it before the reload comes back. */
  setTrip: (trip: Trip) => void;
}

/** Loads a trip's page; every save reloads it (through the data version) for fresh clashes. */
export function useTripDetail(id: string): LoadedTrip {
  const loaded = useApiQuery('trips.get', { id });
  const [saved, setSaved] = useState<Trip | null>(null);
  const stored = loaded.data;
  const data =
    stored && saved && saved.id === stored.trip.id && saved.rev > stored.trip.rev
      ? { ...stored, trip: saved }
      : stored;
  return { detail: { ...loaded, data }, setTrip: setSaved };
}
