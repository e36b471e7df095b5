/*
 * 导入卷宗 at scale: the preview of a 10,000-folio payload against a 10,000-folio store with
 * 1,000 differences (each edited on the sender's desk after it had our copy), and applying it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomIds, systemClock } from '../../electron/core/clock';
import { makeStamp, nodeOf } from '../../electron/core/exchange/hlc';
import { tombstonesFor } from '../../electron/core/exchange/tombstones';
import { BUNDLE_FORMAT, type ExchangePayload } from '../../electron/core/exchange/types';
import { SCHEMA_VERSION } from '../../electron/core/model/collections';
import type { Folio } from '../../electron/core/model/records';
import { createCoreRegistry } from '../../electron/core/services/index';
import { benchFolios } from './bench-folios';
import type { BenchRow } from './report';

const FOLIOS = 10_000;
const DIFFERENT = 1_000;

export async function benchMerge(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-exchange-bench-'));
  const core = await createCoreRegistry({ dataDir: dir, clock: systemClock, ids: randomIds });
  try {
    const group = await core.registry.call('groups.create', { name: '新能源专班', kind: 'chain' });
    if (!group.ok) throw new Error(group.error.message);
    const groupId = (group.result as { id: string }).id;
    const now = new Date().toISOString();
    const folios = benchFolios(FOLIOS, core.session.store().meta.id, groupId, () => ({
      notes: '原始备注'.repeat(50),
      demandItems: [
        { id: randomIds(), text: '员工宿舍配套', owner: '', due: null, doneOn: null, doneBy: '' },
      ],
    }));
    await core.session.exclusive(() => core.session.commit({ put: { folios } }, null));

    const store = core.session.store();
    const theirs = nodeOf('sender-workspace');
    const stamp = makeStamp(Date.now() + 1000, 0, theirs);
    const records = {
      folios: [...store.all('folios')].map((f, i) => {
        const copy = JSON.parse(JSON.stringify(f)) as Folio;
        if (i < DIFFERENT && copy.stamps) {
          copy.notes = `对方修改 ${i}`;
          copy.stamps.f = { ...copy.stamps.f, notes: stamp };
          copy.stamps.s = { ...copy.stamps.s, [theirs]: stamp };
        }
        return copy;
      }),
      groups: [...store.all('groups')],
      enterprises: [],
      people: [],
      trips: [],
    };
    const payload: ExchangePayload = {
      schemaVersion: SCHEMA_VERSION,
      workspaceId: 'sender-workspace',
      records,
      tombstones: tombstonesFor(store, { kind: 'all' }),
    };
    core.staging.put(
      {
        id: 'bench',
        fileName: 'bench.dossier',
        manifest: {
          format: BUNDLE_FORMAT,
          formatVersion: 1,
          appVersion: 'bench',
          schemaVersion: SCHEMA_VERSION,
          workspaceId: 'sender-workspace',
          workspaceName: '对方',
          sender: '对方',
          createdAt: now,
          scope: { kind: 'all' },
          counts: {},
          entries: [],
          attachments: [],
        },
        payload: JSON.parse(JSON.stringify(payload)),
        attachmentFiles: new Map(),
      },
      join(core.staging.root, 'bench'),
    );

    const t0 = performance.now();
    const preview = await core.registry.call('exchange.preview', { stagedId: 'bench' });
    const previewMs = performance.now() - t0;
    if (!preview.ok) throw new Error(preview.error.message);
    const t1 = performance.now();
    const applied = await core.registry.call('exchange.apply', { stagedId: 'bench' });
    const applyMs = performance.now() - t1;
    if (!applied.ok) throw new Error(applied.error.message);
    const updated = (applied.result as { updated: number }).updated;
    if (updated !== DIFFERENT) throw new Error(`expected ${DIFFERENT} updated, got ${updated}`);
    return [
      {
        name: `exchange preview: ${FOLIOS} folios, ${DIFFERENT} differ (< 2000 ms)`,
        median: previewMs,
        unit: 'ms',
        n: 1,
      },
      {
        name: `exchange apply: ${DIFFERENT} updated of ${FOLIOS} (< 3000 ms)`,
        median: applyMs,
        unit: 'ms',
        n: 1,
      },
    ];
  } finally {
    await core.close();
    await rm(dir, { recursive: true, force: true });
  }
}
