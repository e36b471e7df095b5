// Checks people.get: the folios a person leads and stewards, their trips, and their folios' open items.
import { describe, expect, it } from 'vitest';
import { blocker, item } from '../folios/folio-fixture';
import { tripWorld } from '../trips/trip-fixture';

describe('people.get (a person page)', () => {
  it('lists the folios they lead and steward, their trips and the open items of those folios', async () => {
    const w = await tripWorld();
    await w.t.call('folios.update', {
      id: w.beefId,
      rev: 1,
      leaderId: w.mayorId,
      demandItems: [
        item('屠宰线环评批复', { due: '2024-03-15' }),
        item('冷库用地', { due: '2024-05-01' }),
      ],
      blockers: [
        blocker('冷链物流用地指标不足'),
        blocker('已解决的事', { status: 'solved', solvedOn: '2024-03-20', resolution: '办结' }),
      ],
    });
    await w.t.call('folios.update', { id: w.hotSpringId, rev: 1, stewardId: w.mayorId });
    const other = await w.t.call('people.create', { name: '景怡' });

    const page = await w.t.call('people.get', { id: w.mayorId });
    expect(page.person.name).toBe('张宇晶');
    expect(page.leads.map((f) => f.name)).toEqual(['张家川县肉牛屠宰及冷链加工项目']);
    expect(page.stewards.map((f) => f.name)).toEqual(['清水县温泉旅游度假区提质扩容项目']);
    expect(page.trips.map((t) => t.title)).toEqual(['重庆市甘肃商会考察团来天水考察']);
    expect(page.overdueItems.map((i) => [i.text, i.due])).toEqual([
      ['屠宰线环评批复', '2024-03-15'],
    ]);
    expect(page.openBlockers.map((b) => b.problem)).toEqual(['冷链物流用地指标不足']);

    const empty = await w.t.call('people.get', { id: other.id });
    expect([empty.leads, empty.stewards, empty.trips, empty.overdueItems]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect((await w.t.fail('people.get', { id: 'nobody-000' })).kind).toBe('not_found');
  });
});
