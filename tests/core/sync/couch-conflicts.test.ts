// Team sync: CouchDB's own conflicts (losing revisions) are merged by our rules, then removed.
import { describe, expect, it } from 'vitest';
import { databaseOf, recordBody, recordDocId } from '../../../electron/core/sync/mapping';
import { loadState } from '../../../electron/core/sync/state';
import { chainWithFolio } from '../../helpers/exchange';
import { groupDb, sync } from './sync-helpers';
import { threeDesks } from './sync-setup';

describe('team sync: conflicts the server keeps', () => {
  it('merges the winning and the losing revision field by field, writes the result back and deletes the loser', async () => {
    const { couch, a, b, c } = await threeDesks();
    const { group, folio } = await chainWithFolio(a, '食品专班', { name: '麻辣烫产业园' });
    await groupDb(couch, group.id, ['alice', 'bob', 'carol']);
    await sync(a, couch, group.id, 'alice');
    await sync(b, couch, group.id, 'bob');
    const db = databaseOf(group.id);
    const docId = recordDocId('folios', folio.id);
    const parent = (await loadState(b.dir, db)).remote[docId]?.rev ?? '';
    expect(parent).toMatch(/^\d+-/);

    // 甲 edits and syncs; 乙's edit reaches the server as a sibling revision (as a second
    // server replicating into this one would leave it): CouchDB keeps both.
    let f = await a.call('folios.get', { id: folio.id });
    await a.call('folios.update', { id: folio.id, rev: f.folio.rev, location: '秦州区' });
    await sync(a, couch, group.id, 'alice');
    f = await b.call('folios.get', { id: folio.id });
    const edited = await b.call('folios.update', {
      id: folio.id,
      rev: f.folio.rev,
      notes: '乙的备注',
    });
    const [depth, hash] = parent.split('-');
    const sibling = {
      _id: docId,
      _rev: `${Number(depth) + 1}-${'f'.repeat(32)}`,
      _revisions: { start: Number(depth) + 1, ids: ['f'.repeat(32), hash] },
      ...recordBody('folios', edited),
    };
    await couch.json(`/${db}/_bulk_docs`, {
      method: 'POST',
      body: JSON.stringify({ docs: [sibling], new_edits: false }),
    });
    const before = (await couch.json(`/${db}/${docId}?conflicts=true`)) as {
      _conflicts?: string[];
    };
    expect(before._conflicts).toHaveLength(1);

    const out = await sync(c, couch, group.id, 'carol');
    expect(out.conflicts).toBe(0);
    const merged = (await c.call('folios.get', { id: folio.id })).folio;
    expect([merged.location, merged.notes]).toEqual(['秦州区', '乙的备注']);
    const after = (await couch.json(`/${db}/${docId}?conflicts=true`)) as {
      _conflicts?: string[];
      record: { location: string; notes: string };
    };
    expect(after._conflicts ?? []).toEqual([]);
    expect([after.record.location, after.record.notes]).toEqual(['秦州区', '乙的备注']);
    await sync(a, couch, group.id, 'alice');
    expect((await a.call('folios.get', { id: folio.id })).folio.notes).toBe('乙的备注');
  });
});
