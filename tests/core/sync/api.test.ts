// 设置 → 协同 through the API: settings, each cause of failure named, status, conflicts staged.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDesk } from '../../helpers/exchange';
import { startCouch } from '../../helpers/pouchdb-server';
import { groupDb, PASSWORD, sync, syncSettings } from './sync-helpers';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('sync API', () => {
  it('refuses plain http except to 127.0.0.1, and names each cause of failure', async () => {
    const couch = await startCouch();
    const d = await openDesk('甲');
    const group = await d.call('groups.create', { name: '新能源专班', kind: 'chain' });
    await d.call('folios.create', { name: '光伏组件项目', groupId: group.id });
    await groupDb(couch, group.id, ['alice']);
    await couch.createUser('mallory', PASSWORD);

    const http = await d.fail('sync.settings.set', {
      enabled: true,
      url: 'http://couch.example.gov.cn:5984',
      username: 'alice',
      groups: [group.id],
    });
    expect(http.message).toContain('https');
    expect(http.fields[0]?.path).toBe('url');
    expect((await d.call('sync.status', {})).state).toBe('off');

    const set = (username: string, password: string, url = couch.url) =>
      d.call('sync.settings.set', { enabled: true, url, username, password, groups: [group.id] });

    await set('alice', 'wrong');
    let status = await d.call('sync.now', {});
    expect([status.state, status.reason]).toEqual(['error', 'auth']);
    expect(status.message).toContain('密码');

    await set('mallory', PASSWORD);
    status = await d.call('sync.now', {});
    expect([status.state, status.reason]).toEqual(['error', 'forbidden']);
    expect(status.message).toContain('权限');

    await set('alice', PASSWORD, 'http://127.0.0.1:9');
    status = await d.call('sync.now', {});
    expect([status.state, status.reason]).toEqual(['offline', 'unreachable']);

    const view = await set('alice', PASSWORD);
    expect(view).toEqual({
      enabled: true,
      url: couch.url,
      username: 'alice',
      hasPassword: true,
      groups: [group.id],
    });
    status = await d.call('sync.now', {});
    // Only pushed: nothing came in, so the app has no view to reload.
    expect(status).toMatchObject({ state: 'synced', conflicts: 0, message: null, received: 0 });
    expect(status.lastSync).not.toBeNull();
    expect(await d.call('sync.status', {})).toEqual(status);
    expect(await d.call('sync.conflicts', {})).toEqual({ stagedId: null });

    // The password is in no file of the data folder.
    for (const file of await filesUnder(d.dir)) {
      expect(await readFile(file, 'utf8').catch(() => '')).not.toContain(PASSWORD);
    }
  });

  it('two 立即同步 at once share one run: each record reaches the server once', async () => {
    const couch = await startCouch();
    const a = await openDesk('甲');
    const group = await a.call('groups.create', { name: '装备制造专班', kind: 'chain' });
    for (const name of ['轴承项目', '齿轮项目', '电机项目']) {
      await a.call('folios.create', { name, groupId: group.id });
    }
    await groupDb(couch, group.id, ['alice', 'bob']);
    await syncSettings(a, couch, 'alice', [group.id]);

    const [one, two] = await Promise.all([a.call('sync.now', {}), a.call('sync.now', {})]);
    expect(one).toMatchObject({ state: 'synced', conflicts: 0 });
    expect(two).toEqual(one);

    // A colleague pulling the group gets each folio once, with no conflict waiting.
    const b = await openDesk('乙');
    await sync(b, couch, group.id, 'bob');
    expect(b.session.store().count('folios')).toBe(3);
    expect(a.session.store().count('folios')).toBe(3);
    expect(await a.call('sync.conflicts', {})).toEqual({ stagedId: null });

    // The colleague's edit comes back as one received record; a sync after it receives none.
    const [folio] = [...b.session.store().all('folios')];
    if (!folio) throw new Error('the colleague has no folio');
    await b.call('folios.update', { id: folio.id, rev: folio.rev, location: '天水经开区' });
    await sync(b, couch, group.id, 'bob');
    expect(await a.call('sync.now', {})).toMatchObject({ state: 'synced', received: 1 });
    expect(a.session.store().get('folios', folio.id)?.location).toBe('天水经开区');
    expect(await a.call('sync.now', {})).toMatchObject({ state: 'synced', received: 0 });
  });
});
