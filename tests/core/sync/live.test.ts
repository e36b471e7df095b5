// Team sync while the app is open: a colleague's edit arrives without anyone pressing 立即同步.
import { describe, expect, it, onTestFinished } from 'vitest';
import { sequentialIds, steppingClock } from '../../../electron/core/clock';
import type { Folio } from '../../../electron/core/model/records';
import { createCoreRegistry } from '../../../electron/core/services/index';
import { syncGroup } from '../../../electron/core/sync/client';
import { startCouch } from '../../helpers/pouchdb-server';
import { makeTempDir } from '../../helpers/temp-dir';
import { groupDb, remoteFor } from './sync-helpers';
import { syncOn } from './sync-setup';

/** A desk as the desktop app opens it: syncing continuously once sync is on. */
async function liveDesk(name: string) {
  const core = await createCoreRegistry({
    dataDir: await makeTempDir(),
    clock: steppingClock(new Date('2024-04-01T01:00:00Z')),
    ids: sequentialIds(`${name}${Math.random().toString(36).slice(2, 8)}`),
    sync: { live: true },
  });
  onTestFinished(() => core.close());
  const call = async (method: string, input: object): Promise<unknown> => {
    const out = await core.registry.call(method as never, input as never);
    if (!out.ok) throw new Error(`${method}: ${out.error.message}`);
    return out.result;
  };
  return { core, call };
}

describe('team sync: continuous while the app is open', () => {
  it("a colleague's edit reaches this desk through the server's change feed, with no 立即同步", async () => {
    const couch = await startCouch();
    const a = await liveDesk('甲');
    const b = await liveDesk('乙');
    const group = (await a.call('groups.create', { name: '新能源专班', kind: 'chain' })) as {
      id: string;
    };
    const folio = (await a.call('folios.create', { name: '光伏组件项目', groupId: group.id })) as {
      id: string;
    };
    await groupDb(couch, group.id, ['alice', 'bob']);
    for (const [desk, user] of [
      [a, 'alice'],
      [b, 'bob'],
    ] as const) {
      await syncGroup({
        session: desk.core.session,
        remote: remoteFor(couch, group.id, user),
        groupId: group.id,
      });
    }
    expect(b.core.session.store().get('folios', folio.id)?.name).toBe('光伏组件项目');

    // 乙's desk learns of the edit when its store takes it in.
    const arrived = new Promise<Folio>((resolve) => {
      b.core.session.onChange((change) => {
        const got = change?.put?.folios?.find((f) => f.id === folio.id);
        if (got?.notes === '甲的修改') resolve(got);
      });
    });
    for (const [desk, user] of [
      [a, 'alice'],
      [b, 'bob'],
    ] as const) {
      await desk.call('sync.settings.set', syncOn(couch, user, [group.id]));
    }
    const { folio: now } = (await a.call('folios.get', { id: folio.id })) as { folio: Folio };
    await a.call('folios.update', { id: folio.id, rev: now.rev, notes: '甲的修改' });

    const got = await arrived;
    expect(got.notes).toBe('甲的修改');
    expect(b.core.session.store().get('folios', folio.id)?.notes).toBe('甲的修改');
  });
});
