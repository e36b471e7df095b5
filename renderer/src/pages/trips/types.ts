// The parts of a trip as the renderer sees them: days, items, members, hosts and the update patch.
import type { InputOf, Trip } from '../../api/contract-types';

/* The parts of a trip, as stored (with ids). */
export type TripKind = Trip['kind'];
export type TripDay = Trip['days'][number];
export type TripItem = TripDay['items'][number];
export type TripItemKind = TripItem['kind'];
export type OurMember = Trip['ourDelegation'][number];
export type TheirMember = Trip['theirDelegation'][number];
export type TripHost = Trip['hosts'][number];

/** What `trips.update` takes beside the id and rev. */
export type TripPatch = Omit<InputOf<'trips.update'>, 'id' | 'rev'>;

/** Where `trips.moveItem` puts an item: a date of the trip and a place in that day. */
export interface ItemMove {
  itemId: string;
  toDate: string;
  toIndex: number;
}
