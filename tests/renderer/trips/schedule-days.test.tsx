// Checks schedule days: dates across a month end, days outside the trip, new days, clashes per item.
import { describe, expect, it } from 'vitest';
import {
  clashesByItem,
  scheduleDays,
  tripDates,
  withItem,
} from '../../../renderer/src/pages/trips/schedule/schedule';
import { chamberTrip, item } from './support';

describe('schedule days', () => {
  it('lists every date of a trip across a month end', () => {
    expect(tripDates('2024-02-28', '2024-03-01')).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it('keeps a planned day outside the trip’s dates visible, marked as outside', () => {
    const trip = chamberTrip({ endDate: '2024-03-30' });
    expect(scheduleDays(trip).map((d) => [d.date, d.dayNumber])).toEqual([
      ['2024-03-29', 1],
      ['2024-03-30', 2],
      ['2024-03-31', null],
    ]);
  });

  it('an item added on a date with nothing planned yet gets its day, in date order', () => {
    const trip = chamberTrip();
    const added = item('item-0009', '09:00', '10:00');
    const days = withItem(trip.days, '2024-03-30', { ...added, id: undefined });
    expect(days.map((d) => [d.date, d.items.length])).toEqual([
      ['2024-03-29', 3],
      ['2024-03-30', 1],
      ['2024-03-31', 1],
    ]);
  });

  it('names each item a clash concerns, once per clash', () => {
    const both = [
      { date: '2024-03-29', itemId: 'a' },
      { date: '2024-03-29', itemId: 'b' },
    ];
    const byItem = clashesByItem([
      { kind: 'overlap', message: '时间重叠', items: both },
      { kind: 'person', message: '张伟同一时间安排在两处', items: both },
    ]);
    expect(byItem.get('a')).toEqual(['时间重叠', '张伟同一时间安排在两处']);
    expect(byItem.has('c')).toBe(false);
  });
});
