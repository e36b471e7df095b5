// Checks the recycle bin: delete, restore whole, refusals naming what to restore first, purge, restart.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/app';
import { sequentialIds, steppingClock } from '../../../../electron/core/clock';
import type { TrashEntry } from '../../../../electron/core/model/trash';
import { openStore } from '../../../../electron/core/store/open-store';
import { aiGroup } from '../../../helpers/ai-server';
import { openTestCore, TEST_START, type TestCore } from '../../../helpers/core';
import { makeTempDir } from '../../../helpers/temp-dir';
import { must } from '../../../helpers/must';

async function folioInGroup(t: TestCore, name = '高性能AI算力服务器智造项目') {
  const group = await aiGroup(t);
  const folio = await t.call('folios.create', {
    groupId: group.id,
    name,
    totalInvestment: 300000,
    notes: '华天牵头',
  });
  return { group, folio };
}

const dossierJson = (t: TestCore) => readFile(join(t.dir, 'dossier.json'), 'utf8');

describe('recycle bin', () => {
  it('a deleted folio waits in the bin, newest first, and comes back whole with a higher rev', async () => {
    const t = await openTestCore();
    const { group, folio } = await folioInGroup(t);
    const other = await t.call('folios.create', { groupId: group.id, name: '数字经济产业园' });
    await t.call('workspace.update', { operator: '李明' });
    await t.call('folios.delete', { id: folio.id, rev: folio.rev });
    await t.call('folios.delete', { id: other.id, rev: other.rev });

    expect(await t.call('folios.list', {})).toEqual([]);
    const bin = await t.call('trash.list', {});
    expect(bin.map((e) => [e.collection, e.label, e.deletedBy])).toEqual([
      ['folios', '数字经济产业园', '李明'],
      ['folios', '高性能AI算力服务器智造项目', '李明'],
    ]);
    const entry = must(bin[1]);
    expect(must(bin[0]).deletedAt > entry.deletedAt).toBe(true);

    expect(await t.call('trash.restore', { id: entry.id })).toEqual({
      collection: 'folios',
      id: folio.id,
    });
    const { folio: back } = await t.call('folios.get', { id: folio.id });
    expect(back).toMatchObject({
      name: folio.name,
      notes: '华天牵头',
      totalInvestment: 300000,
      groupId: group.id,
    });
    expect(back.rev).toBeGreaterThan(folio.rev);
    expect((await t.call('trash.list', {})).map((e) => e.label)).toEqual(['数字经济产业园']);
    expect((await t.call('undo.status', {})).label).toBe('恢复项目“高性能AI算力服务器智造项目”');
  });

  it('refuses to restore a folio whose group was deleted after it, and says to restore the group first', async () => {
    const t = await openTestCore();
    const { group, folio } = await folioInGroup(t);
    await t.call('folios.delete', { id: folio.id, rev: folio.rev });
    await t.call('groups.delete', { id: group.id, rev: group.rev });
    const [groupEntry, folioEntry] = await t.call('trash.list', {});

    const before = await dossierJson(t);
    const error = await t.fail('trash.restore', { id: must(folioEntry).id });
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain(
      '请先恢复专班“AI智算协同产业化平台项目招引工作专班”，再恢复该项目',
    );
    expect(await dossierJson(t)).toBe(before);

    await t.call('trash.restore', { id: must(groupEntry).id });
    await t.call('trash.restore', { id: must(folioEntry).id });
    expect((await t.call('groups.get', { id: group.id })).folios.map((f) => f.id)).toEqual([
      folio.id,
    ]);
    expect(await t.call('trash.list', {})).toEqual([]);
  });

  it('a group still holding folios cannot be deleted; an empty one goes to the bin and comes back', async () => {
    const t = await openTestCore();
    const { group, folio } = await folioInGroup(t);
    expect((await t.fail('groups.delete', { id: group.id, rev: group.rev })).message).toContain(
      '还有 1 个项目',
    );
    expect(await t.call('trash.list', {})).toEqual([]);
    await t.call('folios.delete', { id: folio.id, rev: folio.rev });
    await t.call('groups.delete', { id: group.id, rev: group.rev });
    expect((await t.call('undo.status', {})).label).toBe(`删除专班“${group.name}”`);
    const [entry] = await t.call('trash.list', {});
    expect(entry).toMatchObject({ collection: 'groups', label: group.name });
    await t.call('trash.restore', { id: must(entry).id });
    expect((await t.call('groups.list', {})).map((g) => g.name)).toEqual([group.name]);
  });

  it('purges for good: the entry is gone and cannot be restored', async () => {
    const t = await openTestCore();
    const { folio } = await folioInGroup(t);
    await t.call('folios.delete', { id: folio.id, rev: folio.rev });
    const [entry] = await t.call('trash.list', {});
    expect(await t.call('trash.purge', { id: must(entry).id })).toEqual({ id: must(entry).id });
    expect((await t.call('undo.status', {})).label).toBe(`彻底删除“${folio.name}”`);
    expect(await t.call('trash.list', {})).toEqual([]);
    expect((await t.fail('trash.restore', { id: must(entry).id })).kind).toBe('not_found');
    expect((await t.fail('folios.get', { id: folio.id })).kind).toBe('not_found');
  });

  it('a folio comes back without a leader who was deleted for good, and waits for one in the bin', async () => {
    const t = await openTestCore();
    const { group } = await folioInGroup(t);
    const leader = await t.call('people.create', { name: '王国先', title: '市长' });
    const folio = await t.call('folios.create', {
      groupId: group.id,
      name: '封测扩能项目',
      leaderId: leader.id,
    });
    await t.call('folios.delete', { id: folio.id, rev: folio.rev });
    // Only the folio in the bin points at the leader now, so the leader may go too.
    await t.call('people.delete', { id: leader.id, rev: leader.rev });
    const [personEntry, folioEntry] = await t.call('trash.list', {});

    const waiting = await t.fail('trash.restore', { id: must(folioEntry).id });
    expect(waiting.message).toContain('请先恢复人员“王国先”，再恢复该项目');

    await t.call('trash.purge', { id: must(personEntry).id });
    await t.call('trash.restore', { id: must(folioEntry).id });
    const { folio: back, leader: shown } = await t.call('folios.get', { id: folio.id });
    expect(back.leaderId).toBeNull();
    expect(shown).toBeNull();
  });

  it('the bin survives a restart of the core', async () => {
    const t = await openTestCore();
    const { folio } = await folioInGroup(t);
    await t.call('folios.delete', { id: folio.id, rev: folio.rev });
    await t.core.close();
    const again = await openTestCore(t.dir);
    expect((await again.call('trash.list', {})).map((e) => e.label)).toEqual([folio.name]);
  });
});

/** A data folder whose bin holds `entry`, written straight into the store. */
async function binWith(entry: (workspaceId: string) => TrashEntry): Promise<string> {
  const dir = await makeTempDir();
  const opened = await openStore(dir, { clock: steppingClock(TEST_START) });
  if (!opened.ok) throw new Error(opened.problem.message);
  await opened.store.commit({ put: { trash: [entry(opened.store.meta.id)] } });
  await opened.store.close();
  return dir;
}

function entryFor(workspaceId: string, record: Record<string, unknown>): TrashEntry {
  const at = TEST_START.toISOString();
  return {
    id: 'trash-entry-0001',
    rev: 1,
    createdAt: at,
    updatedAt: at,
    workspaceId,
    collection: 'people',
    recordId: String(record.id),
    label: String(record.name),
    record,
    deletedAt: at,
    deletedBy: '李明',
  };
}

/** Person person-0001 as stored in workspace `workspaceId` (rev 1, made at TEST_START), with `fields`. */
function person0001(workspaceId: string, fields: { rev?: number; name: string; title?: string }) {
  const at = TEST_START.toISOString();
  const stored = { id: 'person-0001', rev: 1, createdAt: at, updatedAt: at, workspaceId };
  return { ...stored, title: '', unit: '', phone: '', ...fields };
}

async function coreOn(dir: string) {
  const core = await openCore({
    dataDir: dir,
    clock: steppingClock(TEST_START),
    ids: sequentialIds('r'),
  });
  return core;
}

describe('recycle bin: restoring checks the kept record again', () => {
  it('refuses a kept record that no longer passes the schema, naming the field', async () => {
    const dir = await binWith((ws) => entryFor(ws, person0001(ws, { rev: 2, name: '   ' })));
    const core = await coreOn(dir);
    try {
      const outcome = await core.registry.call('trash.restore', { id: 'trash-entry-0001' });
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.kind).toBe('validation');
      expect(outcome.error.fields[0]?.path).toBe('name');
      expect(outcome.error.message).toContain('无法恢复');
      const people = await core.registry.call('people.list', {});
      expect(people).toEqual({ ok: true, result: [] });
    } finally {
      await core.close();
    }
  });

  it('refuses when the record’s id is in use again', async () => {
    const dir = await binWith((ws) => entryFor(ws, person0001(ws, { name: '张伟' })));
    const opened = await openStore(dir, { clock: steppingClock(TEST_START) });
    if (!opened.ok) throw new Error(opened.problem.message);
    await opened.store.commit({
      put: { people: [person0001(opened.store.meta.id, { name: '张伟', title: '副市长' })] },
    });
    await opened.store.close();
    const core = await coreOn(dir);
    try {
      const outcome = await core.registry.call('trash.restore', { id: 'trash-entry-0001' });
      expect(outcome).toMatchObject({ ok: false, error: { kind: 'conflict' } });
      const people = await core.registry.call('people.list', {});
      expect(people).toMatchObject({ ok: true, result: [{ title: '副市长' }] });
    } finally {
      await core.close();
    }
  });
});
