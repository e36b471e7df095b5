/**
 * 领导日程: one leader put in 西安 on one trip and in 天水 on another, at overlapping times on
 * the same day, is flagged on both trips and in the calendar; engagements that fit are not.
 */
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../../electron/core/api/contract';
import { openTestCore, type TestCore } from '../../../helpers/core';

function tripInput(
  t: { title: string; date: string; start: string; end: string; place: string },
  leader: { id: string; personId: string | null; name: string },
): InputOf<'trips.create'> {
  return {
    kind: 'outbound',
    title: t.title,
    startDate: t.date,
    endDate: t.date,
    ourDelegation: [{ ...leader, title: '副市长' }],
    days: [
      {
        date: t.date,
        items: [
          {
            start: t.start,
            end: t.end,
            kind: 'meeting',
            place: t.place,
            ourAttendees: [leader.id],
            theirAttendees: [],
          },
        ],
      },
    ],
  };
}

async function twoTrips(t: TestCore, secondStart: string, secondEnd: string) {
  const chen = await t.call('people.create', { name: '陈立新', title: '副市长' });
  const xian = await t.call(
    'trips.create',
    tripInput(
      { title: '赴西安招商', date: '2026-12-10', start: '09:30', end: '11:30', place: '西安' },
      { id: 'member-chen-1', personId: chen.id, name: '陈立新' },
    ),
  );
  // The second trip names him by name only: he is still the same leader.
  const home = await t.call(
    'trips.create',
    tripInput(
      {
        title: '重庆客商来访',
        date: '2026-12-10',
        start: secondStart,
        end: secondEnd,
        place: '天水',
      },
      { id: 'member-chen-2', personId: null, name: '陈立新' },
    ),
  );
  return { chen, xian, home };
}

describe('领导日程 across trips', () => {
  it('flags one leader in two places on two trips, in the calendar, both trips and the list', async () => {
    const t = await openTestCore();
    const { chen, xian, home } = await twoTrips(t, '10:00', '11:00');

    const calendar = await t.call('trips.calendar', {});
    expect(calendar).toHaveLength(1);
    const [leader] = calendar;
    expect(leader).toMatchObject({ personId: chen.id, name: '陈立新', clashCount: 1 });
    const entries = leader?.days.flatMap((d) => d.entries) ?? [];
    expect(entries.map((e) => [e.tripTitle, e.start])).toEqual([
      ['赴西安招商', '09:30'],
      ['重庆客商来访', '10:00'],
    ]);
    expect(entries.every((e) => e.clashes.length === 1)).toBe(true);
    expect(entries[0]?.clashes).toEqual(['与考察“重庆客商来访”10:00—11:00（天水）时间重叠']);
    expect(entries[1]?.clashes).toEqual(['与考察“赴西安招商”09:30—11:30（西安）时间重叠']);

    for (const trip of [xian, home]) {
      const detail = await t.call('trips.get', { id: trip.id });
      expect(detail.clashes.map((c) => c.kind)).toEqual(['elsewhere']);
    }
    const list = await t.call('trips.list', {});
    expect(list.map((s) => s.clashCount)).toEqual([1, 1]);
  });

  it('keeps engagements that fit one after another free of warnings, and filters by date', async () => {
    const t = await openTestCore();
    await twoTrips(t, '11:30', '12:30');
    const [leader] = await t.call('trips.calendar', {});
    expect(leader?.clashCount).toBe(0);
    expect(leader?.days[0]?.entries.map((e) => e.clashes)).toEqual([[], []]);
    expect((await t.call('trips.list', {})).map((s) => s.clashCount)).toEqual([0, 0]);
    expect(await t.call('trips.calendar', { from: '2026-12-11' })).toEqual([]);
    expect(await t.call('trips.calendar', { to: '2026-12-10' })).toHaveLength(1);
  });
});
