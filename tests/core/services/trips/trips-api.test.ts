// Checks trips through the API: create, get, update with clashes, move items, delete, restore and undo.
import { describe, expect, it } from 'vitest';
import { CHAIRMAN, DIRECTOR, MAYOR, tripWorld } from './trip-fixture';
import { must } from '../../../helpers/must';

describe('trips through the API', () => {
  it('creates a trip: parts get ids, items get defaults, the list sums it up', async () => {
    const w = await tripWorld();
    expect(w.trip.rev).toBe(1);
    expect(w.trip.ourDelegation.map((m) => m.id)).toEqual([MAYOR, DIRECTOR]);
    expect(must(w.trip.hosts[0]).id).toMatch(/\S{8,}/);
    const first = must(w.trip.days[0]?.items[0]);
    expect(first.id).toMatch(/\S{8,}/);
    expect(first).toMatchObject({ title: '', host: '', materials: '', talkingPoints: '' });
    expect(w.trip).toMatchObject({ packVersions: [], copyRegister: [], transport: '' });

    expect(await w.t.call('trips.list', {})).toEqual([
      {
        id: w.trip.id,
        rev: 1,
        title: '重庆市甘肃商会考察团来天水考察',
        kind: 'inbound',
        startDate: '2024-03-29',
        endDate: '2024-03-30',
        itemCount: 3,
        clashCount: 0,
        updatedAt: w.trip.updatedAt,
      },
    ]);
  });

  it('gets a trip with its linked folios, enterprises and people', async () => {
    const w = await tripWorld();
    const detail = await w.t.call('trips.get', { id: w.trip.id });
    expect(detail.clashes).toEqual([]);
    expect(detail.folios.map((f) => f.name)).toEqual([
      '清水县温泉旅游度假区提质扩容项目',
      '张家川县肉牛屠宰及冷链加工项目',
    ]);
    expect(detail.enterprises.map((e) => e.name)).toEqual(['重庆市甘肃商会']);
    expect(detail.people.map((p) => p.name)).toEqual(['张宇晶']);
  });

  it('updates the schedule with a rev check; a clash shows in the list and the detail', async () => {
    const w = await tripWorld();
    const days = w.trip.days.map((day) =>
      day.date === '2024-03-30'
        ? {
            ...day,
            items: [
              ...day.items,
              {
                start: '11:00',
                end: '12:00',
                kind: 'meal' as const,
                place: '天水市区',
                ourAttendees: [MAYOR],
                theirAttendees: [CHAIRMAN],
              },
            ],
          }
        : day,
    );
    const updated = await w.t.call('trips.update', { id: w.trip.id, rev: w.trip.rev, days });
    expect(updated.rev).toBe(2);
    expect(updated.days[1]?.items).toHaveLength(2);
    const { clashes } = await w.t.call('trips.get', { id: w.trip.id });
    expect(clashes.map((c) => c.kind)).toEqual(['overlap', 'person']);
    expect(must(clashes[1]).message).toContain('张宇晶、崔小刚');
    expect((await w.t.call('trips.list', {}))[0]?.clashCount).toBe(2);

    const stale = await w.t.fail('trips.update', { id: w.trip.id, rev: 1, title: '旧版本' });
    expect(stale).toMatchObject({ kind: 'conflict', fields: [{ path: 'rev' }] });
    expect((await w.current()).title).toBe('重庆市甘肃商会考察团来天水考察');
  });

  it('moves an item to another day, where time order places it; 撤销 puts it back', async () => {
    const w = await tripWorld();
    const [visit1, visit2] = must(w.trip.days[0]).items;
    const meeting = must(w.trip.days[1]?.items[0]);
    // 14:30 cannot go before 10:00 on the same day: the schedule stays in time order.
    const within = await w.t.call('trips.moveItem', {
      id: w.trip.id,
      rev: w.trip.rev,
      itemId: must(visit2).id,
      toDate: '2024-03-29',
      toIndex: 0,
    });
    expect(within.days[0]?.items.map((i) => i.id)).toEqual([visit1?.id, visit2?.id]);
    expect(within.rev).toBe(w.trip.rev);

    const across = await w.t.call('trips.moveItem', {
      id: w.trip.id,
      rev: within.rev,
      itemId: must(visit1).id,
      toDate: '2024-03-30',
      toIndex: 1,
    });
    expect(across.days.map((d) => d.items.map((i) => i.id))).toEqual([
      [visit2?.id],
      [meeting.id, visit1?.id],
    ]);
    expect(await w.t.call('undo.status', {})).toMatchObject({
      label: '调整考察“重庆市甘肃商会考察团来天水考察”的日程',
    });
    await w.t.call('undo.undo', {});
    expect((await w.current()).days[0]?.items.map((i) => i.id)).toEqual([visit1?.id, visit2?.id]);
  });

  it('keeps a day in time order whatever order its items are entered in; same-time items keep theirs', async () => {
    const w = await tripWorld();
    const day = must(w.trip.days[0]);
    const lunch = { start: '12:00', end: '13:00', kind: 'meal' as const, place: '甲' };
    const talk = { start: '12:00', end: '12:30', kind: 'forum' as const, place: '乙' };
    const late = { start: '11:00', end: '11:40', kind: 'transfer' as const, place: '转场' };
    const updated = await w.t.call('trips.update', {
      id: w.trip.id,
      rev: w.trip.rev,
      days: [{ ...day, items: [...day.items, lunch, talk, late] }, ...w.trip.days.slice(1)],
    });
    const times = (items: readonly { start: string; place: string }[]) =>
      items.map((i) => `${i.start}${i.place}`);
    const expected = [
      '10:00张家川县工业园区',
      '11:00转场',
      '12:00甲',
      '12:00乙',
      '14:30清水县温泉旅游度假区',
    ];
    expect(times(must(updated.days[0]).items)).toEqual(expected);
    const detail = await w.t.call('trips.get', { id: w.trip.id });
    expect(times(must(detail.trip.days[0]).items)).toEqual(expected);
  });

  it('moving to a trip date with no schedule yet adds that day in date order', async () => {
    const w = await tripWorld();
    const longer = await w.t.call('trips.update', {
      id: w.trip.id,
      rev: w.trip.rev,
      endDate: '2024-03-31',
    });
    const meeting = must(longer.days[1]?.items[0]);
    const moved = await w.t.call('trips.moveItem', {
      id: w.trip.id,
      rev: longer.rev,
      itemId: meeting.id,
      toDate: '2024-03-31',
      toIndex: 0,
    });
    expect(moved.days.map((d) => [d.date, d.items.length])).toEqual([
      ['2024-03-29', 2],
      ['2024-03-30', 0],
      ['2024-03-31', 1],
    ]);
  });

  it('deletes to the recycle bin; restoring brings it back whole, and 撤销 undoes the delete', async () => {
    const w = await tripWorld();
    await w.t.call('trips.delete', { id: w.trip.id, rev: w.trip.rev });
    expect(await w.t.call('trips.list', {})).toEqual([]);
    const [entry] = await w.t.call('trash.list', {});
    expect(entry).toMatchObject({ collection: 'trips', label: '重庆市甘肃商会考察团来天水考察' });
    expect(await w.t.call('trash.restore', { id: must(entry).id })).toEqual({
      collection: 'trips',
      id: w.trip.id,
    });
    const back = await w.current();
    expect(back.days).toEqual(w.trip.days);
    expect(back.rev).toBeGreaterThan(w.trip.rev);

    await w.t.call('trips.delete', { id: back.id, rev: back.rev });
    expect((await w.t.call('undo.undo', {})).undone).toBe(
      '删除考察“重庆市甘肃商会考察团来天水考察”',
    );
    expect((await w.current()).ourDelegation).toEqual(w.trip.ourDelegation);
    expect(await w.t.call('trash.list', {})).toEqual([]);
  });

  it('undoes a create and an update, each with its own label', async () => {
    const w = await tripWorld();
    await w.t.call('trips.update', { id: w.trip.id, rev: w.trip.rev, lodging: '宿清水县' });
    expect((await w.t.call('undo.undo', {})).undone).toBe(
      '修改考察“重庆市甘肃商会考察团来天水考察”',
    );
    expect((await w.current()).lodging).toBe('');
    expect((await w.t.call('undo.undo', {})).undone).toBe(
      '新建考察“重庆市甘肃商会考察团来天水考察”',
    );
    expect(await w.t.call('trips.list', {})).toEqual([]);
  });

  it('keeps the copy register the officer edits, and refuses a 份号 given twice', async () => {
    const w = await tripWorld();
    const register = [
      { copyNumber: 1, recipient: '张宇晶', unit: '市政府', receivedAt: '2024-03-28', note: '' },
      { copyNumber: 2, recipient: '景怡', unit: '市招商局', receivedAt: null, note: '' },
    ];
    const saved = await w.t.call('trips.update', {
      id: w.trip.id,
      rev: w.trip.rev,
      copyRegister: register,
    });
    expect(saved.copyRegister).toEqual(register);
    const twice = await w.t.fail('trips.update', {
      id: w.trip.id,
      rev: saved.rev,
      copyRegister: [...register, { ...register[1], recipient: '王磊' }],
    });
    expect(twice.fields).toEqual([{ path: 'copyRegister.2.copyNumber', message: '份号 2 重复' }]);
  });
});
