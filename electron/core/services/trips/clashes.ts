// A trip's schedule warnings: overlapping times, a person in two places, a place or folio visited twice.
import type { TripClash } from '../../api/views';
import type { Trip } from '../../model/trip';
import { TRIP_ITEM_KIND_LABELS, type TripItem } from '../../model/trip-parts';

/*
 * Schedule rules. A clash is a warning shown beside the schedule, never a refusal: officers
 * plan in drafts, and a delegation may split up on purpose.
 */

interface Placed {
  date: string;
  item: TripItem;
}

/** How a warning names an item: day, time and place, e.g. 2024-03-29 10:00—11:00（清水县工业园区）. */
export function describeItem({ date, item }: Placed): string {
  const where = item.place.trim() || item.title.trim() || TRIP_ITEM_KIND_LABELS[item.kind];
  return `${date} ${item.start}—${item.end}（${where}）`;
}

function overlaps(a: TripItem, b: TripItem): boolean {
  return a.start < b.end && b.start < a.end;
}

function pairs<T>(list: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  list.forEach((a, i) => list.slice(i + 1).forEach((b) => out.push([a, b])));
  return out;
}

function clash(kind: TripClash['kind'], message: string, a: Placed, b: Placed): TripClash {
  return {
    kind,
    message,
    items: [
      { date: a.date, itemId: a.item.id },
      { date: b.date, itemId: b.item.id },
    ],
  };
}

function shared(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return [...new Set(a)].filter((x) => other.has(x));
}

function sameDayClashes(trip: Trip, a: Placed, b: Placed): TripClash[] {
  if (a.date !== b.date || !overlaps(a.item, b.item)) return [];
  const both = `${describeItem(a)}与${describeItem(b)}`;
  const out = [clash('overlap', `时间重叠：${both}`, a, b)];
  const names = new Map(
    [...trip.ourDelegation, ...trip.theirDelegation].map((m) => [m.id, m.name] as const),
  );
  const people = [
    ...shared(a.item.ourAttendees, b.item.ourAttendees),
    ...shared(a.item.theirAttendees, b.item.theirAttendees),
  ].map((id) => names.get(id) ?? id);
  if (people.length > 0) {
    out.push(clash('person', `${people.join('、')}同一时间安排在两处：${both}`, a, b));
  }
  return out;
}

function repeatedSite(a: Placed, b: Placed, folioName: (id: string) => string): TripClash[] {
  if (a.item.kind !== 'site' || b.item.kind !== 'site') return [];
  const both = `${describeItem(a)}与${describeItem(b)}`;
  const place = a.item.place.trim();
  if (place && place === b.item.place.trim()) {
    return [clash('repeatSite', `同一地点“${place}”实地考察了两次：${both}`, a, b)];
  }
  const folios = shared(a.item.folioIds, b.item.folioIds);
  if (folios.length === 0) return [];
  const names = folios.map((id) => `“${folioName(id)}”`).join('、');
  return [clash('repeatSite', `项目${names}实地考察了两次：${both}`, a, b)];
}

/**
 * Every warning of a trip's schedule, in schedule order: overlapping times on a day, people
 * (ours or theirs) in two overlapping items, and a site (same place, or same folio) visited
 * twice. `folioName` names linked folios; a folio no longer there shows as 已删除的项目.
 */
export function tripClashes(
  trip: Trip,
  folioName: (id: string) => string | undefined = () => undefined,
): TripClash[] {
  const placed: Placed[] = trip.days.flatMap((day) =>
    day.items.map((item) => ({ date: day.date, item })),
  );
  const byTime = [...placed].sort((a, b) =>
    a.date === b.date ? a.item.start.localeCompare(b.item.start) : a.date.localeCompare(b.date),
  );
  const name = (id: string) => folioName(id) ?? '已删除的项目';
  return pairs(byTime).flatMap(([a, b]) => [
    ...sameDayClashes(trip, a, b),
    ...repeatedSite(a, b, name),
  ]);
}
