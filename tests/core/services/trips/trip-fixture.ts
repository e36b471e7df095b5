// Test fixture: a core with the people, enterprise and folios a trip links to, and a clean trip input.
import type { InputOf } from '../../../../electron/core/api/contract';
import type { Trip } from '../../../../electron/core/api/views';
import { openTestCore, type TestCore } from '../../../helpers/core';

/** Ids a client chooses itself, so items can name members in the same call. */
export const MAYOR = 'our-mayor-0001';
export const DIRECTOR = 'our-director-01';
export const CHAIRMAN = 'their-chair-001';
export const SECRETARY = 'their-secr-0001';

export interface TripWorld {
  t: TestCore;
  mayorId: string;
  chamberId: string;
  hotSpringId: string;
  beefId: string;
  trip: Trip;
  /** The trip as stored now. */
  current(): Promise<Trip>;
}

/** Two days, three visits, no clash: the clean baseline every test changes one thing in. */
export function cleanTripInput(ids: {
  mayorId: string;
  chamberId: string;
  hotSpringId: string;
  beefId: string;
}): InputOf<'trips.create'> {
  return {
    kind: 'inbound',
    title: '重庆市甘肃商会考察团来天水考察',
    startDate: '2024-03-29',
    endDate: '2024-03-30',
    purpose: '对接张家川县、清水县招商项目',
    ourDelegation: [
      { id: MAYOR, personId: ids.mayorId, name: '张宇晶', title: '市委常委、副市长' },
      { id: DIRECTOR, personId: null, name: '景怡', title: '市招商局局长' },
    ],
    theirDelegation: [
      { id: CHAIRMAN, name: '崔小刚', title: '会长', enterpriseId: ids.chamberId },
      { id: SECRETARY, name: '王启明', title: '秘书长', enterpriseId: ids.chamberId },
    ],
    hosts: [{ name: '王磊', title: '科长', unit: '市招商局', phone: '13909381021', role: '联络' }],
    enterpriseIds: [ids.chamberId],
    folioIds: [ids.hotSpringId],
    days: [
      {
        date: '2024-03-29',
        items: [
          {
            start: '10:00',
            end: '11:00',
            kind: 'site',
            place: '张家川县工业园区',
            ourAttendees: [DIRECTOR],
            theirAttendees: [CHAIRMAN, SECRETARY],
            folioIds: [ids.beefId],
          },
          {
            start: '14:30',
            end: '15:30',
            kind: 'site',
            place: '清水县温泉旅游度假区',
            ourAttendees: [DIRECTOR],
            theirAttendees: [CHAIRMAN],
            folioIds: [ids.hotSpringId],
          },
        ],
      },
      {
        date: '2024-03-30',
        items: [
          {
            start: '10:00',
            end: '11:50',
            kind: 'meeting',
            title: '对接洽谈会',
            place: '天水市招商局会议室',
            ourAttendees: [MAYOR, DIRECTOR],
            theirAttendees: [CHAIRMAN, SECRETARY],
            folioIds: [ids.beefId, ids.hotSpringId],
          },
        ],
      },
    ],
  };
}

/** A core with the people, enterprise and folios a trip links to, and the clean trip. */
export async function tripWorld(): Promise<TripWorld> {
  const t = await openTestCore();
  const mayor = await t.call('people.create', { name: '张宇晶', title: '市委常委、副市长' });
  const chamber = await t.call('enterprises.create', { name: '重庆市甘肃商会', kind: 'chamber' });
  const group = await t.call('groups.create', { name: '清水县招商工作专班', kind: 'county' });
  const hotSpring = await t.call('folios.create', {
    groupId: group.id,
    name: '清水县温泉旅游度假区提质扩容项目',
  });
  const beef = await t.call('folios.create', {
    groupId: group.id,
    name: '张家川县肉牛屠宰及冷链加工项目',
  });
  const ids = {
    mayorId: mayor.id,
    chamberId: chamber.id,
    hotSpringId: hotSpring.id,
    beefId: beef.id,
  };
  const trip = await t.call('trips.create', cleanTripInput(ids));
  return {
    t,
    ...ids,
    trip,
    current: async () => (await t.call('trips.get', { id: trip.id })).trip,
  };
}
