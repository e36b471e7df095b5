// Checks that a bad folio edit gets a Chinese message on the field and changes nothing.
import { describe, expect, it } from 'vitest';
import { TODAY, folioCore } from './folio-fixture';

/** A signed folio with money, dated along the path: the starting point of every bad edit. */
async function signedFolio() {
  const core = await folioCore();
  const folio = await core.create({
    stage: 'signed',
    stageDates: { talks: '2024-01-09', signed: '2024-02-26' },
    totalInvestment: 300000,
    fundsInPlace: 20000,
  });
  const edit = (patch: object) => ({ id: folio.id, rev: folio.rev, ...patch });
  /** 'folios.update' with `patch` is refused on `path` with `message`, and nothing changes. */
  const refusedEdit = (patch: object, path: string, message: string) =>
    core.refused(folio.id, 'folios.update', edit(patch), path, message);
  return { ...core, folio, edit, refusedEdit };
}

describe('bad input: a Chinese message on the field, and nothing changes', () => {
  it('negative money', async () => {
    const { refusedEdit } = await signedFolio();
    await refusedEdit({ fundsInPlace: -1 }, 'fundsInPlace', '金额不能为负数');
    await refusedEdit({ expectedOutput: -100 }, 'expectedOutput', '金额不能为负数');
  });

  it('funds in place above the total investment', async () => {
    const { refusedEdit } = await signedFolio();
    await refusedEdit({ fundsInPlace: 300001 }, 'fundsInPlace', '到位资金不能超过总投资额');
  });

  it('stage dates out of order', async () => {
    const { refusedEdit } = await signedFolio();
    const dates = { stageDates: { talks: '2024-03-01', signed: '2024-02-26' } };
    await refusedEdit(dates, 'stageDates.signed', '不能早于“洽谈”日期');
  });

  it('a stage without its date', async () => {
    const { refusedEdit } = await signedFolio();
    await refusedEdit(
      { stageDates: { talks: '2024-01-09' } },
      'stageDates.signed',
      '当前阶段“签约”缺少日期',
    );
  });

  it('dates in the future', async () => {
    const { folio, edit, refused, refusedEdit } = await signedFolio();
    const future = { stageDates: { talks: '2024-01-09', signed: '2024-05-01' } };
    await refusedEdit(future, 'stageDates.signed', `不能晚于今天（${TODAY}）`);
    const move = edit({ stage: 'started', date: '2024-04-15' });
    await refused(folio.id, 'folios.changeStage', move, 'date', `不能晚于今天（${TODAY}）`);
  });

  it('an empty name', async () => {
    const { folio, edit, refused, t } = await signedFolio();
    await refused(folio.id, 'folios.update', edit({ name: '   ' }), 'name', '项目名称不能为空');
    const error = await t.fail('folios.create', { groupId: folio.groupId, name: '' });
    expect(error.fields).toEqual([{ path: 'name', message: '项目名称不能为空' }]);
    expect(await t.call('folios.list', {})).toHaveLength(1);
  });

  it('moving back without a reason', async () => {
    const { folio, edit, refused, refusedEdit } = await signedFolio();
    const back = edit({ stage: 'talks', date: TODAY });
    await refused(folio.id, 'folios.changeStage', back, 'reason', '退回到前一阶段需要填写原因');
    await refusedEdit({ stage: 'talks' }, 'stageReason', '退回到前一阶段需要填写原因');
  });

  it('a stale revision is refused without touching the folio', async () => {
    const { folio, edit, get, t } = await signedFolio();
    await t.call('folios.update', edit({ location: '秦州区' }));
    const before = await get(folio.id);
    const error = await t.fail('folios.update', edit({ location: '麦积区' }));
    expect(error).toMatchObject({
      kind: 'conflict',
      fields: [{ path: 'rev', message: '版本已过期' }],
    });
    expect(await get(folio.id)).toEqual(before);
  });
});
