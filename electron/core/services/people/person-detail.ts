// A person's page: the folios they lead and steward, their trips and the open items of their folios.
import type { PersonDetail } from '../../api/person-views';
import type { FolioSummary } from '../../api/views';
import type { Folio, Person } from '../../model/records';
import type { Store } from '../../store/types';
import { FOLLOW_UP_ORDER, blockersOf, overdueOf } from '../dashboard/stats';
import { byName, folioSummary, nameLookup } from '../summaries';
import { tripsUsing } from '../trips/links';
import { byStartDesc, tripSummary } from '../trips/views';

/** What people.get answers: everything that names the person, as the page shows it. */
export function personDetail(store: Store, person: Person, today: string): PersonDetail {
  const names = nameLookup(store);
  const leads: FolioSummary[] = [];
  const stewards: FolioSummary[] = [];
  const theirs: Folio[] = [];
  // Read for the rows made from them: no freezing of every folio for one person's page.
  for (const folio of store.scan('folios')) {
    const lead = folio.leaderId === person.id;
    const steward = folio.stewardId === person.id;
    if (!lead && !steward) continue;
    const summary = folioSummary(store, folio, today, names);
    if (lead) leads.push(summary);
    if (steward) stewards.push(summary);
    theirs.push(folio);
  }
  const trips = tripsUsing(store, 'people', person.id).flatMap(({ id }) => {
    const trip = store.get('trips', id);
    return trip ? [tripSummary(store, trip)] : [];
  });
  return {
    person,
    leads: leads.sort(byName),
    stewards: stewards.sort(byName),
    trips: trips.sort(byStartDesc),
    overdueItems: theirs
      .flatMap((f) => [...overdueOf(f, today)])
      .sort(FOLLOW_UP_ORDER.overdueItems),
    openBlockers: theirs.flatMap((f) => [...blockersOf(f)]).sort(FOLLOW_UP_ORDER.openBlockers),
  };
}
