// Checks <group>.deleteCheck (what stands in the way of a delete) and the ways out a delete takes.
import { describe, expect, it } from 'vitest';
import { tripWorld } from './trips/trip-fixture';

const TITLE = '重庆市甘肃商会考察团来天水考察';

describe('delete pre-checks and their ways out', () => {
  it('a folio linked to a trip: the check names the trip; the delete unlinks it and goes, one undo', async () => {
    const w = await tripWorld();
    expect(await w.t.call('folios.deleteCheck', { id: w.beefId })).toEqual({
      blockers: [
        {
          role: 'trips',
          collection: 'trips',
          text: '1 个考察',
          records: [{ id: w.trip.id, name: TITLE }],
        },
      ],
      message: `无法删除项目“张家川县肉牛屠宰及冷链加工项目”：该项目关联着 1 个考察（“${TITLE}”）。请先在这些考察中取消关联该项目，再删除。`,
    });

    await w.t.call('folios.delete', { id: w.beefId, rev: 1, unlinkTripIds: [w.trip.id] });
    const trip = await w.current();
    expect(trip.days.flatMap((d) => d.items.flatMap((i) => i.folioIds))).not.toContain(w.beefId);
    expect(trip.folioIds).toEqual([w.hotSpringId]);
    expect((await w.t.call('trash.list', {})).map((e) => e.label)).toEqual([
      '张家川县肉牛屠宰及冷链加工项目',
    ]);
    expect((await w.t.call('undo.status', {})).label).toBe(
      '删除项目“张家川县肉牛屠宰及冷链加工项目”（并从 1 个考察中取消关联）',
    );

    await w.t.call('undo.undo', {});
    expect((await w.t.call('folios.get', { id: w.beefId })).folio.name).toContain('肉牛');
    expect((await w.current()).days[0]?.items[0]?.folioIds).toEqual([w.beefId]);
  });

  it('a trip linked after the check still refuses, and nothing changes', async () => {
    const w = await tripWorld();
    const second = await w.t.call('trips.create', {
      kind: 'outbound',
      title: '赴重庆招商考察',
      startDate: '2024-05-10',
      endDate: '2024-05-10',
      folioIds: [w.hotSpringId],
    });
    const error = await w.t.fail('folios.delete', {
      id: w.hotSpringId,
      rev: 1,
      unlinkTripIds: [w.trip.id],
    });
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('2 个考察');
    expect((await w.t.call('trips.get', { id: second.id })).trip.folioIds).toEqual([w.hotSpringId]);
    expect((await w.current()).folioIds).toEqual([w.hotSpringId]);
    expect(await w.t.call('trash.list', {})).toEqual([]);
  });

  it('a group with folios: the check names them; the delete moves them to another group first', async () => {
    const w = await tripWorld();
    const [group] = await w.t.call('groups.list', {});
    if (!group) throw new Error('no group');
    const check = await w.t.call('groups.deleteCheck', { id: group.id });
    expect(check.blockers.map((b) => [b.role, b.text])).toEqual([['folios', '2 个项目']]);
    expect(check.message).toContain('该专班下还有 2 个项目');
    const folioIds = check.blockers.flatMap((b) => b.records.map((r) => r.id));

    const self = await w.t.fail('groups.delete', {
      id: group.id,
      rev: group.rev,
      moveFolios: { toGroupId: group.id, folioIds },
    });
    expect(self.fields).toEqual([{ path: 'moveFolios.toGroupId', message: '请选择另一个专班' }]);

    const other = await w.t.call('groups.create', { name: '张家川县招商工作专班', kind: 'county' });
    const late = await w.t.call('folios.create', {
      groupId: group.id,
      name: '清水县苹果深加工项目',
    });
    const stale = await w.t.fail('groups.delete', {
      id: group.id,
      rev: group.rev,
      moveFolios: { toGroupId: other.id, folioIds },
    });
    expect(stale.message).toContain('3 个项目');

    await w.t.call('groups.delete', {
      id: group.id,
      rev: group.rev,
      moveFolios: { toGroupId: other.id, folioIds: [...folioIds, late.id] },
    });
    const moved = await w.t.call('groups.get', { id: other.id });
    expect(moved.folios.map((f) => f.id).sort()).toEqual([...folioIds, late.id].sort());
    expect((await w.t.call('trash.list', {})).map((e) => e.collection)).toEqual(['groups']);
    const { folio } = await w.t.call('folios.get', { id: w.beefId });
    expect(folio.history.at(-1)).toMatchObject({ field: '所属专班' });
  });

  it('a person and an enterprise: every use is named; nothing in the way gives no blockers', async () => {
    const w = await tripWorld();
    await w.t.call('folios.update', { id: w.beefId, rev: 1, leaderId: w.mayorId });
    const person = await w.t.call('people.deleteCheck', { id: w.mayorId });
    expect(person.blockers.map((b) => [b.role, b.collection, b.text])).toEqual([
      ['leader', 'folios', '1 个项目的包抓领导'],
      ['trips', 'trips', '1 个考察的我方人员'],
    ]);
    const enterprise = await w.t.call('enterprises.deleteCheck', { id: w.chamberId });
    expect(enterprise.blockers.map((b) => b.text)).toEqual(['1 个考察']);
    const free = await w.t.call('people.create', { name: '景怡' });
    expect(await w.t.call('people.deleteCheck', { id: free.id })).toEqual({
      blockers: [],
      message: null,
    });
    expect((await w.t.fail('people.deleteCheck', { id: 'nobody-000' })).kind).toBe('not_found');
  });
});
