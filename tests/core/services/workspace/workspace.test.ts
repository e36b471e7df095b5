// Checks the workspace and demo: new folder ready, demo loaded and removed, corrupt store reported.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../../helpers/core';

describe('workspace and demo', () => {
  it('a new data folder is an empty, ready workspace with the 12 chains', async () => {
    const t = await openTestCore();
    const status = await t.call('workspace.status', {});
    expect(status).toMatchObject({ state: 'ready', empty: true, meta: { isDemo: false } });
    if (status.state === 'ready') expect(status.meta.chains).toHaveLength(12);
  });

  it('loads the demo: every stage, 30+ folios, the article’s firms, marked as demo', async () => {
    const t = await openTestCore();
    const status = await t.call('workspace.loadDemo', {});
    expect(status).toMatchObject({ state: 'ready', empty: false, meta: { isDemo: true } });
    const folios = await t.call('folios.list', {});
    expect(folios.length).toBeGreaterThanOrEqual(30);
    expect(new Set(folios.map((f) => f.stage)).size).toBe(9);
    const firms = (await t.call('enterprises.list', {})).map((e) => e.name).join('|');
    for (const name of [
      '弘信电子',
      '燧弘人工智能',
      '中京电投',
      '重庆市甘肃商会',
      '深圳甘肃天水商会',
    ]) {
      expect(firms).toContain(name);
    }
    const groups = (await t.call('groups.list', {})).map((g) => g.name).join('|');
    for (const name of ['AI智算协同产业化平台', '集成电路封测', '清水县', '张家川县'])
      expect(groups).toContain(name);
    expect(folios.some((f) => f.fundsInPlace > 0 && f.leaderName && f.stewardName)).toBe(true);
  });

  it('refuses to load the demo over real data', async () => {
    const t = await openTestCore();
    await t.call('groups.create', { name: '我的专班', kind: 'chain' });
    expect((await t.fail('workspace.loadDemo', {})).kind).toBe('conflict');
  });

  it('removes the demo in one step, keeping what the user added', async () => {
    const t = await openTestCore();
    await t.call('workspace.loadDemo', {});
    const mine = await t.call('groups.create', { name: '我的专班', kind: 'county' });
    await t.call('folios.create', { groupId: mine.id, name: '我的项目' });
    const status = await t.call('workspace.removeDemo', {});
    expect(status).toMatchObject({
      state: 'ready',
      meta: { isDemo: false },
      counts: { groups: 1, folios: 1, enterprises: 0, people: 0 },
    });
    const backups = await t.call('workspace.backups', {});
    expect(backups.some((b) => b.reason === 'remove-demo' && b.counts.folios >= 30)).toBe(true);
  });

  it('a corrupt store is reported, kept, and every other call explains it', async () => {
    const t = await openTestCore();
    await t.call('groups.create', { name: '专班', kind: 'chain' });
    await t.core.close();
    await writeFile(join(t.dir, 'dossier.json'), '{"format":"dossier-desk", trunc');
    const again = await openTestCore(t.dir);
    const status = await again.call('workspace.status', {});
    expect(status).toMatchObject({
      state: 'problem',
      problem: { kind: 'corrupt', file: 'dossier.json' },
    });
    const error = await again.fail('groups.list', {});
    expect(error.kind).toBe('store');
    expect(error.message).toContain('数据文件夹无法打开');
  });
});
