// Checks enterprises and people: linked folios, key people ids, stale edits, deletes refused while in use.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../electron/core/api/contract';
import { aiGroup, hongxin } from '../../helpers/ai-server';
import { openTestCore, type TestCore } from '../../helpers/core';

const dossierJson = (t: TestCore) => readFile(join(t.dir, 'dossier.json'), 'utf8');

/** Calls a method that must fail, checks dossier.json is byte for byte as before, returns the error. */
async function failsWritingNothing(t: TestCore, method: MethodName, input: unknown) {
  const before = await dossierJson(t);
  const error = await t.fail(method, input);
  expect(await dossierJson(t)).toBe(before);
  return error;
}

describe('enterprises (客商库)', () => {
  it('shows an enterprise with the folios linked to it', async () => {
    const t = await openTestCore();
    const group = await aiGroup(t);
    const firm = await hongxin(t);
    const other = await t.call('enterprises.create', { name: '重庆市甘肃商会', kind: 'chamber' });
    await t.call('folios.create', {
      groupId: group.id,
      name: '高性能AI算力服务器智造项目',
      enterpriseId: firm.id,
    });
    await t.call('folios.create', {
      groupId: group.id,
      name: '柔性电路板项目',
      enterpriseId: firm.id,
    });
    await t.call('folios.create', {
      groupId: group.id,
      name: '商会联络项目',
      enterpriseId: other.id,
    });

    const detail = await t.call('enterprises.get', { id: firm.id });
    expect(detail.enterprise).toEqual(firm);
    expect(detail.folios.map((f) => f.name).sort()).toEqual(
      ['柔性电路板项目', '高性能AI算力服务器智造项目'].sort(),
    );
    expect(detail.folios[0]).toMatchObject({ enterpriseName: firm.name, groupName: group.name });
    expect((await t.fail('enterprises.get', { id: 'missing-enterprise' })).kind).toBe('not_found');
  });

  it('creates and edits key people: new ones get ids, kept ones keep theirs', async () => {
    const t = await openTestCore();
    const firm = await t.call('enterprises.create', {
      name: '燧弘人工智能科技有限公司',
      kind: 'private',
      keyPeople: [{ name: '陈总', title: '董事长', phone: '', note: '' }],
    });
    const chair = firm.keyPeople[0];
    expect(chair?.id).toMatch(/.{8,}/);

    const edited = await t.call('enterprises.update', {
      id: firm.id,
      rev: firm.rev,
      headquarters: '北京',
      keyPeople: [
        { id: chair?.id, name: '陈总', title: '董事长兼总经理', phone: '13800000000', note: '' },
        { name: '刘工', title: '技术总监', phone: '', note: '负责算力中心选址' },
      ],
    });
    expect(edited).toMatchObject({ rev: 2, headquarters: '北京', name: firm.name });
    expect(edited.keyPeople[0]).toMatchObject({ id: chair?.id, title: '董事长兼总经理' });
    expect(edited.keyPeople[1]?.id).toMatch(/.{8,}/);
    expect(edited.keyPeople[1]?.id).not.toBe(chair?.id);
    expect((await t.call('undo.status', {})).label).toBe('修改客商“燧弘人工智能科技有限公司”');
  });

  it('refuses a stale edit and a bad field, changing nothing', async () => {
    const t = await openTestCore();
    const firm = await t.call('enterprises.create', { name: '中京电投', kind: 'state' });
    await t.call('enterprises.update', { id: firm.id, rev: 1, profile: '电力投资' });
    const stale = await t.fail('enterprises.update', { id: firm.id, rev: 1, profile: '旧稿' });
    expect(stale).toMatchObject({ kind: 'conflict', fields: [{ path: 'rev' }] });

    const before = await dossierJson(t);
    const empty = await t.fail('enterprises.update', { id: firm.id, rev: 2, name: '  ' });
    expect(empty.fields).toEqual([{ path: 'name', message: '客商名称不能为空' }]);
    const noName = await t.fail('enterprises.update', {
      id: firm.id,
      rev: 2,
      keyPeople: [{ name: '', title: '', phone: '', note: '' }],
    });
    expect(noName.fields[0]?.path).toBe('keyPeople.0.name');
    expect(await dossierJson(t)).toBe(before);
  });

  it('refuses to delete an enterprise folios still point at, naming them; deletes it once free', async () => {
    const t = await openTestCore();
    const group = await aiGroup(t);
    const firm = await hongxin(t);
    const folio = await t.call('folios.create', {
      groupId: group.id,
      name: '高性能AI算力服务器智造项目',
      enterpriseId: firm.id,
    });

    const error = await failsWritingNothing(t, 'enterprises.delete', {
      id: firm.id,
      rev: firm.rev,
    });
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('该客商关联着 1 个项目');
    expect(error.message).toContain('“高性能AI算力服务器智造项目”');

    await t.call('folios.update', { id: folio.id, rev: folio.rev, enterpriseId: null });
    await t.call('enterprises.delete', { id: firm.id, rev: firm.rev });
    expect(await t.call('enterprises.list', {})).toEqual([]);
    expect((await t.call('trash.list', {}))[0]).toMatchObject({
      collection: 'enterprises',
      label: firm.name,
    });
    expect((await t.call('undo.status', {})).label).toBe(`删除客商“${firm.name}”`);
  });
});

describe('people', () => {
  it('edits a person with a rev check', async () => {
    const t = await openTestCore();
    const person = await t.call('people.create', { name: '王国先' });
    const edited = await t.call('people.update', {
      id: person.id,
      rev: 1,
      title: '市长',
      unit: '天水市人民政府',
    });
    expect(edited).toMatchObject({ rev: 2, name: '王国先', title: '市长', unit: '天水市人民政府' });
    expect(
      (await t.fail('people.update', { id: person.id, rev: 1, phone: '13912345678' })).kind,
    ).toBe('conflict');
    expect(
      (await t.fail('people.update', { id: person.id, rev: 2, name: '' })).fields[0]?.path,
    ).toBe('name');
    expect((await t.call('undo.status', {})).label).toBe('修改人员“王国先”');
  });

  it('refuses to delete a person still in charge of folios or in a group, saying where', async () => {
    const t = await openTestCore();
    const leader = await t.call('people.create', { name: '王国先', title: '市长' });
    const group = await t.call('groups.create', {
      name: '集成电路封测产业链专班',
      kind: 'chain',
      memberIds: [leader.id],
    });
    for (const name of ['封测扩能项目', '引线框架项目', '高端装备项目']) {
      await t.call('folios.create', { groupId: group.id, name, leaderId: leader.id });
    }
    const error = await failsWritingNothing(t, 'people.delete', { id: leader.id, rev: leader.rev });
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('该人员是 3 个项目的包抓领导、1 个专班的成员');
    expect(error.message).toContain('等 4 项');
    expect(await t.call('people.list', {})).toHaveLength(1);
  });

  it('deletes a person no one points at into the bin', async () => {
    const t = await openTestCore();
    const person = await t.call('people.create', { name: '李明', title: '项目管家' });
    expect(await t.call('people.delete', { id: person.id, rev: person.rev })).toEqual({
      id: person.id,
    });
    expect(await t.call('people.list', {})).toEqual([]);
    const [entry] = await t.call('trash.list', {});
    expect(entry).toMatchObject({ collection: 'people', label: '李明' });
    expect((await t.fail('people.delete', { id: person.id, rev: person.rev })).kind).toBe(
      'not_found',
    );
  });
});
