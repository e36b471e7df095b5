// Crash test of the store: SIGKILLed mid-save at 1,000 and 10,000 folios, it keeps the old or new state.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../electron/core/clock';
import type { Folio } from '../../electron/core/model/records';
import type { WorkspaceMeta } from '../../electron/core/model/workspace';
import { openStore } from '../../electron/core/store/open-store';
import type { DossierStore } from '../../electron/core/store/store';
import { buildFixture, fixtureChange } from '../helpers/fixtures';
import { prng } from '../helpers/prng';
import { makeTempDir } from '../helpers/temp-dir';
import { saveChange } from './saves';

const SAVER = fileURLToPath(new URL('./saver.ts', import.meta.url));
const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
const clock = steppingClock(new Date('2024-04-01T00:00:00Z'));

/** The deterministic state the parent expects: every folio plus the workspace meta. */
interface Model {
  folios: Map<string, Folio>;
  meta: WorkspaceMeta;
}

/** The model after save k, as a copy-on-write overlay of the model after save k-1. */
function applySave(model: Model, k: number, n: number): Model {
  const change = saveChange(k, n, (id) => model.folios.get(id), model.meta);
  const folios = new Map(model.folios);
  for (const f of change.put?.folios ?? []) folios.set(f.id, f);
  return { folios, meta: change.meta ?? model.meta };
}

function sameState(store: DossierStore, model: Model): boolean {
  if (!isDeepStrictEqual(store.meta, model.meta)) return false;
  if (store.count('folios') !== model.folios.size) return false;
  for (const f of store.all('folios'))
    if (!isDeepStrictEqual(f, model.folios.get(f.id))) return false;
  return true;
}

/** Calls `kill`, given how long the child's previous commit took (as seen here), if known. */
type Jitter = (kill: () => void, lastCommitMs: number | null) => void;

function afterHops(hops: number, kill: () => void): void {
  let left = hops;
  const hop = () => (left-- <= 0 ? kill() : setImmediate(hop));
  hop();
}

/**
 * Kill at once, after a random number of event-loop turns or microtasks (up to ~25 ms, a few
 * commits' worth), or aimed: polled with setImmediate until a random fraction (0.6–1.4) of the
 * previous commit's duration has passed, so that many kills land near the manifest rename.
 * No timers, no sleeps.
 */
function pickJitter(random: () => number): { name: string; run: Jitter } {
  const roll = random();
  const hops = Math.floor(random() * 40_000);
  if (roll < 0.15) return { name: 'immediate', run: (kill) => kill() };
  if (roll < 0.45) return { name: 'setImmediate', run: (kill) => afterHops(hops, kill) };
  if (roll < 0.6) {
    const ticks = Math.floor(random() * 100_000);
    return {
      name: 'microtask',
      run: (kill) => {
        let left = ticks;
        const tick = () => (left-- <= 0 ? kill() : queueMicrotask(tick));
        tick();
      },
    };
  }
  const fraction = 0.6 + random() * 0.8;
  return {
    name: 'aimed',
    run: (kill, lastCommitMs) => {
      if (lastCommitMs === null) return afterHops(hops, kill);
      const deadline = performance.now() + fraction * lastCommitMs;
      const poll = () => (performance.now() >= deadline ? kill() : setImmediate(poll));
      poll();
    },
  };
}

/** Runs the saver from save `first` on and SIGKILLs it once it prints `begin <killAt>`. */
function runUntilKilled(dir: string, n: number, first: number, killAt: number, jitter: Jitter) {
  return new Promise<{ lines: string[]; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', SAVER, dir, String(n), String(first)],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const lines: string[] = [];
      let stderr = '';
      let killing = false;
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      let begunAt = 0;
      let lastCommitMs: number | null = null;
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        if (line.startsWith('begin ')) begunAt = performance.now();
        if (line.startsWith('done ')) lastCommitMs = performance.now() - begunAt;
        if (!killing && line === `begin ${killAt}`) {
          killing = true;
          jitter(() => child.kill('SIGKILL'), lastCommitMs);
        }
      });
      child.on('error', reject);
      // 'close' waits for stdout to drain, so every line the child printed has been read.
      child.on('close', (_code, signal) => resolve({ lines, signal, stderr }));
    },
  );
}

async function seed(n: number): Promise<{ dir: string; model: Model }> {
  const dir = await makeTempDir('dossier-crash-');
  const opened = await openStore(dir, { clock });
  if (!opened.ok) throw new Error(opened.problem.message);
  await opened.store.commit(fixtureChange(buildFixture(n)));
  const folios = new Map<string, Folio>();
  for (const f of opened.store.all('folios')) folios.set(f.id, f);
  const model = { folios, meta: opened.store.meta };
  await opened.store.close();
  return { dir, model };
}

async function crashLoop(n: number): Promise<void> {
  const random = prng(SEED + n);
  const { dir, model: seeded } = await seed(n);
  let model = seeded;
  let saved = 0;
  const outcome = { before: 0, after: 0, jitter: {} as Record<string, number> };
  for (let round = 1; round <= KILLS; round++) {
    const killAt = saved + 1 + Math.floor(random() * 6);
    const jitter = pickJitter(random);
    outcome.jitter[jitter.name] = (outcome.jitter[jitter.name] ?? 0) + 1;
    const { lines, signal, stderr } = await runUntilKilled(dir, n, saved + 1, killAt, jitter.run);
    expect(
      signal,
      `round ${round}: the child should have been killed\n${stderr}\n${lines.join('\n')}`,
    ).toBe('SIGKILL');

    const begins = lines.filter((l) => l.startsWith('begin ')).map((l) => Number(l.slice(6)));
    const dones = lines.filter((l) => l.startsWith('done ')).map((l) => Number(l.slice(5)));
    const k = Math.max(...begins);
    const lastDone = dones.length > 0 ? Math.max(...dones) : saved;
    expect(lastDone).toBeGreaterThanOrEqual(k - 1);
    for (let s = saved + 1; s < k; s++) model = applySave(model, s, n);
    const afterK = applySave(model, k, n);

    const opened = await openStore(dir, { clock });
    if (!opened.ok) throw new Error(`round ${round}: reopen failed: ${opened.problem.message}`);
    const { store } = opened;
    const isAfter = sameState(store, afterK);
    if (process.env.CRASH_DEBUG) {
      console.log(
        `round ${round}: ${jitter.name}, kill at begin ${killAt}, last begin ${k}, after: ${isAfter}`,
      );
    }
    const isBefore = !isAfter && lastDone < k && sameState(store, model);
    await store.close();
    expect(
      isAfter || isBefore,
      `round ${round} (seed ${SEED}): state is neither save ${k - 1} nor save ${k}`,
    ).toBe(true);
    if (isAfter) {
      outcome.after++;
      model = afterK;
      saved = k;
    } else {
      outcome.before++;
      saved = k - 1;
    }
  }
  console.log(
    `crash test, ${n} folios, seed ${SEED}: ${KILLS} kills → ${outcome.before} left the state before the save, ` +
      `${outcome.after} after it; last save ${saved}; jitter ${JSON.stringify(outcome.jitter)}`,
  );
  expect(outcome.before + outcome.after).toBe(KILLS);
}

describe('the store under SIGKILL', () => {
  it(`keeps either the old or the new state through ${KILLS} kills at 1,000 folios`, () =>
    crashLoop(1000));
  it(`keeps either the old or the new state through ${KILLS} kills at 10,000 folios`, () =>
    crashLoop(10_000));
});
