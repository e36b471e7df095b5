/**
 * 领导日程: a leader has one calendar, whatever trip an engagement belongs to. Our delegates
 * are the same person across trips when they name the same person record, or (without one)
 * the same name; two of their engagements that overlap on a day clash, in one trip or two.
 */
import type { CalendarEntry, LeaderCalendar, TripClash } from '../../api/views';
import type { Trip } from '../../model/trip';
import { itemsInTimeOrder, type OurMember, type TripItem } from '../../model/trip-parts';
import { describeItem } from './clashes';

interface Engagement {
  key: string;
  member: OurMember;
  trip: Trip;
  date: string;
  item: TripItem;
}

type KeyOf = (member: OurMember) => string;

/**
 * Who a delegate is across trips: their person record, or for a delegate typed in by name the
 * person record some trip links under that name, or else the name itself.
 */
function personKeys(trips: readonly Trip[]): KeyOf {
  const byName = new Map<string, string>();
  for (const trip of trips) {
    for (const m of trip.ourDelegation) if (m.personId) byName.set(m.name.trim(), m.personId);
  }
  return (m) => m.personId ?? byName.get(m.name.trim()) ?? `name:${m.name.trim()}`;
}

function engagementsOf(trip: Trip, keyOf: KeyOf): Engagement[] {
  const members = new Map(trip.ourDelegation.map((m) => [m.id, m] as const));
  return trip.days.flatMap((day) =>
    itemsInTimeOrder(day.items).flatMap((item) =>
      item.ourAttendees.flatMap((memberId) => {
        const member = members.get(memberId);
        return member ? [{ key: keyOf(member), member, trip, date: day.date, item }] : [];
      }),
    ),
  );
}

function overlap(a: Engagement, b: Engagement): boolean {
  return a.date === b.date && a.item.start < b.item.end && b.item.start < a.item.end;
}

function where(e: Engagement): string {
  return `考察“${e.trip.title}”${describeItem({ date: e.date, item: e.item })}`;
}

/** How a calendar row names the engagement it clashes with: 与考察“…”10:00—11:00（天水）时间重叠. */
function sameTimeAs(other: Engagement): string {
  const { item } = other;
  const where = item.place.trim() || item.title.trim();
  return `与考察“${other.trip.title}”${item.start}—${item.end}${where ? `（${where}）` : ''}时间重叠`;
}

function clashMessage(a: Engagement, b: Engagement): string {
  return `${a.member.name}同一时间有两处安排：${where(a)}与${where(b)}`;
}

/** Every engagement of every trip, grouped by person. */
function byPerson(trips: readonly Trip[], keyOf: KeyOf): Map<string, Engagement[]> {
  const out = new Map<string, Engagement[]>();
  for (const trip of trips) {
    for (const e of engagementsOf(trip, keyOf)) out.set(e.key, [...(out.get(e.key) ?? []), e]);
  }
  return out;
}

/**
 * The clashes of `trip`'s delegates with their engagements on other trips (clashes inside the
 * trip itself are the schedule's own warnings).
 */
export function clashesElsewhere(trip: Trip, all: Iterable<Trip>): TripClash[] {
  const trips = [...all];
  const keyOf = personKeys(trips);
  const others = byPerson(
    trips.filter((t) => t.id !== trip.id),
    keyOf,
  );
  const out: TripClash[] = [];
  for (const mine of engagementsOf(trip, keyOf)) {
    for (const theirs of others.get(mine.key) ?? []) {
      if (!overlap(mine, theirs)) continue;
      out.push({
        kind: 'elsewhere',
        message: clashMessage(mine, theirs),
        items: [
          { date: mine.date, itemId: mine.item.id },
          { date: theirs.date, itemId: theirs.item.id, tripId: theirs.trip.id },
        ],
      });
    }
  }
  return out;
}

function entryOf(e: Engagement, clashes: string[]): CalendarEntry {
  const { item } = e;
  return {
    tripId: e.trip.id,
    tripTitle: e.trip.title,
    itemId: item.id,
    start: item.start,
    end: item.end,
    kind: item.kind,
    title: item.title,
    place: item.place,
    clashes,
  };
}

/** One person's engagements, day by day in time order, each with the clashes it is part of. */
function calendarOf(key: string, engagements: Engagement[]): LeaderCalendar {
  const sorted = [...engagements].sort((a, b) =>
    a.date === b.date ? a.item.start.localeCompare(b.item.start) : a.date.localeCompare(b.date),
  );
  const clashes = new Map<Engagement, string[]>();
  let clashCount = 0;
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      if (b.date !== a.date) break;
      if (!overlap(a, b)) continue;
      clashCount += 1;
      // Each row names the other engagement: the date is the row's own.
      clashes.set(a, [...(clashes.get(a) ?? []), sameTimeAs(b)]);
      clashes.set(b, [...(clashes.get(b) ?? []), sameTimeAs(a)]);
    }
  });
  const days: LeaderCalendar['days'] = [];
  for (const e of sorted) {
    const entry = entryOf(e, clashes.get(e) ?? []);
    const last = days.at(-1);
    if (last?.date === e.date) last.entries.push(entry);
    else days.push({ date: e.date, entries: [entry] });
  }
  const first = sorted[0]?.member;
  return {
    key,
    personId: first?.personId ?? null,
    name: first?.name ?? '',
    title: first?.title ?? '',
    days,
    clashCount,
  };
}

/**
 * Everyone of ours who attends something, with their engagements between `from` and `to`
 * (inclusive, either open); people with clashes first, then by name.
 */
export function leaderCalendars(
  trips: Iterable<Trip>,
  range: { from?: string | undefined; to?: string | undefined } = {},
): LeaderCalendar[] {
  const inRange = (e: Engagement) =>
    (range.from === undefined || e.date >= range.from) &&
    (range.to === undefined || e.date <= range.to);
  const list = [...trips];
  return [...byPerson(list, personKeys(list))]
    .map(([key, list]) => calendarOf(key, list.filter(inRange)))
    .filter((c) => c.days.length > 0)
    .sort(
      (a, b) =>
        Number(b.clashCount > 0) - Number(a.clashCount > 0) ||
        a.name.localeCompare(b.name, 'zh-Hans-CN'),
    );
}
