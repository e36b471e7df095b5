// Checks workspace.update: name, operator and chains kept after restart, one undo step, bad chains refused.
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../../helpers/core';

const statusMeta = async (t: Awaited<ReturnType<typeof openTestCore>>) => {
  const status = await t.call('workspace.status', {});
  if (status.state !== 'ready') throw new Error('workspace not ready');
  return status.meta;
};

describe('workspace.update', () => {
  it('changes the name, the operator and the chains, and keeps them after a restart', async () => {
    const t = await openTestCore();
    const meta = await t.call('workspace.update', {
      name: '天水市招商引资工作区',
      operator: '杨静',
      chains: [' 数字经济 ', '新能源'],
    });
    expect(meta).toMatchObject({
      name: '天水市招商引资工作区',
      operator: '杨静',
      chains: ['数字经济', '新能源'],
    });
    const renamed = await t.call('workspace.update', { name: '秦州区招商工作区' });
    expect(renamed).toMatchObject({ operator: '杨静', chains: ['数字经济', '新能源'] });
    await t.core.close();
    const again = await openTestCore(t.dir);
    expect(await statusMeta(again)).toMatchObject({ name: '秦州区招商工作区', operator: '杨静' });
  });

  it('is one undoable edit labelled 修改工作区设置', async () => {
    const t = await openTestCore();
    const before = await statusMeta(t);
    await t.call('workspace.update', { operator: '杨静' });
    expect((await t.call('undo.status', {})).label).toBe('修改工作区设置');
    await t.call('undo.undo', {});
    expect(await statusMeta(t)).toEqual(before);
  });

  it('refuses a repeated chain, naming which one, and an empty list; nothing changes', async () => {
    const t = await openTestCore();
    const before = await statusMeta(t);
    const repeated = await t.fail('workspace.update', {
      chains: ['数字经济', '新能源', ' 数字经济'],
    });
    expect(repeated).toMatchObject({
      kind: 'validation',
      fields: [{ path: 'chains.2', message: '产业链“数字经济”重复' }],
    });
    const none = await t.fail('workspace.update', { chains: [] });
    expect(none.fields).toEqual([{ path: 'chains', message: '至少保留一条产业链' }]);
    const blank = await t.fail('workspace.update', { chains: ['数字经济', '  '], name: '' });
    expect(blank.fields.map((f) => f.path).sort()).toEqual(['chains.1', 'name']);
    expect(await statusMeta(t)).toEqual(before);
  });
});
