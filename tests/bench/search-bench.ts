// Bench of the search box over a large workspace: query times, index build, heap, against a plain scan.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { systemClock } from '../../electron/core/clock';
import { SearchIndex } from '../../electron/core/services/search/search-index';
import { openStore } from '../../electron/core/store/open-store';
import type { DossierStore } from '../../electron/core/store/store';
import { buildFixture, fixtureChange } from '../helpers/fixtures';
import { sourceOf } from '../helpers/search-source';
import { median, type BenchRow } from './report';
import { buildPlainScan, plainQuery } from './search-plain-scan';
import { queryMix } from './search-queries';

const SIZES = [10_000, 50_000];
const ROUNDS = 5;
const LIMIT = 50;
const count = (n: number) => n.toLocaleString('en-US');

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Heap in use after a full collection, in MB. */
function heapMb(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function timeQueries(queries: readonly string[], run: (q: string) => unknown): number[] {
  for (const q of queries) run(q); // warm-up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const t = performance.now();
      run(q);
      times.push(performance.now() - t);
    }
  }
  return times;
}

/** Built and measured like the app: the store opened on a data folder, changes announced. */
async function seeded(n: number): Promise<{ dir: string; store: DossierStore }> {
  const dir = await mkdtemp(join(tmpdir(), `dossier-search-bench-${n}-`));
  const opened = await openStore(dir, { clock: systemClock });
  if (!opened.ok) throw new Error(opened.problem.message);
  await opened.store.commit(fixtureChange(buildFixture(n)));
  return { dir, store: opened.store };
}

/** The fast path must not be fast by being wrong: plain Chinese queries find the same records. */
function checkSameHits(
  index: SearchIndex,
  plain: ReturnType<typeof buildPlainScan>,
  queries: string[],
) {
  for (const q of queries.filter((q) => !/[a-z]/i.test(q))) {
    const fast = index.query(q, 500).map((h) => h.id);
    const slow = plainQuery(plain, q, 500);
    if (fast.length < 500 && [...fast].sort().join() !== [...slow].sort().join()) {
      throw new Error(`search bench: index and plain scan disagree on “${q}”`);
    }
  }
}

/** Re-indexing after single-folio edits, as the session announces them. */
async function timeEdits(store: DossierStore, runs: number): Promise<number[]> {
  const source = sourceOf(store);
  const index = new SearchIndex(source);
  index.build();
  const folios = [...store.all('folios')];
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const folio = folios[(i * 7919) % folios.length];
    if (!folio) break;
    const current = store.get('folios', folio.id) ?? folio;
    const change = {
      put: { folios: [{ ...current, name: `基准改名项目${i}`, rev: current.rev + 1 }] },
    };
    await store.commit(change);
    const t = performance.now();
    source.notify(change);
    times.push(performance.now() - t);
  }
  if (index.query(`基准改名项目${runs - 1}`, 5).length !== 1) throw new Error('edit not indexed');
  index.close();
  return times;
}

export async function benchSearch(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const queries = queryMix();
  const row = (name: string, median: number, unit: string, n: number) =>
    rows.push({ name, median, unit, n });
  for (const n of SIZES) {
    const label = `${count(n)} folios`;
    const { dir, store } = await seeded(n);
    try {
      const builds: number[] = [];
      let before = heapMb();
      let index = new SearchIndex(sourceOf(store));
      for (let i = 0; i < 3; i++) {
        if (i > 0) index = new SearchIndex(sourceOf(store));
        const t = performance.now();
        index.build();
        builds.push(performance.now() - t);
        if (i === 0) row(`search index: memory, heap delta (${label})`, heapMb() - before, 'MB', 1);
      }
      row(`search index: build, lazily on first query (${label})`, median(builds), 'ms', 3);
      const fast = timeQueries(queries, (q) => index.query(q, LIMIT));
      const samples = `${queries.length} queries × ${ROUNDS}`;
      row(
        `search index: query p50 (${label}, ${samples})`,
        percentile(fast, 50),
        'ms',
        fast.length,
      );
      row(
        `search index: query p95 (${label}, ${samples})`,
        percentile(fast, 95),
        'ms',
        fast.length,
      );
      row(`search index: query max (${label})`, Math.max(...fast), 'ms', fast.length);

      before = heapMb();
      const t = performance.now();
      const plain = buildPlainScan(store);
      const plainBuild = performance.now() - t;
      row(`plain scan: memory, heap delta (${label})`, heapMb() - before, 'MB', 1);
      row(`plain scan: build (${label})`, plainBuild, 'ms', 1);
      const slow = timeQueries(queries, (q) => plainQuery(plain, q, LIMIT));
      row(`plain scan: query p50 (${label}, ${samples})`, percentile(slow, 50), 'ms', slow.length);
      row(`plain scan: query p95 (${label}, ${samples})`, percentile(slow, 95), 'ms', slow.length);
      checkSameHits(index, plain, queries);
      index.close();

      const edits = await timeEdits(store, 40);
      row(`search index: re-index one edited folio (${label})`, median(edits), 'ms', edits.length);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
