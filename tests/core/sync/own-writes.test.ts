// Team sync: after a push, our own writes are not read back, but a colleague's write among them is.
import { describe, expect, it } from 'vitest';
import { syncGroup } from '../../../electron/core/sync/client';
import type { Remote } from '../../../electron/core/sync/remote';
import { chainWithFolio } from '../../helpers/exchange';
import { groupDb, remoteFor, sync } from './sync-helpers';
import { twoDesks } from './sync-setup';

describe('team sync: reading past our own writes', () => {
  it('takes in a colleague edit that lands between our push and the read after it', async () => {
    const { couch, a, b } = await twoDesks();
    const { group, folio: mine } = await chainWithFolio(a, '新材料专班', { name: '碳纤维项目' });
    const theirs = await a.call('folios.create', { name: '石墨烯项目', groupId: group.id });
    await groupDb(couch, group.id, ['alice', 'bob']);
    await sync(a, couch, group.id, 'alice');
    await sync(b, couch, group.id, 'bob');

    await a.call('folios.update', { id: mine.id, rev: mine.rev, notes: '甲的备注' });
    const other = await b.call('folios.get', { id: theirs.id });
    await b.call('folios.update', { id: theirs.id, rev: other.folio.rev, notes: '乙的备注' });
    // 乙's edit reaches the server right after 甲's push, before 甲 reads the feed again.
    const remote = remoteFor(couch, group.id, 'alice');
    const asked: boolean[] = [];
    const racing: Remote = {
      ...remote,
      changes: (since, limit, docs) => {
        asked.push(docs !== false);
        return remote.changes(since, limit, docs);
      },
      bulk: async (docs) => {
        const rows = await remote.bulk(docs);
        await sync(b, couch, group.id, 'bob');
        return rows;
      },
    };
    const out = await syncGroup({ session: a.session, remote: racing, groupId: group.id });

    expect(out.pushed).toBe(1);
    expect((await a.call('folios.get', { id: theirs.id })).folio.notes).toBe('乙的备注');
    expect((await a.call('folios.get', { id: mine.id })).folio.notes).toBe('甲的备注');
    // The read after the push looked first without documents, then read the page holding 乙's.
    expect(asked).toEqual([true, false, true]);
  });
});
