// Checks that a trip's schedule merges per visit: edits of different visits of one day both stay.
import { describe, expect, it } from 'vitest';
import type { Trip } from '../../../electron/core/model/trip';
import { expandStamps } from '../../../electron/core/exchange/stamps';
import { contentOf, exchange, openDesk, payloadOf, stage, type Desk } from '../../helpers/exchange';
import { conflictAt } from './conflict-match';

const visit = (start: string, title: string) => ({
  start,
  end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}:00`,
  kind: 'meeting' as const,
  title,
});

async function pair(): Promise<{ a: Desk; b: Desk; tripId: string }> {
  const a = await openDesk('甲');
  const b = await openDesk('乙');
  const trip = await a.call('trips.create', {
    kind: 'inbound',
    title: '江西省甘肃商会来天水考察',
    startDate: '2024-05-10',
    endDate: '2024-05-12',
    days: [
      { date: '2024-05-10', items: [visit('09:00', '麦积山考察'), visit('14:00', '对接洽谈会')] },
      { date: '2024-05-11', items: [visit('10:00', '园区座谈')] },
    ],
  });
  await exchange(a, b);
  return { a, b, tripId: trip.id };
}

const tripOf = (d: Desk, id: string): Promise<Trip> =>
  d.call('trips.get', { id }).then((x) => x.trip);

/** Edits one visit (found by its title) on a desk. */
async function editVisit(d: Desk, id: string, title: string, change: object): Promise<void> {
  const trip = await tripOf(d, id);
  const days = trip.days.map((day) => ({
    ...day,
    items: day.items.map((it) => (it.title === title ? { ...it, ...change } : it)),
  }));
  await d.call('trips.update', { id, rev: trip.rev, days });
}

const titles = (trip: Trip) =>
  trip.days.map((day) => `${day.date}: ${day.items.map((it) => it.title).join('、')}`);

describe('a trip schedule merges visit by visit', () => {
  it('two officers editing different visits of one day both keep their edits', async () => {
    const { a, b, tripId } = await pair();
    await editVisit(a, tripId, '麦积山考察', { place: '麦积山石窟' });
    await editVisit(b, tripId, '对接洽谈会', { place: '天水宾馆' });
    const there = await exchange(a, b);
    expect(there.preview.counts).toMatchObject({ updated: 1, conflicts: 0 });
    expect(there.preview.records.find((r) => r.id === tripId)?.fields).toEqual(['日程事项']);
    const back = await exchange(b, a);
    expect(back.preview.counts.conflicts).toBe(0);
    const trip = await tripOf(a, tripId);
    const day = trip.days.find((d) => d.date === '2024-05-10');
    expect(day?.items.map((it) => [it.title, it.place])).toEqual([
      ['麦积山考察', '麦积山石窟'],
      ['对接洽谈会', '天水宾馆'],
    ]);
    expect(contentOf(a.session.store())).toEqual(contentOf(b.session.store()));
  });

  it('both editing one field of one visit is a conflict shown for that field', async () => {
    const { a, b, tripId } = await pair();
    await editVisit(a, tripId, '对接洽谈会', { place: '天水宾馆' });
    await editVisit(b, tripId, '对接洽谈会', { place: '市政府三楼会议室' });
    const stagedId = stage(b, payloadOf(a.session.store()), '甲');
    const preview = await b.call('exchange.preview', { stagedId });
    expect(preview.conflicts).toEqual([
      conflictAt(
        { id: tripId, label: '日程事项「对接洽谈会」 · 地点' },
        '市政府三楼会议室',
        '天水宾馆',
      ),
    ]);
    const path = preview.conflicts[0]?.path ?? '';
    expect(path).toMatch(/^visits\.[^.]+\.place$/);
    await b.call('exchange.apply', {
      stagedId,
      choices: [{ collection: 'trips', id: tripId, path, pick: 'theirs' }],
    });
    const trip = await tripOf(b, tripId);
    expect(trip.days[0]?.items.find((it) => it.title === '对接洽谈会')?.place).toBe('天水宾馆');
    const back = await exchange(b, a);
    expect(back.preview.counts.conflicts).toBe(0);
    expect(contentOf(a.session.store())).toEqual(contentOf(b.session.store()));
  });

  it('visits added and removed on either side merge like other list items; a day comes back for a new visit', async () => {
    const { a, b, tripId } = await pair();
    // 甲 adds a visit to 10 May and removes 园区座谈 (and with it the day 11 May).
    const ta = await tripOf(a, tripId);
    await a.call('trips.update', {
      id: tripId,
      rev: ta.rev,
      days: [{ date: '2024-05-10', items: [...(ta.days[0]?.items ?? []), visit('19:00', '晚宴')] }],
    });
    // 乙 adds a visit to 10 May, and one to 11 May (the day 甲 removed).
    const tb = await tripOf(b, tripId);
    await b.call('trips.update', {
      id: tripId,
      rev: tb.rev,
      days: [
        { date: '2024-05-10', items: [...(tb.days[0]?.items ?? []), visit('16:00', '企业走访')] },
        { date: '2024-05-11', items: [...(tb.days[1]?.items ?? []), visit('15:00', '签约仪式')] },
      ],
    });
    const there = await exchange(a, b);
    expect(there.preview.counts.conflicts).toBe(0);
    await exchange(b, a);
    const trip = await tripOf(a, tripId);
    expect(titles(trip)).toEqual([
      '2024-05-10: 麦积山考察、对接洽谈会、企业走访、晚宴',
      '2024-05-11: 签约仪式',
    ]);
    expect(contentOf(a.session.store())).toEqual(contentOf(b.session.store()));
  });

  it('a visit moved to another day on one side and edited on the other keeps both', async () => {
    const { a, b, tripId } = await pair();
    const ta = await tripOf(a, tripId);
    const moved = ta.days[0]?.items[1];
    if (!moved) throw new Error('the trip has its visits');
    await a.call('trips.moveItem', {
      id: tripId,
      rev: ta.rev,
      itemId: moved.id,
      toDate: '2024-05-12',
      toIndex: 0,
    });
    await editVisit(b, tripId, '麦积山考察', { host: '市商务局' });
    await exchange(a, b);
    await exchange(b, a);
    const trip = await tripOf(b, tripId);
    expect(titles(trip)).toEqual([
      '2024-05-10: 麦积山考察',
      '2024-05-11: 园区座谈',
      '2024-05-12: 对接洽谈会',
    ]);
    expect(trip.days[0]?.items[0]?.host).toBe('市商务局');
    expect(contentOf(a.session.store())).toEqual(contentOf(b.session.store()));
  });

  it('reads a trip stamped a day at a time: each visit and date takes its day’s stamp', async () => {
    const { a, tripId } = await pair();
    const trip = await tripOf(a, tripId);
    const older = '00lvd0000-000-aaaaaaaaaa';
    const day = '00lvd0001-000-aaaaaaaaaa';
    const legacy = { ...trip, stamps: { b: older, f: { 'days.2024-05-10': day }, s: {} } };
    const { map } = expandStamps('trips', legacy);
    const [first, second] = trip.days[0]?.items ?? [];
    const [other] = trip.days[1]?.items ?? [];
    expect(map.get(`visits.${first?.id}`)).toBe(day);
    expect(map.get(`visits.${second?.id}`)).toBe(day);
    expect(map.get('dates.2024-05-10')).toBe(day);
    expect(map.get(`visits.${other?.id}`)).toBe(older);
    expect(map.get('visits.#order')).toBe(day);
    expect(map.get('title')).toBe(older);
  });
});
