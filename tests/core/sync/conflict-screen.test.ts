// Team sync's conflicts in the exchange screen: named as sync, each side's value with who and when.
import { describe, expect, it } from 'vitest';
import { chainWithFolio } from '../../helpers/exchange';
import { groupDb, sync } from './sync-helpers';
import { syncOn, twoDesks } from './sync-setup';

describe('team sync: the conflict screen', () => {
  it('names the groups and the colleague who made the other change, not 其他同事', async () => {
    const { couch, a, b } = await twoDesks();
    const { group, folio } = await chainWithFolio(a, '新能源专班', {
      name: '光伏组件项目',
      totalInvestment: 30000,
    });
    await groupDb(couch, group.id, ['alice', 'bob']);
    await a.call('sync.settings.set', syncOn(couch, 'alice', [group.id]));
    await a.call('sync.now', {});
    await sync(b, couch, group.id, 'bob');

    const theirs = await b.call('folios.get', { id: folio.id });
    await b.call('folios.update', { id: folio.id, rev: theirs.folio.rev, totalInvestment: 35000 });
    await sync(b, couch, group.id, 'bob');
    const ours = await a.call('folios.get', { id: folio.id });
    await a.call('folios.update', { id: folio.id, rev: ours.folio.rev, totalInvestment: 32000 });
    expect(await a.call('sync.now', {})).toMatchObject({ state: 'conflicts', conflicts: 1 });

    const { stagedId } = await a.call('sync.conflicts', {});
    if (!stagedId) throw new Error('no conflict staged');
    const preview = await a.call('exchange.preview', { stagedId });
    expect(preview.source).toBe('sync');
    expect(preview.workspaceName).toBe('“新能源专班”');
    const [conflict] = preview.conflicts;
    expect(preview.conflicts).toHaveLength(1);
    expect(conflict?.label).toBe('总投资额（万元）');
    expect([conflict?.ours.value, conflict?.ours.by]).toEqual(['32000', '甲']);
    expect([conflict?.theirs.value, conflict?.theirs.by]).toEqual(['35000', '乙']);
    expect(conflict?.theirs.at).not.toBe('');
  });
});
