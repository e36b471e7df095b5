// Checks checklists (对账销号) and blockers (堵点难点): strike-off dates and operator, ids, status moves.
import { describe, expect, it } from 'vitest';
import { TODAY, blocker, folioCore, item } from './folio-fixture';

describe('checklists (对账销号)', () => {
  it('striking an item off records the date and, unless named, the desk’s operator', async () => {
    const { create, edit, t } = await folioCore();
    await t.call('workspace.update', { operator: '杨静' });
    const folio = await create({ demandItems: [item('员工宿舍配套'), item('专线电力接入')] });
    const [dorm, power] = folio.demandItems;
    if (!dorm || !power) throw new Error('items missing');
    const next = await edit(folio, {
      demandItems: [
        { ...dorm, doneOn: '2024-03-02', doneBy: '' },
        { ...power, doneOn: '2024-03-05', doneBy: '王海' },
      ],
    });
    expect(next.demandItems.map((i) => [i.doneOn, i.doneBy])).toEqual([
      ['2024-03-02', '杨静'],
      ['2024-03-05', '王海'],
    ]);
  });

  it('un-striking clears both the date and who struck it off', async () => {
    const { create, edit } = await folioCore();
    const folio = await create({ supplyItems: [item('建设定制化厂房', { doneOn: '2024-03-02' })] });
    expect(folio.supplyItems[0]).toMatchObject({ doneOn: '2024-03-02', doneBy: '本机用户' });
    const [plant] = folio.supplyItems;
    if (!plant) throw new Error('item missing');
    const next = await edit(folio, {
      supplyItems: [{ ...plant, doneOn: null, doneBy: '本机用户' }],
    });
    expect(next.supplyItems[0]).toMatchObject({ doneOn: null, doneBy: '' });
  });

  it('items keep their ids across edits; new items get fresh ones', async () => {
    const { create, edit } = await folioCore();
    const folio = await create({ demandItems: [item('员工宿舍配套')] });
    const [dorm] = folio.demandItems;
    if (!dorm) throw new Error('item missing');
    const next = await edit(folio, {
      demandItems: [{ ...dorm, text: '员工宿舍及食堂配套' }, item('子女入学')],
    });
    expect(next.demandItems[0]).toMatchObject({ id: dorm.id, text: '员工宿舍及食堂配套' });
    expect(next.demandItems[1]?.id).toEqual(expect.any(String));
    expect(next.demandItems[1]?.id).not.toBe(dorm.id);
  });

  it('refuses a strike-off dated after today and two items with one id', async () => {
    const { create, refused } = await folioCore();
    const folio = await create({ demandItems: [item('员工宿舍配套')] });
    const [dorm] = folio.demandItems;
    if (!dorm) throw new Error('item missing');
    const base = { id: folio.id, rev: folio.rev };
    await refused(
      folio.id,
      'folios.update',
      { ...base, demandItems: [{ ...dorm, doneOn: '2024-04-02' }] },
      'demandItems.0.doneOn',
      `销号日期不能晚于今天（${TODAY}）`,
    );
    await refused(
      folio.id,
      'folios.update',
      { ...base, demandItems: [dorm, { ...dorm, text: '子女入学' }] },
      'demandItems.1.id',
      '条目编号重复',
    );
  });

  it('a progress post without an author is the operator’s', async () => {
    const { create } = await folioCore();
    const folio = await create({
      progress: [
        { date: '2024-03-06', author: '', text: '完成用地预审' },
        { date: '2024-03-07', author: '王海', text: '召开半月会商' },
      ],
    });
    expect(folio.progress.map((p) => p.author)).toEqual(['本机用户', '王海']);
  });
});

describe('blockers (堵点难点)', () => {
  it('moves 待办 → 办理中 → 已解决, and solved needs the day it was solved', async () => {
    const { create, edit, refused, t } = await folioCore();
    const folio = await create({ blockers: [blocker('项目用地未完成报批')] });
    const [land] = folio.blockers;
    if (!land) throw new Error('blocker missing');
    const working = await edit(folio, {
      blockers: [{ ...land, status: 'inProgress' }],
    });
    const solve = { id: folio.id, rev: working.rev, blockers: [{ ...land, status: 'solved' }] };
    await refused(
      folio.id,
      'folios.update',
      solve,
      'blockers.0.solvedOn',
      '已解决的堵点请填写解决日期',
    );
    const solved = await t.call('folios.update', {
      ...solve,
      blockers: [{ ...land, status: 'solved', solvedOn: '2024-03-20', onSite: true }],
    });
    expect(solved.blockers[0]).toMatchObject({
      id: land.id,
      status: 'solved',
      solvedOn: '2024-03-20',
      onSite: true,
    });
    const [row] = await t.call('folios.list', {});
    expect(row?.openBlockers).toBe(0);
  });

  it('无法解决 needs a resolution explaining why', async () => {
    const { create, t, refused } = await folioCore();
    const folio = await create({ blockers: [blocker('能耗指标缺口')] });
    const [energy] = folio.blockers;
    if (!energy) throw new Error('blocker missing');
    const closed = {
      id: folio.id,
      rev: folio.rev,
      blockers: [{ ...energy, status: 'unsolvable' }],
    };
    await refused(
      folio.id,
      'folios.update',
      closed,
      'blockers.0.resolution',
      '无法解决的堵点请在解决情况中说明原因',
    );
    const next = await t.call('folios.update', {
      ...closed,
      blockers: [
        { ...energy, status: 'unsolvable', resolution: '省级能耗指标已用尽，待下年度统筹' },
      ],
    });
    expect(next.blockers[0]?.status).toBe('unsolvable');
  });
});
