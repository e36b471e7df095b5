// Property test of a trip schedule exchanged between two desks: visit edits converge, none lost unasked.
import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../../electron/core/clock';
import type { Trip } from '../../../electron/core/model/trip';
import { contentOf, exchange, openDesk, type Desk } from '../../helpers/exchange';
import { prng } from '../../helpers/prng';

const DATES = ['2024-05-10', '2024-05-11', '2024-05-12'];

interface Edit {
  desk: string;
  /** `<visit id>/<field>`, `added:<title>`, `removed:<visit id>`, `moved:<visit id>`, `lodging` */
  target: string;
  value: string;
}

const tripOf = (d: Desk, id: string): Promise<Trip> =>
  d.call('trips.get', { id }).then((x) => x.trip);

const visitsOf = (trip: Trip) =>
  trip.days.flatMap((day) => day.items.map((item) => ({ ...item, date: day.date })));

/** One random edit of the trip on `d`: a visit's field, a visit added, removed or moved, lodging. */
async function randomEdit(
  d: Desk,
  id: string,
  rnd: () => number,
  n: number,
  edits: Edit[],
): Promise<void> {
  const trip = await tripOf(d, id);
  const visits = visitsOf(trip);
  const value = `${d.name}-${n}`;
  const some = visits[Math.floor(rnd() * visits.length)];
  const r = rnd();
  if (r < 0.4 && some) {
    const field = rnd() < 0.5 ? 'place' : 'host';
    const days = trip.days.map((day) => ({
      ...day,
      items: day.items.map((it) => (it.id === some.id ? { ...it, [field]: value } : it)),
    }));
    await d.call('trips.update', { id, rev: trip.rev, days });
    edits.push({ desk: d.name, target: `${some.id}/${field}`, value });
  } else if (r < 0.6) {
    const date = DATES[Math.floor(rnd() * DATES.length)] ?? '2024-05-10';
    const item = { start: '08:00', end: '09:00', kind: 'site' as const, title: value };
    const has = trip.days.some((day) => day.date === date);
    const days = has
      ? trip.days.map((day) => (day.date === date ? { ...day, items: [...day.items, item] } : day))
      : [...trip.days, { date, items: [item] }].sort((x, y) => x.date.localeCompare(y.date));
    await d.call('trips.update', { id, rev: trip.rev, days });
    edits.push({ desk: d.name, target: `added:${value}`, value });
  } else if (r < 0.75 && some && visits.length > 1) {
    const days = trip.days.map((day) => ({
      ...day,
      items: day.items.filter((it) => it.id !== some.id),
    }));
    await d.call('trips.update', { id, rev: trip.rev, days });
    edits.push({ desk: d.name, target: `removed:${some.id}`, value });
  } else if (r < 0.9 && some) {
    const toDate = DATES.filter((x) => x !== some.date)[rnd() < 0.5 ? 0 : 1] ?? '2024-05-10';
    await d.call('trips.moveItem', { id, rev: trip.rev, itemId: some.id, toDate, toIndex: 0 });
    edits.push({ desk: d.name, target: `moved:${some.id}`, value: toDate });
  } else {
    await d.call('trips.update', { id, rev: trip.rev, lodging: value });
    edits.push({ desk: d.name, target: 'lodging', value });
  }
}

/** Whether an edit was the only one on its target and nothing on the other desk touched it. */
function untouched(edits: readonly Edit[], e: Edit, visitId: string | null): boolean {
  return !edits.some(
    (o) =>
      o.desk !== e.desk &&
      (o.target === e.target ||
        (visitId !== null &&
          (o.target.startsWith(`${visitId}/`) ||
            o.target === `removed:${visitId}` ||
            o.target === `moved:${visitId}`))),
  );
}

async function run(seed: number): Promise<void> {
  const rnd = prng(seed);
  const a = await openDesk('甲', steppingClock(new Date('2024-04-01T01:00:00Z'), 1000));
  const b = await openDesk('乙', steppingClock(new Date('2024-04-01T01:00:00Z'), 1300));
  const trip = await a.call('trips.create', {
    kind: 'inbound',
    title: '江西省甘肃商会来天水考察',
    startDate: DATES[0] ?? '',
    endDate: DATES[2] ?? '',
    days: [
      {
        date: '2024-05-10',
        items: [
          { start: '09:00', end: '10:00', kind: 'site', title: '麦积山考察' },
          { start: '14:00', end: '16:00', kind: 'meeting', title: '对接洽谈会' },
        ],
      },
      {
        date: '2024-05-11',
        items: [{ start: '10:00', end: '11:00', kind: 'forum', title: '座谈' }],
      },
    ],
  });
  await exchange(a, b);
  const edits: Edit[] = [];
  let n = 0;
  for (let round = 0; round < 5; round++) {
    for (let k = 0; k < 3; k++) await randomEdit(rnd() < 0.5 ? a : b, trip.id, rnd, n++, edits);
    if (rnd() < 0.6) {
      const [from, to] = rnd() < 0.5 ? [a, b] : [b, a];
      await exchange(from, to, rnd() < 0.5 ? 'ours' : 'theirs');
    }
  }
  await exchange(a, b, rnd() < 0.5 ? 'ours' : 'theirs');
  await exchange(b, a, 'theirs');
  expect(contentOf(a.session.store()), `seed ${seed}`).toEqual(contentOf(b.session.store()));

  // Every edit of one desk that the other desk did not touch is there.
  const visits = visitsOf(await tripOf(a, trip.id));
  const removed = new Set(
    edits.filter((e) => e.target.startsWith('removed:')).map((e) => e.target.slice(8)),
  );
  const lastOf = (target: string) => edits.filter((e) => e.target === target).at(-1);
  for (const e of edits) {
    if (lastOf(e.target) !== e) continue;
    const [head = '', field] = e.target.split('/');
    const [kind, id = ''] = e.target.split(':');
    const visitId = field ? head : kind === 'moved' || kind === 'removed' ? id : null;
    if (!untouched(edits, e, visitId)) continue;
    if (kind !== 'removed' && visitId && removed.has(visitId)) continue;
    const where = `${e.target} (seed ${seed})`;
    if (field === 'place' || field === 'host') {
      expect(visits.find((v) => v.id === head)?.[field], where).toBe(e.value);
    } else if (e.target.startsWith('moved:')) {
      expect(visits.find((v) => v.id === visitId)?.date, where).toBe(e.value);
    } else if (e.target.startsWith('added:')) {
      const added = visits.find((v) => v.title === e.value);
      const gone = !added && edits.some((o) => o.target.startsWith('removed:'));
      if (!gone) expect(added?.title, where).toBe(e.value);
    } else if (e.target.startsWith('removed:')) {
      expect(
        visits.some((v) => v.id === e.target.slice(8)),
        where,
      ).toBe(false);
    } else if (e.target === 'lodging') {
      expect((await tripOf(a, trip.id)).lodging, where).toBe(e.value);
    }
  }
}

describe('trip schedule exchanged between two desks (property)', () => {
  for (const seed of [11, 12, 13, 14, 15, 16, 17, 18]) {
    it(`converges with no unattended visit edit lost (seed ${seed})`, async () => {
      await run(seed);
    });
  }
});
