// Checks folio history: one entry per change in the page's words, stage moves, lists, operator, limit.
import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../../electron/core/clock';
import { HISTORY_LIMIT } from '../../../electron/core/model/folio-parts';
import { openStore } from '../../../electron/core/store/open-store';
import { TEST_START, openTestCore } from '../../helpers/core';
import { blocker, folioCore, item } from './folios/folio-fixture';

const changesOf = (history: { field: string; from: string; to: string }[], since: number) =>
  history.slice(since).map(({ field, from, to }) => ({ field, from, to }));

describe('folio history', () => {
  it('a new folio has one 创建项目 entry, by the desk’s user, shown by folios.get', async () => {
    const { create, get } = await folioCore();
    const folio = await create({ totalInvestment: 80000 });
    const { history } = await get(folio.id);
    expect(history).toEqual([
      {
        at: folio.createdAt,
        by: '本机用户',
        field: '创建项目',
        from: '',
        to: '中京电投天水智算中心项目',
      },
    ]);
  });

  it('an update records one entry per changed field, in the words and units of the page', async () => {
    const { create, edit, get, t } = await folioCore();
    const leader = await t.call('people.create', { name: '王国先', title: '市长' });
    const folio = await create({ totalInvestment: 8000, location: '秦州区', notes: '初次接洽' });
    const next = await edit(folio, {
      name: '中京电投天水智算中心二期项目',
      totalInvestment: 12000,
      leaderId: leader.id,
      location: '秦州区',
      tags: ['算力', '重点项目'],
    });
    const { history } = await get(folio.id);
    expect(changesOf(history, 1)).toEqual([
      { field: '项目名称', from: '中京电投天水智算中心项目', to: '中京电投天水智算中心二期项目' },
      { field: '总投资额', from: '8,000 万元', to: '12,000 万元' },
      { field: '包抓领导', from: '', to: '王国先' },
      { field: '标签', from: '', to: '算力、重点项目' },
    ]);
    expect(history.slice(1).every((e) => e.at === next.updatedAt && e.by === '本机用户')).toBe(
      true,
    );
  });

  it('a stage change is one entry: old → new stage, with its date and reason', async () => {
    const { create, get, t } = await folioCore();
    const folio = await create({
      stage: 'signed',
      stageDates: { talks: '2024-01-09', signed: '2024-02-26' },
    });
    await t.call('folios.changeStage', {
      id: folio.id,
      rev: folio.rev,
      stage: 'talks',
      date: '2024-03-15',
      reason: '投资方重新评估选址',
    });
    expect(changesOf((await get(folio.id)).history, 1)).toEqual([
      { field: '阶段', from: '签约', to: '洽谈（2024-03-15；原因：投资方重新评估选址）' },
    ]);
  });

  it('checklist edits are told item by item: added, struck off, edited, deleted', async () => {
    const { create, edit, get, t } = await folioCore();
    const folio = await create({
      demandItems: [item('员工宿舍配套'), item('专线电力接入', { due: '2024-05-01' })],
    });
    const [dorm, power] = folio.demandItems;
    if (!dorm || !power) throw new Error('items missing');
    const struck = await edit(folio, {
      demandItems: [
        { ...dorm, doneOn: '2024-03-02', doneBy: '杨静' },
        { ...power, due: '2024-06-30' },
      ],
      supplyItems: [item('建设定制化厂房')],
    });
    await t.call('folios.update', {
      id: folio.id,
      rev: struck.rev,
      demandItems: struck.demandItems.slice(0, 1),
    });
    expect(changesOf((await get(folio.id)).history, 1)).toEqual([
      { field: '需求侧清单', from: '', to: '销号“员工宿舍配套”（2024-03-02，杨静）' },
      { field: '需求侧清单', from: '期限：2024-05-01', to: '修改“专线电力接入”：期限：2024-06-30' },
      { field: '供给侧清单', from: '', to: '新增“建设定制化厂房”' },
      { field: '需求侧清单', from: '', to: '删除“专线电力接入”' },
    ]);
  });

  it('blocker status moves, progress posts, policy items and contacts are recorded', async () => {
    const { create, edit, get } = await folioCore();
    const folio = await create({ blockers: [blocker('项目用地未完成报批')] });
    const [land] = folio.blockers;
    if (!land) throw new Error('blocker missing');
    await edit(folio, {
      blockers: [
        {
          ...land,
          status: 'solved',
          solvedOn: '2024-03-05',
          resolution: '市长现场办公协调',
          onSite: true,
        },
      ],
      progress: [{ date: '2024-03-06', author: '杨静', text: '完成用地预审' }],
      policies: [
        {
          kind: 'finance',
          financeKind: 'fixedLoan',
          content: '固定资产贷款贴息',
          amount: 5000,
          status: 'proposed',
        },
      ],
      contacts: [{ name: '李总', title: '副总经理', phone: '', note: '' }],
    });
    expect(changesOf((await get(folio.id)).history, 1)).toEqual([
      {
        field: '堵点',
        from: '“项目用地未完成报批”：待办',
        to: '“项目用地未完成报批”：已解决（2024-03-05）',
      },
      {
        field: '堵点',
        from: '解决情况：无；现场办公：否',
        to: '修改“项目用地未完成报批”：解决情况：市长现场办公协调；现场办公：是',
      },
      { field: '日晒进度', from: '', to: '新增“2024-03-06 完成用地预审”' },
      { field: '政策包', from: '', to: '新增“固定资产贷款贴息”' },
      { field: '联系人', from: '', to: '新增“李总”' },
    ]);
  });

  it('after workspace.update sets an operator, entries carry that name', async () => {
    const { create, get, t } = await folioCore();
    await t.call('workspace.update', { operator: '杨静' });
    const folio = await create();
    await t.call('folios.update', { id: folio.id, rev: folio.rev, location: '麦积区' });
    const { history } = await get(folio.id);
    expect(history.map((e) => [e.by, e.field])).toEqual([
      ['杨静', '创建项目'],
      ['杨静', '项目地点'],
    ]);
  });

  it('a progress post filed under a person, and an item struck off by one, say who', async () => {
    const { create, edit, get, t } = await folioCore();
    await t.call('workspace.update', { operator: '王磊' });
    const folio = await create({ demandItems: [item('员工宿舍配套')] });
    const [dorm] = folio.demandItems;
    if (!dorm) throw new Error('item missing');
    await edit(folio, {
      progress: [
        { date: '2024-03-06', author: '何晓东', text: '完成用地预审' },
        { date: '2024-03-07', author: '', text: '企业来访' },
      ],
      demandItems: [{ ...dorm, doneOn: '2024-03-07', doneBy: '杨静' }],
    });
    const { history } = await get(folio.id);
    expect(history.slice(1).map((e) => [e.by, e.field, e.to])).toEqual([
      ['杨静', '需求侧清单', '销号“员工宿舍配套”（2024-03-07，杨静）'],
      ['何晓东', '日晒进度', '新增“2024-03-06 完成用地预审”'],
      ['王磊', '日晒进度', '新增“2024-03-07 企业来访”'],
    ]);
  });

  it(`keeps at most ${HISTORY_LIMIT} entries, dropping the oldest`, async () => {
    const t = await openTestCore();
    const group = await t.call('groups.create', { name: '集成电路封测产业链专班', kind: 'chain' });
    const folio = await t.call('folios.create', {
      groupId: group.id,
      name: '华天集成电路先进封装测试扩能项目',
    });
    await t.core.close();
    const opened = await openStore(t.dir, { clock: steppingClock(TEST_START) });
    if (!opened.ok) throw new Error(opened.problem.message);
    const old = Array.from({ length: HISTORY_LIMIT - 1 }, (_, i) => ({
      at: folio.createdAt,
      by: '杨静',
      field: '备注',
      from: '',
      to: `第 ${i + 1} 条`,
    }));
    await opened.store.commit({ put: { folios: [{ ...folio, history: old }] } });
    await opened.store.close();

    const again = await openTestCore(t.dir);
    await again.call('folios.update', {
      id: folio.id,
      rev: folio.rev,
      location: '秦州区',
      totalInvestment: 300,
    });
    const { history } = (await again.call('folios.get', { id: folio.id })).folio;
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.to).toBe('第 2 条');
    expect(history.slice(-2).map((e) => e.field)).toEqual(['项目地点', '总投资额']);
  });
});
