// A trip's summary for the list and its detail with warnings, clashes and linked records.
import type { TripDetail, TripSummary } from '../../api/views';
import type { Enterprise, Person } from '../../model/records';
import type { Trip } from '../../model/trip';
import { scheduleInTimeOrder } from '../../model/trip-parts';
import type { Store } from '../../store/types';
import { folioSummary, nameLookup } from '../summaries';
import { clashesElsewhere } from './calendar';
import { tripClashes } from './clashes';

/** The trip's own schedule warnings, then its delegates' clashes with other trips. */
function clashesOf(store: Store, trip: Trip) {
  return [
    ...tripClashes(trip, (id) => store.get('folios', id)?.name),
    ...clashesElsewhere(trip, store.all('trips')),
  ];
}

export function tripSummary(store: Store, trip: Trip): TripSummary {
  return tripRow(trip, clashesOf(store, trip).length);
}

/** A trip as the list shows it, once its clashes are counted. */
export function tripRow(trip: Trip, clashCount: number): TripSummary {
  return {
    id: trip.id,
    rev: trip.rev,
    title: trip.title,
    kind: trip.kind,
    startDate: trip.startDate,
    endDate: trip.endDate,
    itemCount: trip.days.reduce((n, day) => n + day.items.length, 0),
    clashCount,
    updatedAt: trip.updatedAt,
  };
}

/** Newest trip first; trips on the same days by title. */
export function byStartDesc(a: TripSummary, b: TripSummary): number {
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? 1 : -1;
  return a.title.localeCompare(b.title, 'zh-Hans-CN');
}

function present<T>(list: (T | undefined)[]): T[] {
  return list.filter((x): x is T => x !== undefined);
}

/**
 * The trip with its warnings and linked records, in the order the trip names them: linked
 * folios first, then those only its items name. Records no longer there are left out.
 */
export function tripDetail(store: Store, stored: Trip, today: string): TripDetail {
  const trip = scheduleInTimeOrder(stored);
  const folioIds = new Set([
    ...trip.folioIds,
    ...trip.days.flatMap((d) => d.items.flatMap((i) => i.folioIds)),
  ]);
  const enterpriseIds = new Set([
    ...trip.enterpriseIds,
    ...present(trip.theirDelegation.map((m) => m.enterpriseId ?? undefined)),
  ]);
  const personIds = new Set(present(trip.ourDelegation.map((m) => m.personId ?? undefined)));
  const names = nameLookup(store);
  return {
    trip,
    clashes: clashesOf(store, trip),
    folios: present([...folioIds].map((id) => store.get('folios', id))).map((f) =>
      folioSummary(store, f, today, names),
    ),
    enterprises: present<Enterprise>([...enterpriseIds].map((id) => store.get('enterprises', id))),
    people: present<Person>([...personIds].map((id) => store.get('people', id))),
  };
}
