// Checks stage dates: today by default, in path order, none in the future, and the demo's stories.
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/app';
import { sequentialIds } from '../../../../electron/core/clock';
import { buildDemo } from '../../../../electron/core/services/workspace/demo';
import { stageDateProblems } from '../../../../electron/core/services/folios/stage';
import { openTestCore } from '../../../helpers/core';
import { makeTempDir } from '../../../helpers/temp-dir';
import { TODAY, folioCore, type FolioCore } from './folio-fixture';

/** The stage change is refused on 原因 with `message`, and the folio does not change. */
const needsReason = <I extends { id: string }>(
  refused: FolioCore['refused'],
  input: I,
  message: string,
) => refused(input.id, 'folios.changeStage', input, 'reason', message);

describe('stage dates', () => {
  it('a new folio without a date for its stage is dated today; a given date is kept', async () => {
    const { create } = await folioCore();
    expect((await create({ stage: 'talks' })).stageDates).toEqual({ talks: TODAY });
    const dated = await create({
      stage: 'signed',
      stageDates: { lead: '2023-11-02', talks: '2024-01-09', signed: '2024-02-26' },
    });
    expect(dated.stageDates).toEqual({
      lead: '2023-11-02',
      talks: '2024-01-09',
      signed: '2024-02-26',
    });
  });

  it('the current stage must keep its date', async () => {
    const { create, refused } = await folioCore();
    const folio = await create({
      stage: 'signed',
      stageDates: { talks: '2024-01-09', signed: '2024-02-26' },
    });
    await refused(
      folio.id,
      'folios.update',
      { id: folio.id, rev: folio.rev, stageDates: { talks: '2024-01-09' } },
      'stageDates.signed',
      '当前阶段“签约”缺少日期',
    );
  });

  it('dates along the path must not go backwards', async () => {
    const { create, t } = await folioCore();
    const error = await t.fail('folios.create', {
      groupId: (await create()).groupId,
      name: '燧原科技AI算力集群适配合作项目',
      stage: 'signed',
      stageDates: { lead: '2023-12-01', talks: '2024-02-01', signed: '2024-01-15' },
    });
    expect(error.fields).toEqual([
      {
        path: 'stageDates.signed',
        message: '“签约”日期（2024-01-15）不能早于“洽谈”日期（2024-02-01）',
      },
    ]);
    expect(await t.call('folios.list', {})).toHaveLength(1);
  });

  it('a path stage not yet reached cannot carry a date', async () => {
    const { create, refused } = await folioCore();
    const folio = await create({ stage: 'talks', stageDates: { talks: '2024-01-09' } });
    await refused(
      folio.id,
      'folios.update',
      { id: folio.id, rev: folio.rev, stageDates: { talks: '2024-01-09', started: '2024-03-01' } },
      'stageDates.started',
      '项目尚未到“开工”阶段，不能填写该阶段日期',
    );
  });

  it('a paused folio keeps the path dates where it stood, and its pause comes after them', async () => {
    const { create, refused } = await folioCore();
    const dates = { talks: '2023-10-11', signed: '2023-12-05' };
    const paused = await create({
      stage: 'paused',
      stageDates: { ...dates, paused: '2024-01-15' },
      stageReason: '并网方案待批复',
    });
    expect(paused.stageDates).toEqual({ ...dates, paused: '2024-01-15' });
    await refused(
      paused.id,
      'folios.update',
      { id: paused.id, rev: paused.rev, stageDates: { ...dates, paused: '2023-11-30' } },
      'stageDates.paused',
      '“暂缓”日期（2023-11-30）不能早于“签约”日期（2023-12-05）',
    );
  });

  it('no stage date may lie after today', async () => {
    const { create, refused } = await folioCore();
    const folio = await create({ stage: 'talks' });
    await refused(
      folio.id,
      'folios.update',
      { id: folio.id, rev: folio.rev, stageDates: { talks: '2024-04-02' } },
      'stageDates.talks',
      `“洽谈”日期（2024-04-02）不能晚于今天（${TODAY}）`,
    );
  });
});

describe('stage rules and existing records', () => {
  it('every folio of the demo workspace tells a possible stage story', () => {
    let n = 0;
    const at = '2024-04-01T00:00:00.000Z';
    const demo = buildDemo(
      () => ({
        id: `demo-check-${String(++n).padStart(4, '0')}`,
        rev: 1,
        createdAt: at,
        updatedAt: at,
        workspaceId: 'workspace-check',
      }),
      '2026-11-25',
    );
    const folios = demo.change.put?.folios ?? [];
    expect(folios.length).toBeGreaterThan(30);
    for (const folio of folios)
      expect(stageDateProblems(folio, '2099-12-31'), folio.name).toEqual([]);
  });

  it('an edit that leaves the stage dates alone does not judge them again', async () => {
    // The demo is loaded on 2024-04-20; the test clock then stands at 2024-04-01, before some of
    // the demo's stage dates (as after a clock set back, or a copy from a colleague ahead in time).
    const dir = await makeTempDir();
    const loader = await openCore({
      dataDir: dir,
      clock: { now: () => new Date('2024-04-20T09:00:00+08:00') },
      ids: sequentialIds('ahead'),
    });
    await loader.registry.call('workspace.loadDemo', {});
    await loader.close();
    const t = await openTestCore(dir);
    const ahead = (await t.call('folios.list', {})).find(
      (row) => row.name === '麻辣烫底料及火锅食材加工项目',
    );
    if (!ahead) throw new Error('demo folio missing');
    const { folio } = await t.call('folios.get', { id: ahead.id });
    expect((folio.stageDates.ready ?? '') > TODAY).toBe(true);
    const renamed = await t.call('folios.update', {
      id: folio.id,
      rev: folio.rev,
      name: '麻辣烫底料及火锅食材精深加工项目',
      stageDates: folio.stageDates,
    });
    const error = await t.fail('folios.update', {
      id: folio.id,
      rev: renamed.rev,
      stageDates: { ...folio.stageDates, ready: '2024-04-21' },
    });
    expect(error.fields).toEqual([
      {
        path: 'stageDates.ready',
        message: `“具备签约条件”日期（2024-04-21）不能晚于今天（${TODAY}）`,
      },
    ]);
  });
});

describe('folios.changeStage', () => {
  it('moving forward records the date; stages skipped on the way get none', async () => {
    const { create, t } = await folioCore();
    const folio = await create({ stage: 'talks', stageDates: { talks: '2024-01-09' } });
    const next = await t.call('folios.changeStage', {
      id: folio.id,
      rev: folio.rev,
      stage: 'signed',
      date: '2024-03-20',
    });
    expect(next).toMatchObject({ stage: 'signed', rev: folio.rev + 1, stageReason: '' });
    expect(next.stageDates).toEqual({ talks: '2024-01-09', signed: '2024-03-20' });
  });

  it('moving back needs a reason, then drops the dates after the new stage', async () => {
    const { create, t, refused } = await folioCore();
    const folio = await create({
      stage: 'started',
      stageDates: {
        talks: '2023-09-01',
        ready: '2023-10-10',
        signed: '2023-11-20',
        started: '2024-02-01',
      },
    });
    const back = { id: folio.id, rev: folio.rev, stage: 'ready', date: '2024-03-01' } as const;
    await needsReason(refused, back, '退回到前一阶段需要填写原因');
    await needsReason(refused, { ...back, reason: '   ' }, '退回到前一阶段需要填写原因');
    const reason = '签约主体变更，需重新履行签约程序';
    const next = await t.call('folios.changeStage', { ...back, reason });
    expect(next.stage).toBe('ready');
    expect(next.stageDates).toEqual({ talks: '2023-09-01', ready: '2023-10-10' });
    expect(next.stageReason).toBe(reason);
  });

  it('pausing or dropping needs a reason; resuming a paused folio does not', async () => {
    const { create, t, refused } = await folioCore();
    const folio = await create({
      stage: 'signed',
      stageDates: { talks: '2023-10-11', signed: '2023-12-05' },
    });
    const pause = { id: folio.id, rev: folio.rev, stage: 'paused', date: '2024-01-15' } as const;
    await needsReason(refused, pause, '暂缓项目需要填写原因');
    await needsReason(refused, { ...pause, stage: 'dropped' }, '终止项目需要填写原因');
    const reason = '并网接入方案待电网公司批复';
    const paused = await t.call('folios.changeStage', { ...pause, reason });
    expect(paused.stageDates).toEqual({
      talks: '2023-10-11',
      signed: '2023-12-05',
      paused: '2024-01-15',
    });
    const resumed = await t.call('folios.changeStage', {
      id: folio.id,
      rev: paused.rev,
      stage: 'started',
      date: '2024-03-18',
    });
    expect(resumed).toMatchObject({ stage: 'started', stageReason: '' });
    expect(resumed.stageDates).toEqual({
      talks: '2023-10-11',
      signed: '2023-12-05',
      started: '2024-03-18',
    });
  });

  it('reviving a dropped folio needs a reason', async () => {
    const { create, t, refused } = await folioCore();
    const folio = await create({
      stage: 'dropped',
      stageDates: { talks: '2023-05-01', dropped: '2023-07-20' },
      stageReason: '能耗指标无法保障',
    });
    const revive = { id: folio.id, rev: folio.rev, stage: 'talks', date: '2024-03-01' } as const;
    await needsReason(refused, revive, '重新启动已终止的项目需要填写原因');
    const next = await t.call('folios.changeStage', { ...revive, reason: '能耗指标已落实' });
    expect(next.stageDates).toEqual({ talks: '2023-05-01' });
  });

  it('refuses a move dated after today, before the latest stage date, or to the same stage', async () => {
    const { create, refused } = await folioCore();
    const folio = await create({ stage: 'talks', stageDates: { talks: '2024-02-01' } });
    const move = { id: folio.id, rev: folio.rev, stage: 'ready' } as const;
    await refused(
      folio.id,
      'folios.changeStage',
      { ...move, date: '2024-04-02' },
      'date',
      `不能晚于今天（${TODAY}）`,
    );
    await refused(
      folio.id,
      'folios.changeStage',
      { ...move, date: '2024-01-31' },
      'date',
      '不能早于“洽谈”日期（2024-02-01）',
    );
    await refused(
      folio.id,
      'folios.changeStage',
      { ...move, stage: 'talks', date: TODAY },
      'stage',
      '项目已处于“洽谈”阶段',
    );
  });

  it('an update that changes the stage follows the same rules', async () => {
    const { create, t, refused } = await folioCore();
    const folio = await create({
      stage: 'signed',
      stageDates: { talks: '2024-01-09', signed: '2024-02-26' },
    });
    const back = { id: folio.id, rev: folio.rev, stage: 'talks' } as const;
    await refused(folio.id, 'folios.update', back, 'stageReason', '退回到前一阶段需要填写原因');
    const next = await t.call('folios.update', { ...back, stageReason: '投资方重新评估选址' });
    expect(next.stageDates).toEqual({ talks: '2024-01-09' });
    const forward = await t.call('folios.update', { id: folio.id, rev: next.rev, stage: 'ready' });
    expect(forward.stageDates).toEqual({ talks: '2024-01-09', ready: TODAY });
  });
});
