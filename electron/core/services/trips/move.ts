// Moves one schedule item of a trip to another place or day, with the problems that stop it.
import type { FieldError } from '../../api/errors';
import type { Trip } from '../../model/trip';
import type { TripDay } from '../../model/trip-parts';

export interface ItemMove {
  itemId: string;
  toDate: string;
  toIndex: number;
}

/**
 * The days after moving one item to `toIndex` of `toDate` (counted without the item itself),
 * within its day or to another; a date of the trip with no schedule yet gets a day. Times stay
 * as they were: the clashes then tell whether they still fit.
 */
export function moveItem(trip: Trip, move: ItemMove): { days: TripDay[]; problems: FieldError[] } {
  const refuse = (problem: FieldError) => ({ days: trip.days, problems: [problem] });
  const from = trip.days.find((day) => day.items.some((i) => i.id === move.itemId));
  const item = from?.items.find((i) => i.id === move.itemId);
  if (!from || !item) {
    return refuse({ path: 'itemId', message: '找不到该日程事项，可能已被删除' });
  }
  if (move.toDate < trip.startDate || move.toDate > trip.endDate) {
    const range = `${trip.startDate} 至 ${trip.endDate}`;
    return refuse({ path: 'toDate', message: `目标日期不在考察日期（${range}）之内` });
  }
  const without = trip.days.map((day) =>
    day === from ? { ...day, items: day.items.filter((i) => i.id !== item.id) } : day,
  );
  const target = without.find((day) => day.date === move.toDate) ?? {
    date: move.toDate,
    items: [],
  };
  if (move.toIndex > target.items.length) {
    const count = target.items.length;
    return refuse({ path: 'toIndex', message: `位置超出范围：该日现有 ${count} 项日程` });
  }
  const items = [...target.items];
  items.splice(move.toIndex, 0, item);
  const days = [...without.filter((day) => day.date !== move.toDate), { ...target, items }];
  return { days: days.sort((a, b) => a.date.localeCompare(b.date)), problems: [] };
}
