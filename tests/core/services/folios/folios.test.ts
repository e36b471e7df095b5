// Checks folios: create with references, money rules, edits keep other fields, delete, restart.
import { describe, expect, it } from 'vitest';
import { aiGroup, hongxin } from '../../../helpers/ai-server';
import { openTestCore } from '../../../helpers/core';

async function withGroup() {
  const t = await openTestCore();
  const group = await aiGroup(t);
  return { t, group };
}

describe('folios', () => {
  it('creates a folio with its references and shows names in the list', async () => {
    const { t, group } = await withGroup();
    const leader = await t.call('people.create', { name: '王国先', title: '市长' });
    const ent = await hongxin(t);
    const folio = await t.call('folios.create', {
      groupId: group.id,
      name: '高性能AI算力服务器智造项目',
      enterpriseId: ent.id,
      leaderId: leader.id,
      stage: 'signed',
      totalInvestment: 300000,
      fundsInPlace: 20000,
    });
    expect(folio.stageDates.signed).toBe('2024-04-01');
    const [row] = await t.call('folios.list', { groupId: group.id });
    expect(row).toMatchObject({
      name: '高性能AI算力服务器智造项目',
      groupName: group.name,
      enterpriseName: '厦门弘信电子科技集团股份有限公司',
      leaderName: '王国先',
      stage: 'signed',
    });
    const detail = await t.call('folios.get', { id: folio.id });
    expect(detail.leader?.name).toBe('王国先');
    expect(detail.group.id).toBe(group.id);
  });

  it('rejects funds in place above total investment and negative money, naming the field', async () => {
    const { t, group } = await withGroup();
    const refused = (money: { totalInvestment: number; fundsInPlace?: number }) =>
      t.fail('folios.create', { groupId: group.id, name: '智算中心', ...money });
    const above = await refused({ totalInvestment: 100, fundsInPlace: 200 });
    expect(above).toMatchObject({
      kind: 'validation',
      fields: [{ path: 'fundsInPlace', message: '到位资金不能超过总投资额' }],
    });
    const negative = await refused({ totalInvestment: -5 });
    expect(negative.fields).toEqual([{ path: 'totalInvestment', message: '金额不能为负数' }]);
    const fraction = await refused({ totalInvestment: 1.5 });
    expect(fraction.fields[0]?.path).toBe('totalInvestment');
    expect(await t.call('folios.list', {})).toEqual([]);
  });

  it('an edit that breaks a rule changes nothing', async () => {
    const { t, group } = await withGroup();
    const folio = await t.call('folios.create', {
      groupId: group.id,
      name: '数字经济产业园',
      totalInvestment: 50000,
      fundsInPlace: 10000,
    });
    const error = await t.fail('folios.update', { id: folio.id, rev: 1, totalInvestment: 5000 });
    expect(error.fields[0]?.path).toBe('fundsInPlace');
    const detail = await t.call('folios.get', { id: folio.id });
    expect(detail.folio).toEqual(folio);
  });

  it('an edit keeps unrelated fields and bumps the revision', async () => {
    const { t, group } = await withGroup();
    const folio = await t.call('folios.create', {
      groupId: group.id,
      name: '算力调度平台',
      location: '天水经济技术开发区',
      notes: '初次接洽',
    });
    const next = await t.call('folios.update', { id: folio.id, rev: 1, stage: 'talks' });
    expect(next).toMatchObject({
      rev: 2,
      stage: 'talks',
      location: '天水经济技术开发区',
      notes: '初次接洽',
    });
    expect(next.stageDates).toEqual({ lead: folio.stageDates.lead, talks: next.stageDates.talks });
  });

  it('refuses a folio in a group that does not exist', async () => {
    const t = await openTestCore();
    const error = await t.fail('folios.create', { groupId: 'missing-group', name: '项目' });
    expect(error).toMatchObject({ kind: 'validation', fields: [{ path: 'groupId' }] });
  });

  it('deletes a folio and refuses a second delete', async () => {
    const { t, group } = await withGroup();
    const folio = await t.call('folios.create', { groupId: group.id, name: '应用软件项目' });
    await t.call('folios.delete', { id: folio.id, rev: 1 });
    expect((await t.fail('folios.delete', { id: folio.id, rev: 1 })).kind).toBe('not_found');
  });

  it('keeps folios across a restart of the core', async () => {
    const { t, group } = await withGroup();
    await t.call('folios.create', {
      groupId: group.id,
      name: '天水麻辣烫产业园',
      totalInvestment: 60000,
    });
    await t.core.close();
    const again = await openTestCore(t.dir);
    const rows = await again.call('folios.list', {});
    expect(rows.map((r) => r.name)).toEqual(['天水麻辣烫产业园']);
  });
});
