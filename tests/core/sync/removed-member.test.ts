// Team sync: a member removed from a group's database loses access, keeps their data, is told why.
import { describe, expect, it } from 'vitest';
import { databaseOf } from '../../../electron/core/sync/mapping';
import { chainWithFolio, contentOf } from '../../helpers/exchange';
import { groupDb, sync } from './sync-helpers';
import { syncOn, twoDesks } from './sync-setup';

describe('team sync: a member removed from a group', () => {
  it('gets a clear 无权限 error for that group, receives nothing more and keeps every local record', async () => {
    const { couch, a, b } = await twoDesks();
    const { group, folio } = await chainWithFolio(a, '新能源专班', { name: '光伏组件项目' });
    await groupDb(couch, group.id, ['alice', 'bob']);
    await sync(a, couch, group.id, 'alice');
    await sync(b, couch, group.id, 'bob');
    await b.call('sync.settings.set', syncOn(couch, 'bob', [group.id]));
    expect((await b.call('sync.now', {})).state).toBe('synced');

    // The office's IT staff take bob out of the group's members.
    await couch.json(`/${databaseOf(group.id)}/_security`, {
      method: 'PUT',
      body: JSON.stringify({
        members: { names: ['alice'], roles: [] },
        admins: { names: [], roles: [] },
      }),
    });
    const { folio: now } = await a.call('folios.get', { id: folio.id });
    await a.call('folios.update', { id: folio.id, rev: now.rev, notes: '移出后的修改' });
    await sync(a, couch, group.id, 'alice');

    const before = contentOf(b.session.store());
    const seq = b.session.store().seq;
    const status = await b.call('sync.now', {});
    expect([status.state, status.reason]).toEqual(['error', 'forbidden']);
    expect(status.message).toContain('无权限');
    // Nothing deleted or changed here: the group and its folio stay as they were.
    expect(b.session.store().seq).toBe(seq);
    expect(contentOf(b.session.store())).toEqual(before);
    expect(b.session.store().get('folios', folio.id)?.notes).not.toBe('移出后的修改');
    expect((await b.call('folios.get', { id: folio.id })).folio.name).toBe('光伏组件项目');
  });
});
