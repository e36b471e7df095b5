// Checks working groups: create, list with totals, edit, delete only when empty, stale revs, bad fields.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../../helpers/core';

/** The group most cases make: a chain group for chip packaging and testing. */
const CHIP_GROUP = {
  name: '集成电路封测产业链专班',
  kind: 'chain',
  chain: '集成电路封测',
} as const;

describe('working groups', () => {
  it('creates, lists with folio totals, edits and deletes a group', async () => {
    const t = await openTestCore();
    const group = await t.call('groups.create', CHIP_GROUP);
    expect(group).toMatchObject({
      rev: 1,
      name: '集成电路封测产业链专班',
      memberIds: [],
      headId: null,
    });

    await t.call('folios.create', {
      groupId: group.id,
      name: '封测扩能项目',
      totalInvestment: 120000,
      fundsInPlace: 30000,
    });
    await t.call('folios.create', {
      groupId: group.id,
      name: '引线框架项目',
      totalInvestment: 8000,
    });
    const [summary] = await t.call('groups.list', {});
    expect(summary).toMatchObject({ folioCount: 2, totalInvestment: 128000, fundsInPlace: 30000 });

    const edited = await t.call('groups.update', { id: group.id, rev: 1, description: '华天牵头' });
    expect(edited).toMatchObject({ rev: 2, description: '华天牵头', name: group.name });
    expect(edited.updatedAt > group.updatedAt).toBe(true);
  });

  it('refuses to delete a group that still holds folios, and changes nothing', async () => {
    const t = await openTestCore();
    const group = await t.call('groups.create', { name: '清水县招商工作专班', kind: 'county' });
    await t.call('folios.create', { groupId: group.id, name: '温泉旅游度假区' });
    const before = await readFile(join(t.dir, 'dossier.json'), 'utf8');
    const error = await t.fail('groups.delete', { id: group.id, rev: group.rev });
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('还有 1 个项目');
    expect(await readFile(join(t.dir, 'dossier.json'), 'utf8')).toBe(before);
    expect(await t.call('groups.list', {})).toHaveLength(1);
  });

  it('deletes an empty group', async () => {
    const t = await openTestCore();
    const group = await t.call('groups.create', { name: '张家川县招商工作专班', kind: 'county' });
    expect(await t.call('groups.delete', { id: group.id, rev: 1 })).toEqual({ id: group.id });
    expect(await t.call('groups.list', {})).toEqual([]);
    expect((await t.fail('groups.get', { id: group.id })).kind).toBe('not_found');
  });

  it('rejects an edit based on an old revision', async () => {
    const t = await openTestCore();
    const group = await t.call('groups.create', { name: '数字经济产业链专班', kind: 'chain' });
    await t.call('groups.update', { id: group.id, rev: 1, description: '第一次' });
    const error = await t.fail('groups.update', {
      id: group.id,
      rev: 1,
      description: '过期的编辑',
    });
    expect(error).toMatchObject({ kind: 'conflict', fields: [{ path: 'rev' }] });
    const detail = await t.call('groups.get', { id: group.id });
    expect(detail.group.description).toBe('第一次');
  });

  it('names the field when a head does not exist or the kind is wrong', async () => {
    const t = await openTestCore();
    const head = await t.fail('groups.create', {
      name: '专班',
      kind: 'chain',
      headId: 'nobody-123',
    });
    expect(head).toMatchObject({ kind: 'validation', fields: [{ path: 'headId' }] });
    const kind = await t.fail('groups.create', { name: '专班', kind: 'committee' });
    expect(kind).toMatchObject({
      kind: 'validation',
      fields: [{ path: 'kind', message: '专班类型无效' }],
    });
    expect(await t.call('groups.list', {})).toEqual([]);
  });
});
