/*
 * Growth: working sessions (scale-session.ts, a fresh process and a fresh copy of the folder
 * each) at 10,000, 50,000 and 100,000 folios of the fixture, each figure the median of the
 * sessions, and the growth ratio 10k → 100k of each (×10 is linear). `npm run bench -- scale`.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../../electron/core/clock';
import { openStore } from '../../electron/core/store/open-store';
import { buildFixture, fixtureChange } from '../helpers/fixtures';
import { median, type BenchRow } from './report';

/** SCALE_SIZES=10000,100000 runs fewer sizes (the growth ratio needs both ends). */
const SIZES = (process.env.SCALE_SIZES ?? '10000,50000,100000').split(',').map(Number);
/**
 * Sessions per size (SCALE_SESSIONS): one session's figures move by 10–20% with when V8
 * collects and what else the machine does, the RSS at its end by up to 70 MB.
 */
const SESSIONS = Math.max(1, Math.floor(Number(process.env.SCALE_SESSIONS ?? 3)) || 1);
const SESSION = fileURLToPath(new URL('./scale-session.ts', import.meta.url));

/** Figure → row name and unit; `(N folios)` is appended. */
const FIGURES = {
  coldOpen: ['scale: open, cold process (openCore)', 'ms'],
  coldFirstPage: ['list: first page after a cold start (open + folios.page)', 'ms'],
  rssFirstPage: ['scale: RSS after open and the first page', 'MB'],
  coldLoaded: [
    'scale: every folio in memory after a cold open (folios.get waits until then)',
    'ms',
  ],
  reopen: ['scale: reopen in the same process', 'ms'],
  firstPage: ['scale: list first page, folios.page, first call', 'ms'],
  firstPageBytes: ['scale: list first page, response', 'KB'],
  laterPage: ['scale: list page, later calls (sort, offset)', 'ms'],
  pageAfterEdit: ['scale: list page right after an edit', 'ms'],
  firstStats: ['scale: dashboard.stats, first call', 'ms'],
  statsBytes: ['scale: dashboard.stats, response', 'KB'],
  statsAfterEdit: ['scale: dashboard.stats right after an edit', 'ms'],
  laterStats: ['scale: dashboard.stats, unchanged workspace', 'ms'],
  firstGroups: ['scale: groups.list, first call', 'ms'],
  firstSearch: ['search: first query after open', 'ms'],
  firstSearchComplete: [
    'search: first query, complete answer after open (asked again every 300 ms)',
    'ms',
  ],
  indexBuilt: ['search: whole index built, after the open (in the background)', 'ms'],
  searchP50: ['scale: search query p50', 'ms'],
  searchP95: ['scale: search query p95', 'ms'],
  edit: ['scale: single durable edit, folios.update', 'ms'],
  rss: ['scale: RSS after the session (list, dashboard, searches, edits)', 'MB'],
} as const;
type Figure = keyof typeof FIGURES;

/** A data folder holding `n` folios of the fixture (the caller removes it). */
export async function seed(n: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `dossier-scale-${n}-`));
  const opened = await openStore(dir, { clock: systemClock });
  if (!opened.ok) throw new Error(opened.problem.message);
  await opened.store.commit(fixtureChange(buildFixture(n)));
  await opened.store.close();
  return dir;
}

function session(dir: string, n: number): Record<Figure, number> {
  const child = spawnSync(process.execPath, ['--import', 'tsx', SESSION, dir, String(n)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  try {
    return JSON.parse(child.stdout) as Record<Figure, number>;
  } catch {
    throw new Error(`scale session failed at ${n}: ${child.stderr}`);
  }
}

/** Each figure's median over `SESSIONS` sessions, each on its own copy of the seeded folder. */
async function sessions(seeded: string, n: number): Promise<Record<Figure, number>> {
  const runs: Array<Record<Figure, number>> = [];
  for (let i = 0; i < SESSIONS; i++) {
    const dir = `${seeded}-session-${i}`;
    await cp(seeded, dir, { recursive: true });
    try {
      runs.push(session(dir, n));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const figures = {} as Record<Figure, number>;
  for (const figure of Object.keys(FIGURES) as Figure[])
    figures[figure] = median(runs.map((run) => run[figure]));
  return figures;
}

export async function benchScale(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const bySize = new Map<number, Record<Figure, number>>();
  for (const n of SIZES) {
    const dir = await seed(n);
    try {
      const figures = await sessions(dir, n);
      bySize.set(n, figures);
      const label = `(${n.toLocaleString('en-US')} folios)`;
      for (const [figure, [name, unit]] of Object.entries(FIGURES)) {
        const value = figures[figure as Figure];
        rows.push({
          name: `${name} ${label}`,
          median: unit === 'KB' ? value / 1e3 : value,
          unit,
          n: SESSIONS,
        });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const small = bySize.get(10_000);
  const large = bySize.get(100_000);
  if (small && large) {
    console.log('growth 10,000 → 100,000 folios (×10 is linear):');
    for (const [figure, [name]] of Object.entries(FIGURES)) {
      const ratio = large[figure as Figure] / small[figure as Figure];
      console.log(`  ${name}: ×${ratio.toFixed(1)}`);
      rows.push({ name: `${name}: growth 10k → 100k`, median: ratio, unit: '×', n: SESSIONS });
    }
  }
  return rows;
}
