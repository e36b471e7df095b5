// Checks schedule clashes: overlapping times, a person in two places, a place or folio visited twice.
import { describe, expect, it } from 'vitest';
import { type Trip, tripDefaults, tripSchema } from '../../../../electron/core/model/trip';
import type { TripItem } from '../../../../electron/core/model/trip-parts';
import { tripItemDefaults } from '../../../../electron/core/model/trip-parts';
import { tripClashes } from '../../../../electron/core/services/trips/clashes';

let n = 0;
/** A schedule item from start to end of a kind, with whatever else the case needs. */
const item = (
  start: string,
  end: string,
  kind: TripItem['kind'],
  more: Partial<TripItem> = {},
): TripItem => ({
  ...tripItemDefaults,
  id: `item-${String(++n).padStart(6, '0')}`,
  start,
  end,
  kind,
  ...more,
});

function trip(days: { date: string; items: TripItem[] }[]): Trip {
  return tripSchema.parse({
    ...tripDefaults,
    id: 'trip-0000001',
    rev: 1,
    createdAt: '2024-03-01T00:00:00.000Z',
    updatedAt: '2024-03-01T00:00:00.000Z',
    workspaceId: 'ws-0000001',
    kind: 'outbound',
    title: '市长带队赴厦门拜访弘信电子集团',
    startDate: '2024-04-16',
    endDate: '2024-04-17',
    ourDelegation: [
      { id: 'our-wang-01', personId: null, name: '王国先', title: '市委副书记、市长' },
      { id: 'our-chen-01', personId: null, name: '陈立新', title: '副市长' },
    ],
    theirDelegation: [{ id: 'their-chen-1', name: '陈志宏', title: '副总裁', enterpriseId: null }],
    days,
  });
}

const folioNames = new Map([
  ['folio-server', '高性能AI算力服务器智造项目'],
  ['folio-parts', 'AI服务器机箱结构件及线缆配套项目'],
]);
/** One day of the schedule. */
const on = (date: string, ...items: TripItem[]) => ({ date, items });
const clashesOf = (t: Trip) => tripClashes(t, (id) => folioNames.get(id));
const clashesOn = (...days: ReturnType<typeof on>[]) => clashesOf(trip(days));

describe('schedule clashes', () => {
  it('finds nothing in back-to-back items, even when one ends as the next starts', () => {
    const clean = trip([
      on(
        '2024-04-16',
        item('12:30', '13:30', 'meal', { place: '厦门', ourAttendees: ['our-wang-01'] }),
        item('13:30', '16:00', 'site', {
          place: '弘信电子集团总部',
          ourAttendees: ['our-wang-01'],
        }),
      ),
    ]);
    expect(clashesOf(clean)).toEqual([]);
  });

  it('flags overlapping times on the same day, naming both items by day, time and place', () => {
    const a = item('14:30', '16:00', 'site', { place: '弘信电子集团总部及生产基地' });
    const b = item('15:30', '17:00', 'meeting', { place: '弘信电子集团总部会议室' });
    const clashes = clashesOf(trip([{ date: '2024-04-16', items: [b, a] }]));
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({
      kind: 'overlap',
      items: [
        { date: '2024-04-16', itemId: a.id },
        { date: '2024-04-16', itemId: b.id },
      ],
    });
    expect(clashes[0]?.message).toBe(
      '时间重叠：2024-04-16 14:30—16:00（弘信电子集团总部及生产基地）与2024-04-16 15:30—17:00（弘信电子集团总部会议室）',
    );
  });

  it('does not compare times across days', () => {
    const clashes = clashesOn(
      on('2024-04-16', item('09:00', '10:30', 'forum', { place: '厦门' })),
      on('2024-04-17', item('09:00', '10:30', 'signing', { place: '厦门' })),
    );
    expect(clashes).toEqual([]);
  });

  it('flags a person of either side in two overlapping items, by name', () => {
    const clashes = clashesOn(
      on(
        '2024-04-17',
        item('14:00', '15:30', 'site', {
          place: '配套企业',
          ourAttendees: ['our-chen-01'],
          theirAttendees: ['their-chen-1'],
        }),
        item('15:00', '16:00', 'meeting', {
          place: '市政府驻厦联络处',
          ourAttendees: ['our-chen-01', 'our-wang-01'],
          theirAttendees: ['their-chen-1'],
        }),
      ),
    );
    expect(clashes.map((c) => c.kind)).toEqual(['overlap', 'person']);
    expect(clashes[1]?.message).toMatch(
      /^陈立新、陈志宏同一时间安排在两处：2024-04-17 14:00—15:30（配套企业）与/,
    );
    expect(clashes[1]?.message).not.toContain('王国先');
  });

  it('flags the same place visited twice on a site visit, on different days too', () => {
    const clashes = clashesOn(
      on('2024-04-16', item('14:30', '16:00', 'site', { place: '弘信电子集团生产基地' })),
      on('2024-04-17', item('14:00', '15:00', 'site', { place: ' 弘信电子集团生产基地' })),
    );
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({ kind: 'repeatSite' });
    expect(clashes[0]?.message).toContain('同一地点“弘信电子集团生产基地”实地考察了两次');
    expect(clashes[0]?.message).toContain('2024-04-17 14:00—15:00');
  });

  it('flags the same folio on two site visits, naming the folio', () => {
    const clashes = clashesOn(
      on(
        '2024-04-16',
        item('09:00', '10:00', 'site', {
          place: '一号厂房',
          folioIds: ['folio-server', 'folio-parts'],
        }),
        item('11:00', '12:00', 'site', { place: '二号厂房', folioIds: ['folio-server'] }),
      ),
    );
    expect(clashes.map((c) => c.message)).toEqual([
      '项目“高性能AI算力服务器智造项目”实地考察了两次：2024-04-16 09:00—10:00（一号厂房）与2024-04-16 11:00—12:00（二号厂房）',
    ]);
  });

  it('does not count a folio met at a meeting and visited on site as a repeat visit', () => {
    const clashes = clashesOn(
      on(
        '2024-04-16',
        item('09:00', '10:00', 'site', { place: '生产基地', folioIds: ['folio-server'] }),
        item('10:30', '12:00', 'meeting', { place: '生产基地', folioIds: ['folio-server'] }),
      ),
    );
    expect(clashes).toEqual([]);
  });
});
