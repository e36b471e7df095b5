// Schedule helpers: the trip's dates, its days with their items, clashes by item, adding and removing.
import type { Trip, TripClash } from '../../../api/contract-types';
import type { Draft } from '../../folios/detail/types';
import type { TripDay, TripItem } from '../types';

/** A day as the schedule shows it: its items, and which day of the trip it is (null: outside). */
export interface ScheduleDay {
  date: string;
  items: TripItem[];
  dayNumber: number | null;
}

/** The most days a trip may have (the model's limit), so a bad range cannot run away. */
const MAX_DAYS = 60;

function nextDate(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Every date from start to end, both included (YYYY-MM-DD). */
export function tripDates(start: string, end: string): string[] {
  const dates: string[] = [];
  for (let date = start; date <= end && dates.length < MAX_DAYS; date = nextDate(date)) {
    dates.push(date);
  }
  return dates;
}

/** Every date of the trip, with the items planned on it (none yet for some), in date order. */
export function scheduleDays(trip: Pick<Trip, 'startDate' | 'endDate' | 'days'>): ScheduleDay[] {
  const dates = tripDates(trip.startDate, trip.endDate);
  const byDate = new Map(trip.days.map((day) => [day.date, day.items]));
  const all = [...new Set([...dates, ...byDate.keys()])].sort();
  return all.map((date) => {
    const at = dates.indexOf(date);
    return { date, items: byDate.get(date) ?? [], dayNumber: at < 0 ? null : at + 1 };
  });
}

/** For each item named in a clash, the clash messages that name it. */
export function clashesByItem(clashes: readonly TripClash[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const clash of clashes) {
    for (const { itemId } of clash.items) {
      out.set(itemId, [...(out.get(itemId) ?? []), clash.message]);
    }
  }
  return out;
}

export type ItemDraft = Draft<TripItem>;
type DayDraft = { date: string; items: (TripItem | ItemDraft)[] };

/** The days with `item` saved on `date`: an edit replaces it in place, a new item goes last. */
export function withItem(days: readonly TripDay[], date: string, item: ItemDraft): DayDraft[] {
  const target = days.find((day) => day.date === date);
  if (!target) {
    return [...days, { date, items: [item] }].sort((a, b) => a.date.localeCompare(b.date));
  }
  return days.map((day) => {
    if (day !== target) return day;
    const known = item.id !== undefined && day.items.some((i) => i.id === item.id);
    return {
      ...day,
      items: known ? day.items.map((i) => (i.id === item.id ? item : i)) : [...day.items, item],
    };
  });
}

/** The days without the item; a day left empty stays (it still is a day of the trip). */
export function withoutItem(days: readonly TripDay[], itemId: string): TripDay[] {
  return days.map((day) => ({ ...day, items: day.items.filter((i) => i.id !== itemId) }));
}
