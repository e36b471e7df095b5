// Team sync's mapping: which documents a group's database holds, and when a copy needs sending.
import { describe, expect, it } from 'vitest';
import { checkServerUrl, SyncError } from '../../../electron/core/sync/http';
import {
  databaseOf,
  expectedDocId,
  groupDocs,
  incomingDocSchema,
  recordDocId,
  recordVersion,
} from '../../../electron/core/sync/mapping';
import { openDesk } from '../../helpers/exchange';

describe('team sync mapping', () => {
  it('a group holds its folios and the shared records they refer to; a shared enterprise goes to each group', async () => {
    const d = await openDesk('甲');
    const g1 = await d.call('groups.create', { name: '新能源专班', kind: 'chain' });
    const g2 = await d.call('groups.create', { name: '文旅专班', kind: 'chain' });
    const ent = await d.call('enterprises.create', { name: '天水星火机床', kind: 'listed' });
    const f1 = await d.call('folios.create', {
      name: '甲项目',
      groupId: g1.id,
      enterpriseId: ent.id,
    });
    const f2 = await d.call('folios.create', {
      name: '乙项目',
      groupId: g2.id,
      enterpriseId: ent.id,
    });
    const store = d.session.store();
    const one = groupDocs(store, g1.id);
    const two = groupDocs(store, g2.id);
    expect([...one.records.keys()].sort()).toEqual(
      [
        recordDocId('groups', g1.id),
        recordDocId('folios', f1.id),
        recordDocId('enterprises', ent.id),
      ].sort(),
    );
    expect(two.records.has(recordDocId('enterprises', ent.id))).toBe(true);
    expect(two.records.has(recordDocId('folios', f1.id))).toBe(false);
    expect(two.records.has(recordDocId('folios', f2.id))).toBe(true);
    expect(databaseOf(g1.id)).toMatch(/^dossier-[a-z0-9_-]+$/);
  });

  it('a copy differing only in rev, updatedAt or history marks is the same version; an edit is not', async () => {
    const d = await openDesk('甲');
    const g = await d.call('groups.create', { name: '新能源专班', kind: 'chain' });
    const f = await d.call('folios.create', { name: '甲项目', groupId: g.id });
    const same = {
      ...f,
      rev: f.rev + 3,
      updatedAt: '2030-01-01T00:00:00.000Z',
      history: f.history.map((h) => ({ ...h, via: '来自 专班协同' })),
    };
    expect(recordVersion(same)).toBe(recordVersion(f));
    const edited = await d.call('folios.update', { id: f.id, rev: f.rev, location: '麦积区' });
    expect(recordVersion(edited)).not.toBe(recordVersion(f));
  });

  it('a document must carry the id its content calls for', () => {
    const doc = incomingDocSchema.parse({
      _id: 'folios:f1',
      _rev: '1-ab',
      type: 'record',
      collection: 'folios',
      record: { id: 'f2' },
    });
    expect(expectedDocId(doc)).toBe('folios:f2');
  });

  it('the server address: https only, except to 127.0.0.1; no password in it', () => {
    expect(checkServerUrl('https://couch.gov.cn:6984/')).toBe('https://couch.gov.cn:6984');
    expect(checkServerUrl('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984');
    for (const bad of ['http://couch.gov.cn', 'https://u:p@couch.gov.cn', 'ftp://x', '不是地址']) {
      expect(() => checkServerUrl(bad)).toThrow(SyncError);
    }
  });
});
