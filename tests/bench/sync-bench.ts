/*
 * 专班协同 at scale, against PouchDB Server in memory: the first sync of a 10,000-folio group
 * to an empty desk, one edit reaching another desk, and catching up after 500 changes a side.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomIds, systemClock } from '../../electron/core/clock';
import type { Folio } from '../../electron/core/model/records';
import { createCoreRegistry } from '../../electron/core/services/index';
import { ChangedRecords } from '../../electron/core/sync/changed';
import { syncGroup } from '../../electron/core/sync/client';
import { DEFAULT_LIMITS } from '../../electron/core/sync/http';
import { databaseOf } from '../../electron/core/sync/mapping';
import { openRemote } from '../../electron/core/sync/remote';
import { couchJson, launchCouch } from '../helpers/couch-process';
import { benchFolios } from './bench-folios';
import type { BenchRow } from './report';

const FOLIOS = 10_000;
const CHANGES = 500;

type Core = Awaited<ReturnType<typeof createCoreRegistry>>;

export async function benchSync(): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-sync-bench-'));
  const couch = await launchCouch(root);
  const cores: Core[] = [];
  // Each desk tracks its changed records, as the app's sync does, so a push looks only at those.
  const tracked = new Map<Core, ChangedRecords>();
  const open = async (name: string) => {
    const core = await createCoreRegistry({
      dataDir: join(root, name),
      clock: systemClock,
      ids: randomIds,
    });
    cores.push(core);
    tracked.set(core, new ChangedRecords(core.session));
    return core;
  };
  try {
    const a = await open('a');
    const created = await a.registry.call('groups.create', { name: '新能源专班', kind: 'chain' });
    if (!created.ok) throw new Error(created.error.message);
    const groupId = (created.result as { id: string }).id;
    await couchJson(couch.url, `/${databaseOf(groupId)}`, { method: 'PUT' });
    await couchJson(couch.url, '/_users/org.couchdb.user:bench', {
      method: 'PUT',
      body: JSON.stringify({ name: 'bench', password: 'bench', roles: [], type: 'user' }),
    });
    const folios = benchFolios(FOLIOS, a.session.store().meta.id, groupId, () => ({
      notes: '原始备注'.repeat(20),
    }));
    await a.session.exclusive(() => a.session.commit({ put: { folios } }, null));
    const sync = (core: Core) =>
      syncGroup({
        session: core.session,
        groupId,
        changed: tracked.get(core),
        remote: openRemote({
          url: couch.url,
          database: databaseOf(groupId),
          username: 'bench',
          password: 'bench',
          limits: DEFAULT_LIMITS,
        }),
      });
    const timed = async (work: () => Promise<unknown>) => {
      const t = performance.now();
      await work();
      return performance.now() - t;
    };
    const seedMs = await timed(() => sync(a));
    const b = await open('b');
    const firstMs = await timed(() => sync(b));
    if (b.session.store().count('folios') !== FOLIOS) throw new Error('first sync incomplete');

    const edit = async (core: Core, folio: Folio, notes: string) => {
      const r = await core.registry.call('folios.update', { id: folio.id, rev: folio.rev, notes });
      if (!r.ok) throw new Error(r.error.message);
    };
    const one = b.session.store().get('folios', folios[0]?.id ?? '') as Folio;
    const oneMs = await timed(async () => {
      await edit(b, one, '乙修改');
      await sync(b);
      await sync(a);
    });
    if (a.session.store().get('folios', one.id)?.notes !== '乙修改') throw new Error('edit lost');

    const all = (core: Core) => [...core.session.store().all('folios')];
    const onA = all(a).slice(1, 1 + CHANGES);
    const onB = all(b).slice(1 + CHANGES, 1 + 2 * CHANGES);
    for (const f of onA) await edit(a, f, '甲离线修改');
    for (const f of onB) await edit(b, f, '乙离线修改');
    const catchMs = await timed(async () => {
      await sync(a);
      await sync(b);
      await sync(a);
    });
    const row = (name: string, ms: number): BenchRow => ({ name, median: ms, unit: 'ms', n: 1 });
    return [
      row(`sync: first push of ${FOLIOS} folios to an empty server`, seedMs),
      row(`sync: first sync of ${FOLIOS} folios to an empty desk (< 60000 ms)`, firstMs),
      row(`sync: one edit reaches another desk, ${FOLIOS} folios (< 2000 ms)`, oneMs),
      row(`sync: catch-up after ${CHANGES} changes each side (< 10000 ms)`, catchMs),
    ];
  } finally {
    for (const core of cores) {
      tracked.get(core)?.stop();
      await core.close();
    }
    await couch.stop();
    await rm(root, { recursive: true, force: true });
  }
}
