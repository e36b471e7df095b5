// Checks records a trip points at: deletes refused naming the trip, restores and purges handled.
import { describe, expect, it } from 'vitest';
import { tripWorld } from './trip-fixture';
import { must } from '../../../helpers/must';

const TITLE = '重庆市甘肃商会考察团来天水考察';

describe('records a trip points at', () => {
  it('refuses to delete a person of our delegation, naming the trip', async () => {
    const w = await tripWorld();
    const [mayor] = await w.t.call('people.list', {});
    const error = await w.t.fail('people.delete', { id: w.mayorId, rev: must(mayor).rev });
    expect(error.kind).toBe('conflict');
    expect(error.message).toBe(
      `无法删除人员“张宇晶”：该人员是 1 个考察的我方人员（“${TITLE}”）。请先在这些项目、专班和考察中改由他人担任，再删除。`,
    );
    expect(await w.t.call('people.list', {})).toHaveLength(1);
  });

  it('refuses to delete an enterprise the trip links or brings people from', async () => {
    const w = await tripWorld();
    const error = await w.t.fail('enterprises.delete', { id: w.chamberId, rev: 1 });
    expect(error.message).toContain(`该客商关联着 1 个考察（“${TITLE}”）`);
    expect(await w.t.call('enterprises.list', {})).toHaveLength(1);
  });

  it('refuses to delete a folio only a schedule item names; once unlinked it can go', async () => {
    const w = await tripWorld();
    const error = await w.t.fail('folios.delete', { id: w.beefId, rev: 1 });
    expect(error).toMatchObject({
      kind: 'conflict',
      message: `无法删除项目“张家川县肉牛屠宰及冷链加工项目”：该项目关联着 1 个考察（“${TITLE}”）。请先在这些考察中取消关联该项目，再删除。`,
    });
    const days = w.trip.days.map((day) => ({
      ...day,
      items: day.items.map((item) => ({
        ...item,
        folioIds: item.folioIds.filter((id) => id !== w.beefId),
      })),
    }));
    await w.t.call('trips.update', { id: w.trip.id, rev: w.trip.rev, days });
    await w.t.call('folios.delete', { id: w.beefId, rev: 1 });
    expect((await w.t.call('trips.get', { id: w.trip.id })).folios.map((f) => f.name)).toEqual([
      '清水县温泉旅游度假区提质扩容项目',
    ]);
  });

  it('restoring a trip waits for a folio it uses that is still in the bin', async () => {
    const w = await tripWorld();
    await w.t.call('trips.delete', { id: w.trip.id, rev: w.trip.rev });
    await w.t.call('folios.delete', { id: w.hotSpringId, rev: 1 });
    const bin = await w.t.call('trash.list', {});
    const tripEntry = must(bin.find((e) => e.collection === 'trips'));
    const folioEntry = must(bin.find((e) => e.collection === 'folios'));
    const error = await w.t.fail('trash.restore', { id: tripEntry.id });
    expect(error.message).toBe(
      `无法恢复考察“${TITLE}”：它用到的项目“清水县温泉旅游度假区提质扩容项目”还在回收站中。请先恢复项目“清水县温泉旅游度假区提质扩容项目”，再恢复该考察。`,
    );
    expect(await w.t.call('trips.list', {})).toEqual([]);

    await w.t.call('trash.restore', { id: folioEntry.id });
    await w.t.call('trash.restore', { id: tripEntry.id });
    expect((await w.current()).folioIds).toEqual([w.hotSpringId]);
  });

  it('a person purged while the trip was in the bin is unlinked; the name stays', async () => {
    const w = await tripWorld();
    await w.t.call('trips.delete', { id: w.trip.id, rev: w.trip.rev });
    await w.t.call('people.delete', { id: w.mayorId, rev: 1 });
    const personEntry = must((await w.t.call('trash.list', {}))[0]);
    await w.t.call('trash.purge', { id: personEntry.id });
    const tripEntry = must((await w.t.call('trash.list', {}))[0]);
    await w.t.call('trash.restore', { id: tripEntry.id });
    const back = await w.current();
    expect(back.ourDelegation[0]).toMatchObject({ name: '张宇晶', personId: null });
    expect(back.days).toEqual(w.trip.days);
  });
});
