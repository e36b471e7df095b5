/*
 * The API calls behind what an officer clicks, through the registry as the shells call it, at
 * 10,000 folios: opening a folio (goal < 100 ms), the folio list, the dashboard, one edit.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core/app';
import { systemClock } from '../../electron/core/clock';
import { openStore } from '../../electron/core/store/open-store';
import { buildFixture, fixtureChange, folioId } from '../helpers/fixtures';
import { median, type BenchRow } from './report';

const N = 10_000;

async function timed(runs: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await call(i);
    times.push(performance.now() - t);
  }
  return times;
}

export async function benchFolioApi(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-api-bench-'));
  try {
    const seeded = await openStore(dir, { clock: systemClock });
    if (!seeded.ok) throw new Error(seeded.problem.message);
    await seeded.store.commit(fixtureChange(buildFixture(N)));
    await seeded.store.close();

    const core = await openCore({ dataDir: dir });
    const call = async (method: string, input: unknown) => {
      const outcome = await core.registry.call(method, input);
      if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
      return outcome.result;
    };
    const label = `${N.toLocaleString('en')} folios`;
    const get = await timed(200, (i) => call('folios.get', { id: folioId(((i * 7919) % N) + 1) }));
    const list = await timed(10, () => call('folios.list', {}));
    const stats = await timed(5, () => call('dashboard.stats', {}));
    const edits = await timed(30, async (i) => {
      const detail = (await call('folios.get', { id: folioId(i + 1) })) as {
        folio: { rev: number };
      };
      await call('folios.update', {
        id: folioId(i + 1),
        rev: detail.folio.rev,
        notes: `基准修改 ${i}`,
      });
    });
    await core.close();
    return [
      {
        name: `api: open a folio, folios.get (${label})`,
        median: median(get),
        unit: 'ms',
        n: get.length,
      },
      {
        name: `api: folio list, folios.list of all (${label})`,
        median: median(list),
        unit: 'ms',
        n: list.length,
      },
      {
        name: `api: dashboard.stats (${label})`,
        median: median(stats),
        unit: 'ms',
        n: stats.length,
      },
      {
        name: `api: get + durable edit with history (${label})`,
        median: median(edits),
        unit: 'ms',
        n: edits.length,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
