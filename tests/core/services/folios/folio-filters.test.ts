// Checks folios.list filters: each alone, combined with AND, cleared ones, names and counts on rows.
import { describe, expect, it } from 'vitest';
import type { FolioFilter } from '../../../../electron/core/api/views';
import { blocker, folioCore, item } from './folio-fixture';

/** Three folios that differ in every way a filter can tell. */
async function threeFolios() {
  const { t, groupId, create } = await folioCore();
  const county = await t.call('groups.create', { name: '甘谷县招商工作专班', kind: 'county' });
  const mayor = await t.call('people.create', { name: '王国先', title: '市长' });
  const deputy = await t.call('people.create', { name: '李明', title: '副市长' });
  await create({
    name: '天水算力调度中心项目',
    chain: '数字经济',
    stage: 'talks',
    location: '天水市秦州区',
    leaderId: mayor.id,
    demandItems: [
      item('专线电力接入', { due: '2024-03-01' }),
      item('员工宿舍配套', { due: '2024-03-01', doneOn: '2024-03-02' }),
    ],
    progress: [{ date: '2024-03-30', author: '杨静', text: '完成可研评审' }],
  });
  const solar = await create({
    name: '甘谷县分散式风电项目',
    chain: '新能源',
    stage: 'signed',
    location: '甘谷县',
    leaderId: deputy.id,
    stewardId: mayor.id,
    blockers: [blocker('并网接入方案待批复')],
    supplyItems: [item('升压站用地', { due: '2024-04-01' })],
    progress: [{ date: '2024-03-01', author: '杨静', text: '签约' }],
  });
  await t.call('folios.update', { id: solar.id, rev: solar.rev, groupId: county.id });
  await create({
    name: '天水数字经济产业园项目',
    chain: '数字经济',
    stage: 'paused',
    stageReason: '投资方调整年度计划',
    location: '秦州区天水经济技术开发区',
    leaderId: mayor.id,
  });
  const names = async (filter: FolioFilter) =>
    (await t.call('folios.list', filter)).map((f) => f.name).sort();
  return { names, groupId, countyId: county.id, mayorId: mayor.id };
}

describe('folios.list filters', () => {
  it('each filter on its own', async () => {
    const { names, groupId, countyId, mayorId } = await threeFolios();
    const park = '天水数字经济产业园项目';
    const compute = '天水算力调度中心项目';
    const wind = '甘谷县分散式风电项目';
    expect(await names({ groupId })).toEqual([park, compute].sort());
    expect(await names({ groupId: countyId })).toEqual([wind]);
    expect(await names({ chain: '数字经济' })).toEqual([park, compute].sort());
    expect(await names({ stages: ['talks', 'signed'] })).toEqual([compute, wind].sort());
    expect(await names({ location: '秦州' })).toEqual([park, compute].sort());
    expect(await names({ leaderId: mayorId })).toEqual([park, compute].sort());
    expect(await names({ stewardId: mayorId })).toEqual([wind]);
    expect(await names({ overdue: true })).toEqual([compute]);
    expect(await names({ openBlockers: true })).toEqual([wind]);
    expect(await names({ stale: true })).toEqual([wind]);
  });

  it('filters combine with AND', async () => {
    const { names, groupId, mayorId } = await threeFolios();
    expect(await names({ groupId, stages: ['talks'], overdue: true })).toEqual([
      '天水算力调度中心项目',
    ]);
    expect(await names({ chain: '数字经济', leaderId: mayorId, location: '开发区' })).toEqual([
      '天水数字经济产业园项目',
    ]);
    expect(await names({ groupId, openBlockers: true })).toEqual([]);
  });

  it('cleared controls filter nothing: empty text, no stages, false', async () => {
    const { names } = await threeFolios();
    const all = await names({});
    expect(all).toHaveLength(3);
    expect(
      await names({ chain: '', location: ' ', stages: [], overdue: false, stale: false }),
    ).toEqual(all);
  });

  it('rows carry the names and the follow-up counts', async () => {
    const { t } = await folioCore().then(async (c) => {
      await c.create({
        name: '天水算力调度中心项目',
        demandItems: [item('专线电力接入', { due: '2024-03-01' })],
      });
      return c;
    });
    const [row] = await t.call('folios.list', { overdue: true });
    expect(row).toMatchObject({
      groupName: 'AI智算协同产业化平台项目招引工作专班',
      overdueItems: 1,
      openBlockers: 0,
      lastProgressOn: null,
    });
  });
});
