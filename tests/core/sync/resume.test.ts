// Team sync: an aborted sync resumes from its checkpoint; deletions and files travel.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { syncGroup } from '../../../electron/core/sync/client';
import { SyncError } from '../../../electron/core/sync/http';
import { databaseOf } from '../../../electron/core/sync/mapping';
import type { Remote } from '../../../electron/core/sync/remote';
import { loadState } from '../../../electron/core/sync/state';
import { attachmentPath } from '../../../electron/core/store/attachments';
import { contentOf } from '../../helpers/exchange';
import { groupDb, remoteFor, sync } from './sync-helpers';
import { twoDesks } from './sync-setup';

/** A remote that notes each `since` asked for, and aborts before the given changes request. */
function watched(remote: Remote, abortAt: number | null, controller?: AbortController) {
  const asked: string[] = [];
  const wrapped: Remote = {
    ...remote,
    changes: (since, limit) => {
      asked.push(since);
      if (asked.length === abortAt) controller?.abort();
      return remote.changes(since, limit);
    },
  };
  return { wrapped, asked };
}

describe('team sync: resuming and what travels', () => {
  it('a sync killed mid-way resumes from its checkpoint and duplicates nothing', async () => {
    const { couch, a, b } = await twoDesks();
    const group = await a.call('groups.create', { name: '文旅专班', kind: 'chain' });
    for (let i = 0; i < 30; i++) {
      await a.call('folios.create', { name: `文旅项目${i + 1}`, groupId: group.id });
    }
    await groupDb(couch, group.id, ['alice', 'bob']);
    await sync(a, couch, group.id, 'alice');

    const controller = new AbortController();
    const first = watched(
      remoteFor(couch, group.id, 'bob', { signal: controller.signal }),
      3,
      controller,
    );
    const failed = await syncGroup({
      session: b.session,
      remote: first.wrapped,
      groupId: group.id,
      batch: 5,
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(SyncError);
    expect((failed as SyncError).reason).toBe('aborted');
    const partial = b.session.store().count('folios');
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(30);
    const checkpoint = (await loadState(b.dir, databaseOf(group.id))).since;
    expect(checkpoint).not.toBe('0');

    const second = watched(remoteFor(couch, group.id, 'bob'), null);
    const out = await syncGroup({
      session: b.session,
      remote: second.wrapped,
      groupId: group.id,
      batch: 5,
    });
    expect(second.asked[0]).toBe(checkpoint);
    // 31 documents in all (the group and 30 folios): each read once over both runs.
    expect(out.pulled + 10).toBe(31);
    const names = [...b.session.store().all('folios')].map((f) => f.name);
    expect(names).toHaveLength(30);
    expect(new Set(names).size).toBe(30);
    expect(contentOf(b.session.store())).toEqual(contentOf(a.session.store()));
    expect(out.pushed).toBe(0);
  });

  it('a deletion reaches the other desk as a deletion (into its recycle bin), and files travel by SHA-256', async () => {
    const { couch, a, b } = await twoDesks();
    const group = await a.call('groups.create', { name: '装备制造专班', kind: 'chain' });
    const keep = await a.call('folios.create', { name: '数控机床项目', groupId: group.id });
    const gone = await a.call('folios.create', { name: '临时项目', groupId: group.id });
    const bytes = Buffer.from('%PDF-1.4 招商简报');
    const withFile = await a.call('attachments.add', {
      folioId: keep.id,
      rev: keep.rev,
      name: '简报.pdf',
      mime: 'application/pdf',
      dataBase64: bytes.toString('base64'),
    });
    await groupDb(couch, group.id, ['alice', 'bob']);
    await sync(a, couch, group.id, 'alice');
    await sync(b, couch, group.id, 'bob');
    const ref = withFile.attachments[0];
    expect(ref).toBeDefined();
    expect(await readFile(attachmentPath(b.dir, ref?.sha256 ?? ''))).toEqual(bytes);

    const g = await a.call('folios.get', { id: gone.id });
    await a.call('folios.delete', { id: gone.id, rev: g.folio.rev });
    await sync(a, couch, group.id, 'alice');
    await sync(b, couch, group.id, 'bob');
    expect(b.session.store().get('folios', gone.id)).toBeUndefined();
    expect((await b.call('trash.list', {})).map((t) => t.label)).toContain('临时项目');
    expect(contentOf(b.session.store())).toEqual(contentOf(a.session.store()));
    const doc = (await couch.json(`/${databaseOf(group.id)}/folios:${gone.id}`)) as {
      error?: string;
    };
    expect(doc.error).toBe('not_found');
  });
});
