// Bench of one durable single-folio commit at 1,000, 10,000 and 100,000 folios (shards bounded by size).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../electron/core/clock';
import { openStore } from '../../electron/core/store/open-store';
import type { DossierStore } from '../../electron/core/store/store';
import { buildFixture, fixtureChange, type FixtureDataset } from '../helpers/fixtures';
import { median, type BenchRow } from './report';
import { folioEdit } from './store-bench';

const SIZES = [1_000, 10_000, 100_000];
const count = (n: number) => n.toLocaleString('en-US');

async function openOrThrow(dir: string): Promise<DossierStore> {
  const opened = await openStore(dir, { clock: systemClock });
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.store;
}

/** A folder holding the fixture, committed in one go and opened again (the layout settles on open). */
async function seed(data: FixtureDataset): Promise<{ dir: string; openMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), `dossier-edit-bench-${data.folios.length}-`));
  const store = await openOrThrow(dir);
  await store.commit(fixtureChange(data));
  await store.close();
  const t = performance.now();
  const again = await openOrThrow(dir);
  const openMs = performance.now() - t;
  await again.close();
  return { dir, openMs };
}

/** Per-commit times of single-folio edits, after warm-up commits (and the session's backup). */
async function edits(dir: string, data: FixtureDataset, runs: number): Promise<number[]> {
  const store = await openOrThrow(dir);
  const edit = (i: number) => folioEdit(store, data, i);
  for (let i = 0; i < 5; i++) await store.commit(edit(i));
  const times: number[] = [];
  for (let i = 5; i < 5 + runs; i++) {
    const t = performance.now();
    await store.commit(edit(i));
    times.push(performance.now() - t);
  }
  await store.close();
  return times;
}

export async function benchStoreEdit(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const medians = new Map<number, number>();
  for (const n of SIZES) {
    const label = `${count(n)} folios`;
    const data = buildFixture(n);
    const { dir, openMs } = await seed(data);
    try {
      const manifestBytes = (await readFile(join(dir, 'dossier.json'))).length;
      const times = await edits(dir, data, 40);
      medians.set(n, median(times));
      rows.push({
        name: `store edit: single durable commit (${label})`,
        median: median(times),
        unit: 'ms',
        n: times.length,
      });
      rows.push({
        name: `store edit: first open after the one-commit import (${label})`,
        median: openMs,
        unit: 'ms',
        n: 1,
      });
      rows.push({
        name: `store edit: manifest size (${label})`,
        median: manifestBytes / 1e3,
        unit: 'KB',
        n: 1,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const small = medians.get(SIZES[0] ?? 0);
  const large = medians.get(SIZES[SIZES.length - 1] ?? 0);
  if (small !== undefined && large !== undefined)
    rows.push({
      name: 'store edit: growth 1,000 → 100,000 folios',
      median: large / small,
      unit: '×',
      n: 1,
    });
  return rows;
}
