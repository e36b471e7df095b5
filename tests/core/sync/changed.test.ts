// Team sync pushes only what changed since the last push, remembered across a restart.
import { describe, expect, it } from 'vitest';
import { sequentialIds, steppingClock } from '../../../electron/core/clock';
import { createCoreRegistry } from '../../../electron/core/services/index';
import { ChangedRecords } from '../../../electron/core/sync/changed';
import { syncGroup } from '../../../electron/core/sync/client';
import { databaseOf } from '../../../electron/core/sync/mapping';
import { openDesk } from '../../helpers/exchange';
import { startCouch, type TestCouch } from '../../helpers/pouchdb-server';
import { makeTempDir } from '../../helpers/temp-dir';
import { groupDb, remoteFor, sync } from './sync-helpers';
import { syncOn, twoDesks } from './sync-setup';

/** A desk that can be closed and opened again on its folder, tracking its changes as the app does. */
async function openTracked(dir: string, couch: TestCouch, groupId: string) {
  const core = await createCoreRegistry({
    dataDir: dir,
    clock: steppingClock(new Date('2024-04-01T01:00:00Z')),
    ids: sequentialIds(`甲${Math.random().toString(36).slice(2, 8)}`),
  });
  const changed = new ChangedRecords(core.session);
  const call = async (method: 'folios.get' | 'folios.update', input: object) => {
    const out = await core.registry.call(method, input as never);
    if (!out.ok) throw new Error(out.error.message);
    return out.result as { folio: { rev: number } } & { rev: number };
  };
  return {
    core,
    changed,
    edit: async (id: string, notes: string) => {
      const { folio } = await call('folios.get', { id });
      await call('folios.update', { id, rev: folio.rev, notes });
    },
    sync: () =>
      syncGroup({
        session: core.session,
        remote: remoteFor(couch, groupId, 'alice'),
        groupId,
        changed,
      }),
    /** Closes the desk; `saved`: as the app does on quitting (false: as if it crashed). */
    close: async (saved: boolean) => {
      if (saved) await changed.save();
      changed.stop();
      await core.close();
    },
  };
}

describe('team sync: changed records', () => {
  it('compares only the records changed since the last push, after a restart too; all of them after a crash', async () => {
    const couch = await startCouch();
    const dir = await makeTempDir();
    const first = await createCoreRegistry({
      dataDir: dir,
      clock: steppingClock(new Date('2024-04-01T01:00:00Z')),
      ids: sequentialIds('甲x'),
    });
    const group = await first.registry.call('groups.create', { name: '新能源专班', kind: 'chain' });
    if (!group.ok) throw new Error(group.error.message);
    const groupId = (group.result as { id: string }).id;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const f = await first.registry.call('folios.create', { name: `项目${i}`, groupId });
      if (f.ok) ids.push((f.result as { id: string }).id);
    }
    await first.close();
    await groupDb(couch, groupId, ['alice', 'bob']);
    const b = await openDesk('乙');
    const notesAtB = async (id: string) => {
      await sync(b, couch, groupId, 'bob');
      return b.session.store().get('folios', id)?.notes;
    };

    let a = await openTracked(dir, couch, groupId);
    // The first push compares everything: the group and its 12 folios.
    expect((await a.sync()).compared).toBe(13);
    await a.edit(ids[3] ?? '', '第一次修改');
    const out = await a.sync();
    expect([out.compared, out.pushed]).toEqual([1, 1]);
    expect(await notesAtB(ids[3] ?? '')).toBe('第一次修改');
    // Nothing changed: nothing compared.
    expect((await a.sync()).compared).toBe(0);

    /** Edits a folio, closes the desk (`saved` as on quitting), reopens it and syncs; B gets the edit. */
    const editThenReopen = async (id: string, notes: string, saved: boolean) => {
      await a.edit(id, notes);
      await a.close(saved);
      a = await openTracked(dir, couch, groupId);
      const synced = await a.sync();
      expect(await notesAtB(id)).toBe(notes);
      return [synced.compared, synced.pushed];
    };

    // Edited, then the app quits and starts again: the edit is still known, and only it.
    expect(await editThenReopen(ids[5] ?? '', '重启前的修改', true)).toEqual([1, 1]);

    // Edited, then the app stops without saving its record: every record is compared once.
    expect(await editThenReopen(ids[7] ?? '', '崩溃前的修改', false)).toEqual([13, 1]);
    expect((await a.sync()).compared).toBe(0);
    await a.close(true);
  });

  it('an enterprise edited and then deleted reaches, and leaves, every group database that holds it', async () => {
    const { couch, a, b } = await twoDesks();
    const g1 = await a.call('groups.create', { name: '新能源专班', kind: 'chain' });
    const g2 = await a.call('groups.create', { name: '装备制造专班', kind: 'chain' });
    const firm = await a.call('enterprises.create', { name: '陇原精工', kind: 'private' });
    const boss = await a.call('people.create', { name: '王主任' });
    const f1 = await a.call('folios.create', {
      name: '光伏组件项目',
      groupId: g1.id,
      enterpriseId: firm.id,
      leaderId: boss.id,
    });
    const f2 = await a.call('folios.create', {
      name: '数控机床项目',
      groupId: g2.id,
      enterpriseId: firm.id,
    });
    for (const g of [g1, g2]) await groupDb(couch, g.id, ['alice', 'bob']);
    const both = async (user: string, desk: typeof a) => {
      await desk.call('sync.settings.set', syncOn(couch, user, [g1.id, g2.id]));
      return desk.call('sync.now', {});
    };
    expect((await both('alice', a)).state).toBe('synced');
    // The colleague's desk learns of the groups by a first sync of each.
    for (const g of [g1, g2]) await sync(b, couch, g.id, 'bob');
    expect((await both('bob', b)).state).toBe('synced');
    const doc = (g: { id: string }, id: string) =>
      couch.json(`/${databaseOf(g.id)}/${encodeURIComponent(id)}`) as Promise<{
        error?: string;
        record?: { name?: string };
        tombstone?: { id?: string };
      }>;

    // Edited once: it reaches both databases in one sync (the first group's push does not
    // make the second forget it).
    await a.call('enterprises.update', { id: firm.id, rev: firm.rev, name: '陇原精工集团' });
    await both('alice', a);
    for (const g of [g1, g2]) {
      expect((await doc(g, `enterprises:${firm.id}`)).record?.name).toBe('陇原精工集团');
    }

    // Deleted here (its folios let go of it first): both databases delete it and keep the
    // deletion; the person deleted likewise leaves the one database that held them.
    for (const f of [f1, f2]) {
      const { folio } = await a.call('folios.get', { id: f.id });
      await a.call('folios.update', {
        id: f.id,
        rev: folio.rev,
        enterpriseId: null,
        leaderId: null,
      });
    }
    const now = a.session.store().get('enterprises', firm.id);
    await a.call('enterprises.delete', { id: firm.id, rev: now?.rev ?? 0 });
    await a.call('people.delete', { id: boss.id, rev: boss.rev });
    expect((await both('alice', a)).state).toBe('synced');
    for (const g of [g1, g2]) {
      expect((await doc(g, `enterprises:${firm.id}`)).error).toBe('not_found');
      expect((await doc(g, `tombstone:enterprises:${firm.id}`)).tombstone?.id).toBe(firm.id);
    }
    expect((await doc(g1, `people:${boss.id}`)).error).toBe('not_found');
    expect((await doc(g2, `tombstone:people:${boss.id}`)).error).toBe('not_found');

    // The colleague's desk takes the deletions in: its copies go to its recycle bin.
    expect((await both('bob', b)).state).toBe('synced');
    expect(b.session.store().get('enterprises', firm.id)).toBeUndefined();
    expect(b.session.store().get('people', boss.id)).toBeUndefined();
    const bin = (await b.call('trash.list', {})).map((t) => t.label);
    expect(bin).toEqual(expect.arrayContaining(['陇原精工', '王主任']));
  });
});
