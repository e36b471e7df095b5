// What a trip points at (people, enterprises, folios): checked on edit, and named on refused deletes.
import type { FieldError } from '../../api/errors';
import type { Trip } from '../../model/trip';
import type { Store } from '../../store/types';
import { rejectFields } from '../field-errors';

/*
 * What a trip points at: people (our delegation), enterprises (linked, and theirs) and folios
 * (linked, and each item's). Only references an edit adds are checked, so a trip still
 * naming a record removed with the demo stays editable.
 */

export type Linked = 'people' | 'enterprises' | 'folios';

interface Ref {
  collection: Linked;
  id: string;
  path: string;
  label: string;
}

const LABELS: Record<Linked, string> = { people: '人员', enterprises: '客商', folios: '项目' };

export function refsOf(trip: Trip): Ref[] {
  const refs: Ref[] = [];
  const add = (collection: Linked, id: string, path: string) => {
    refs.push({ collection, id, path, label: LABELS[collection] });
  };
  trip.ourDelegation.forEach((m, i) => {
    if (m.personId) add('people', m.personId, `ourDelegation.${i}.personId`);
  });
  trip.theirDelegation.forEach((m, i) => {
    if (m.enterpriseId) add('enterprises', m.enterpriseId, `theirDelegation.${i}.enterpriseId`);
  });
  trip.enterpriseIds.forEach((id, i) => add('enterprises', id, `enterpriseIds.${i}`));
  trip.folioIds.forEach((id, i) => add('folios', id, `folioIds.${i}`));
  trip.days.forEach((day, d) =>
    day.items.forEach((item, j) =>
      item.folioIds.forEach((id, k) => add('folios', id, `days.${d}.items.${j}.folioIds.${k}`)),
    ),
  );
  return refs;
}

/** Refuses an edit that links a record that does not exist, naming the field. */
export function checkTripRefs(store: Store, before: Trip | null, after: Trip): void {
  const known = new Set(before ? refsOf(before).map((r) => `${r.collection}/${r.id}`) : []);
  const problems: FieldError[] = refsOf(after)
    .filter((r) => !known.has(`${r.collection}/${r.id}`) && !store.get(r.collection, r.id))
    .map((r) => ({ path: r.path, message: `所选${r.label}不存在，请重新选择` }));
  rejectFields(problems);
}

/** The trips that point at a record (id and title), for a refusal to delete it. */
export function tripsUsing(
  store: Store,
  collection: Linked,
  id: string,
): { id: string; name: string }[] {
  return [...store.all('trips')]
    .filter((trip) => refsOf(trip).some((r) => r.collection === collection && r.id === id))
    .map((trip) => ({ id: trip.id, name: trip.title }));
}

/** The trip with every link to a folio gone: its list of folios and its schedule items' links. */
export function withoutFolio(trip: Trip, folioId: string): Pick<Trip, 'folioIds' | 'days'> {
  const keep = (ids: string[]) => ids.filter((id) => id !== folioId);
  return {
    folioIds: keep(trip.folioIds),
    days: trip.days.map((day) => ({
      ...day,
      items: day.items.map((item) => ({ ...item, folioIds: keep(item.folioIds) })),
    })),
  };
}
