// A trip about to come back from the 回收站, its links to records still in the bin dropped.
import type { Trip } from '../../model/trip';
import { type Restoring, restoring } from '../references';
import type { Session } from '../session';
import type { Linked } from './links';

/**
 * A trip about to come back from the recycle bin. Records it links that are in the bin have
 * to be restored first; records purged since are unlinked rather than blocking it for ever.
 */
export function tripForRestore(session: Session, trip: Trip): Restoring<Trip> {
  return restoring(session, (resolve) => {
    const keep = (collection: Linked) => (ids: string[]) =>
      ids.filter((id) => resolve(collection, id) !== null);
    const folios = keep('folios');
    const record: Trip = {
      ...trip,
      ourDelegation: trip.ourDelegation.map((m) => ({
        ...m,
        personId: resolve('people', m.personId),
      })),
      theirDelegation: trip.theirDelegation.map((m) => ({
        ...m,
        enterpriseId: resolve('enterprises', m.enterpriseId),
      })),
      enterpriseIds: keep('enterprises')(trip.enterpriseIds),
      folioIds: folios(trip.folioIds),
      days: trip.days.map((day) => ({
        ...day,
        items: day.items.map((item) => ({ ...item, folioIds: folios(item.folioIds) })),
      })),
    };
    return record;
  });
}
