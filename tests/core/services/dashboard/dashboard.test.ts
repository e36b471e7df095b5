// Checks dashboard.stats: totals by stage and chain, overdue and stale folios, each number's folio list.
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../../electron/core/api/contract';
import { STAGES } from '../../../../electron/core/model/enums';
import { openCoreAt as openCoreOn } from '../../../helpers/core-at';

/** A core whose "now" the test sets, so overdue and stale can be watched as days pass. */
const openCoreAt = (start: string) => openCoreOn(start, 'dash');

const item = (text: string, due: string | null, doneOn: string | null = null) => ({
  text,
  owner: '园区管委会',
  due,
  doneOn,
  doneBy: doneOn ? '李明' : '',
});
const blocker = (problem: string, raisedOn: string, status: 'open' | 'inProgress' | 'solved') => ({
  problem,
  raisedOn,
  department: '工信局',
  status,
  resolution: status === 'solved' ? '现场办公解决' : '',
  solvedOn: status === 'solved' ? '2024-03-20' : null,
  onSite: status === 'solved',
});
const post = (date: string) => ({ date, author: '王芳', text: '与企业对接洽谈' });

/** Four folios on two chains, made on 2024-04-01; the money is what the numbers must add up. */
async function smallWorkspace() {
  const t = await openCoreAt('2024-04-01');
  const group = await t.call('groups.create', { name: '集成电路封测产业链专班', kind: 'chain' });
  const make = (input: Omit<InputOf<'folios.create'>, 'groupId'>) =>
    t.call('folios.create', { groupId: group.id, ...input });
  const packaging = await make({
    name: '华天封测扩能项目',
    chain: '集成电路封测',
    stage: 'signed',
    totalInvestment: 300_000,
    fundsInPlace: 50_000,
    demandItems: [item('员工宿舍配套', '2024-03-20'), item('人才公寓', '2024-03-10', '2024-03-09')],
    supplyItems: [item('用电指标', '2024-03-25')],
    blockers: [
      blocker('临时用电接入', '2024-03-01', 'open'),
      blocker('道路接入', '2024-02-01', 'solved'),
    ],
    progress: [post('2024-03-30')],
  });
  const park = await make({
    name: '数字经济产业园',
    chain: '数字经济',
    stage: 'signed',
    totalInvestment: 500_000,
    fundsInPlace: 100_000,
    demandItems: [item('定制化厂房', '2024-03-05')],
    supplyItems: [item('建设用地指标', '2024-04-10')],
    blockers: [blocker('环评批复', '2024-02-15', 'inProgress')],
    progress: [post('2024-02-20'), post('2024-03-10')],
  });
  const compute = await make({
    name: '智算中心',
    chain: '数字经济',
    stage: 'lead',
    totalInvestment: 20_000,
  });
  const paused = await make({
    name: '光伏组件项目',
    chain: '集成电路封测',
    stage: 'paused',
    stageDates: { lead: '2023-10-01', paused: '2024-01-05' },
    totalInvestment: 10_000,
    progress: [post('2024-01-01')],
  });
  return { ...t, folios: { packaging, park, compute, paused } };
}

describe('dashboard.stats', () => {
  it('adds up counts and money by stage (every stage, in path order) and by chain (largest first)', async () => {
    const { call, folios } = await smallWorkspace();
    const { packaging, park, compute, paused } = folios;

    const stats = await call('dashboard.stats', {});

    expect(stats.today).toBe('2024-04-01');
    const all = [packaging, park, compute, paused];
    expect(stats.totals).toEqual({
      key: 'all',
      count: 4,
      totalInvestment: all.reduce((s, f) => s + f.totalInvestment, 0),
      fundsInPlace: all.reduce((s, f) => s + f.fundsInPlace, 0),
    });
    expect(stats.byStage.map((b) => b.key)).toEqual([...STAGES]);
    const stage = (key: string) => stats.byStage.find((b) => b.key === key);
    expect(stage('signed')).toEqual({
      key: 'signed',
      count: 2,
      totalInvestment: packaging.totalInvestment + park.totalInvestment,
      fundsInPlace: packaging.fundsInPlace + park.fundsInPlace,
    });
    expect(stage('lead')?.count).toBe(1);
    expect(stage('paused')?.count).toBe(1);
    expect(stage('producing')).toEqual({
      key: 'producing',
      count: 0,
      totalInvestment: 0,
      fundsInPlace: 0,
    });
    expect(stats.byChain).toEqual([
      {
        key: '数字经济',
        count: 2,
        totalInvestment: park.totalInvestment + compute.totalInvestment,
        fundsInPlace: park.fundsInPlace + compute.fundsInPlace,
      },
      {
        key: '集成电路封测',
        count: 2,
        totalInvestment: packaging.totalInvestment + paused.totalInvestment,
        fundsInPlace: packaging.fundsInPlace + paused.fundsInPlace,
      },
    ]);
  });

  it('lists open checklist items past due from both lists and open blockers, oldest first', async () => {
    const { call, folios } = await smallWorkspace();

    const stats = await call('dashboard.stats', {});

    expect(stats.overdueItems.map((i) => [i.folioName, i.list, i.text, i.due])).toEqual([
      ['数字经济产业园', 'demand', '定制化厂房', '2024-03-05'],
      ['华天封测扩能项目', 'demand', '员工宿舍配套', '2024-03-20'],
      ['华天封测扩能项目', 'supply', '用电指标', '2024-03-25'],
    ]);
    expect(stats.overdueItems[0]?.folioId).toBe(folios.park.id);
    expect(stats.openBlockers.map((b) => [b.folioName, b.problem, b.status, b.raisedOn])).toEqual([
      ['数字经济产业园', '环评批复', 'inProgress', '2024-02-15'],
      ['华天封测扩能项目', '临时用电接入', 'open', '2024-03-01'],
    ]);
  });

  it('finds stale folios by the injected clock: no progress in 14 days, active stages only', async () => {
    const { call, setDay, folios } = await smallWorkspace();

    const first = await call('dashboard.stats', {});
    // 22 days since its last post; the paused folio is older still but not being worked on.
    expect(first.staleFolios).toEqual([
      {
        folioId: folios.park.id,
        folioName: '数字经济产业园',
        stage: 'signed',
        lastProgressOn: '2024-03-10',
      },
    ]);

    setDay('2024-04-20');
    const later = await call('dashboard.stats', {});

    expect(later.today).toBe('2024-04-20');
    // The folio without any post (made 2024-04-01) comes first: it has waited longest.
    expect(later.staleFolios.map((f) => [f.folioName, f.lastProgressOn])).toEqual([
      ['智算中心', null],
      ['数字经济产业园', '2024-03-10'],
      ['华天封测扩能项目', '2024-03-30'],
    ]);
    expect(later.overdueItems.map((i) => i.text)).toContain('建设用地指标');
  });

  it('follows edits: a struck-off item, a solved blocker and a deleted folio drop out', async () => {
    const { call, folios } = await smallWorkspace();
    const { park } = folios;

    await call('folios.update', {
      id: park.id,
      rev: park.rev,
      demandItems: park.demandItems.map((i) => ({ ...i, doneOn: '2024-03-31', doneBy: '李明' })),
      blockers: park.blockers.map((b) => ({ ...b, status: 'solved', solvedOn: '2024-03-31' })),
    });
    const edited = await call('dashboard.stats', {});
    expect(edited.overdueItems.map((i) => i.folioName)).not.toContain('数字经济产业园');
    expect(edited.openBlockers.map((b) => b.folioName)).toEqual(['华天封测扩能项目']);

    await call('folios.delete', { id: park.id, rev: park.rev + 1 });
    const deleted = await call('dashboard.stats', {});
    expect(deleted.totals.count).toBe(3);
    expect(deleted.byChain.find((b) => b.key === '数字经济')?.count).toBe(1);
    expect(deleted.staleFolios).toEqual([]);
  });

  it('each number leads to exactly the folios behind it in the filtered folio list', async () => {
    const { call, setDay } = await smallWorkspace();
    setDay('2024-04-20');
    const stats = await call('dashboard.stats', {});
    const ids = async (filter: InputOf<'folios.list'>) =>
      (await call('folios.list', filter)).map((f) => f.id).sort();
    const unique = (rows: { folioId: string }[]) => [...new Set(rows.map((r) => r.folioId))].sort();

    for (const bucket of stats.byStage) {
      const stage = STAGES.find((s) => s === bucket.key);
      expect(stage).toBeDefined();
      if (stage) expect((await ids({ stages: [stage] })).length).toBe(bucket.count);
    }
    for (const bucket of stats.byChain) {
      expect((await ids({ chain: bucket.key })).length).toBe(bucket.count);
    }
    expect(await ids({ overdue: true })).toEqual(unique(stats.overdueItems));
    expect(await ids({ openBlockers: true })).toEqual(unique(stats.openBlockers));
    expect(await ids({ stale: true })).toEqual(unique(stats.staleFolios));
  });

  it('answers an empty workspace with zeros on every stage and no chains', async () => {
    const { call } = await openCoreAt('2024-04-01');
    const stats = await call('dashboard.stats', {});
    expect(stats.totals).toEqual({ key: 'all', count: 0, totalInvestment: 0, fundsInPlace: 0 });
    expect(stats.byStage).toHaveLength(STAGES.length);
    expect(stats.byStage.every((b) => b.count === 0)).toBe(true);
    expect(stats.byChain).toEqual([]);
    expect([stats.overdueItems, stats.openBlockers, stats.staleFolios]).toEqual([[], [], []]);
  });

  it('refuses unexpected input with a validation error', async () => {
    const { core } = await openCoreAt('2024-04-01');
    const outcome = await core.registry.call('dashboard.stats', { chain: '数字经济' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.kind).toBe('validation');
      expect(outcome.error.message).toContain('chain');
    }
  });
});
