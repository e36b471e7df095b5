// Bench of the store: cold open, single-folio commits and event-loop blocking, against one lowdb file.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { systemClock } from '../../electron/core/clock';
import { COLLECTION_SCHEMAS } from '../../electron/core/model/collections';
import { openStore } from '../../electron/core/store/open-store';
import type { DossierStore } from '../../electron/core/store/store';
import { buildFixture, fixtureChange, type FixtureDataset } from '../helpers/fixtures';
import { openParts, withoutDigests } from './store-open-parts';
import { median, type BenchRow } from './report';

const SIZES = [1_000, 10_000];
const COLD_OPEN = fileURLToPath(new URL('./cold-open.ts', import.meta.url));
const count = (n: number) => n.toLocaleString('en-US');

/** Measures the longest stretch the event loop was blocked while `work` ran (gaps between turns). */
async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; blockMs: number }> {
  let running = true;
  let last = performance.now();
  let worst = 0;
  const tick = () => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const result = await work();
  running = false;
  tick();
  return { result, blockMs: worst };
}

async function openOrThrow(dir: string): Promise<DossierStore> {
  const opened = await openStore(dir, { clock: systemClock });
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.store;
}

async function seed(n: number): Promise<{ dir: string; data: FixtureDataset }> {
  const dir = await mkdtemp(join(tmpdir(), `dossier-bench-${n}-`));
  const data = buildFixture(n);
  const store = await openOrThrow(dir);
  await store.commit(fixtureChange(data));
  await store.close();
  return { dir, data };
}

async function sizeOf(dir: string): Promise<number> {
  const names = await readdir(join(dir, 'shards'));
  const sizes = await Promise.all(
    names.map(async (f) => (await stat(join(dir, 'shards', f))).size),
  );
  return sizes.reduce((a, b) => a + b, (await stat(join(dir, 'dossier.json'))).size);
}

async function timeOpen(dir: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const store = await openOrThrow(dir);
    times.push(performance.now() - t);
    await store.close();
  }
  return times;
}

/** The open as the app does it: once, in a fresh process with nothing warmed up. */
function coldOpen(dir: string, runs: number): number[] {
  return Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', COLD_OPEN, dir], {
      encoding: 'utf8',
    });
    const parsed = JSON.parse(child.stdout || '{}') as { ms?: number };
    if (typeof parsed.ms !== 'number') throw new Error(`cold open failed: ${child.stderr}`);
    return parsed.ms;
  });
}

/** The i-th bench edit: one folio, picked across the whole workspace, with new notes. */
export function folioEdit(store: DossierStore, data: FixtureDataset, i: number) {
  const folio = data.folios[(i * 7919) % data.folios.length];
  if (!folio) throw new Error('no folio');
  const current = store.get('folios', folio.id) ?? folio;
  return {
    put: { folios: [{ ...current, notes: `基准测试第${i}次修改`, rev: current.rev + 1 }] },
  };
}

/** Single-folio edits, each a durable commit; returns per-commit time and longest block. */
async function commits(dir: string, data: FixtureDataset, runs: number) {
  const store = await openOrThrow(dir);
  const edit = (i: number) => folioEdit(store, data, i);
  for (let i = 0; i < 5; i++) await store.commit(edit(i)); // warm-up, and the session's backup
  const times: number[] = [];
  const blocks: number[] = [];
  for (let i = 5; i < 5 + runs; i++) {
    const t = performance.now();
    await store.commit(edit(i));
    times.push(performance.now() - t);
  }
  for (let i = 0; i < runs; i++) {
    blocks.push((await longestBlock(() => store.commit(edit(1000 + i)))).blockMs);
  }
  const backups: number[] = [];
  for (let i = 0; i < 8; i++) {
    const t = performance.now();
    await store.backup('bench');
    backups.push(performance.now() - t);
  }
  await store.close();
  return { times, blocks, backups };
}

/** What a developer would write first: the whole workspace in one lowdb JSONFile, via steno. */
async function lowdbAlternative(data: FixtureDataset, runs: number) {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bench-lowdb-'));
  const file = join(dir, 'db.json');
  const db = new Low<FixtureDataset>(new JSONFile<FixtureDataset>(file), data);
  await db.write();
  const writes: number[] = [];
  const blocks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const folio = db.data.folios[i];
    if (folio) db.data.folios[i] = { ...folio, notes: `基准测试第${i}次修改` };
    const { blockMs, result } = await longestBlock(async () => {
      const t = performance.now();
      await db.write();
      return performance.now() - t;
    });
    writes.push(result);
    blocks.push(blockMs);
  }
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const again = new Low<FixtureDataset | null>(new JSONFile<FixtureDataset | null>(file), null);
    await again.read();
    for (const f of again.data?.folios ?? [])
      if (!COLLECTION_SCHEMAS.folios.safeParse(f).success) throw new Error('x');
    opens.push(performance.now() - t);
  }
  const size = (await stat(file)).size;
  await rm(dir, { recursive: true, force: true });
  return { writes, blocks, opens, size };
}

export async function benchStore(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const add = (name: string, values: number[], unit = 'ms') =>
    rows.push({ name, median: median(values), unit, n: values.length });
  const worst = (name: string, values: number[]) =>
    rows.push({ name, median: Math.max(...values), unit: 'ms', n: values.length });
  for (const n of SIZES) {
    const label = `${count(n)} folios`;
    const { dir, data } = await seed(n);
    const unchecked = await withoutDigests(dir);
    try {
      // Interleaved, so that a busy machine weighs on both the same.
      const cold = { digests: [] as number[], zod: [] as number[] };
      for (let i = 0; i < 5; i++) {
        cold.digests.push(...coldOpen(dir, 1));
        cold.zod.push(...coldOpen(unchecked, 1));
      }
      add(`store: open, cold process, digests checked (${label})`, cold.digests);
      add(`store: open, cold process, full zod validation (${label})`, cold.zod);
      const warm = { digests: [] as number[], zod: [] as number[] };
      for (let i = 0; i < 7; i++) {
        warm.digests.push(...(await timeOpen(dir, 1)));
        warm.zod.push(...(await timeOpen(unchecked, 1)));
      }
      add(`store: open, warm, digests checked (${label})`, warm.digests);
      add(`store: open, warm, full zod validation (${label})`, warm.zod);
      for (const [part, times] of Object.entries(await openParts(dir, 5)))
        add(`store: open part: ${part} (${label})`, times);
      const c = await commits(dir, data, 60);
      add(`store: single-edit durable commit (${label})`, c.times);
      add(`store: longest event-loop block, median commit (${label})`, c.blocks);
      worst(`store: longest event-loop block, worst commit (${label})`, c.blocks);
      add(`store: backup (${label})`, c.backups);
      rows.push({
        name: `store: data on disk (${label})`,
        median: (await sizeOf(dir)) / 1e6,
        unit: 'MB',
        n: 1,
      });

      const alt = await lowdbAlternative(data, n > 5_000 ? 12 : 30);
      add(`lowdb JSONFile: open + zod (${label})`, alt.opens);
      add(`lowdb JSONFile: single edit = whole-file write, no fsync (${label})`, alt.writes);
      add(`lowdb JSONFile: longest event-loop block, median write (${label})`, alt.blocks);
      worst(`lowdb JSONFile: longest event-loop block, worst write (${label})`, alt.blocks);
      rows.push({
        name: `lowdb JSONFile: file size (${label})`,
        median: alt.size / 1e6,
        unit: 'MB',
        n: 1,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(unchecked, { recursive: true, force: true });
    }
  }
  return rows;
}
