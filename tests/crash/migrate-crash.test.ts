// Crash test of the layout migration on open: SIGKILLed at any of its writes, the folder holds the old or new layout.
import { spawn } from 'node:child_process';
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../electron/core/clock';
import { loadFolder } from '../../electron/core/store/load';
import { openStore } from '../../electron/core/store/open-store';
import { buildFixture } from '../helpers/fixtures';
import { writeLayoutV1Folder } from '../helpers/layout-v1';
import { prng } from '../helpers/prng';
import { makeTempDir } from '../helpers/temp-dir';

const WORKER = fileURLToPath(new URL('./migrate-worker.ts', import.meta.url));
const ROUNDS = Number(process.env.CRASH_MIGRATE_ROUNDS ?? 10);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
const clock = steppingClock(new Date('2024-04-01T00:00:00Z'));

/** Runs the worker; it SIGKILLs itself before or after its `killAt`-th durable write. */
function runWorker(dir: string, killAt: number | null, when: 'before' | 'after') {
  return new Promise<{ lines: string[]; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve, reject) => {
      const args = killAt === null ? [] : [String(killAt), when];
      const child = spawn(process.execPath, ['--import', 'tsx', WORKER, dir, ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const lines: string[] = [];
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
      child.on('error', reject);
      child.on('close', (_code, signal) => resolve({ lines, signal, stderr }));
    },
  );
}

const layoutOf = async (dir: string) =>
  'layout' in (JSON.parse(await readFile(join(dir, 'dossier.json'), 'utf8')) as object) ? 2 : 1;

describe('the layout migration under SIGKILL', () => {
  it(`leaves the old layout or the new one, with every record, through ${ROUNDS} kills`, async () => {
    const random = prng(SEED);
    const data = buildFixture(2_000);
    const template = await makeTempDir('dossier-migrate-template-');
    await writeLayoutV1Folder(template, data);
    const expected = new Map(data.folios.map((f) => [f.id, f]));
    const outcome = { old: 0, migrated: 0 };
    // One open to the end, to count the durable writes of the migration.
    const counting = await makeTempDir('dossier-migrate-count-');
    await cp(template, counting, { recursive: true });
    const full = await runWorker(counting, null, 'before');
    const writes = Number(full.lines.at(-1)?.split(' ')[1]);
    expect(writes, full.stderr).toBeGreaterThan(2);
    for (let round = 1; round <= ROUNDS; round++) {
      const dir = await makeTempDir('dossier-migrate-crash-');
      await cp(template, dir, { recursive: true });
      // Spread the kills over the whole migration: each new file, the manifest's rename, after it.
      // Every other kill lands at the last write, the manifest, alternately just before and just
      // after its rename (then before the sweep); the others at a random write.
      const atManifest = round % 2 === 0;
      const killAt = atManifest ? writes : 1 + Math.floor(random() * writes);
      const when = atManifest
        ? round % 4 === 0
          ? 'after'
          : 'before'
        : random() < 0.5
          ? 'before'
          : 'after';
      const { lines, signal, stderr } = await runWorker(dir, killAt, when);
      const context = `round ${round} (seed ${SEED}, killed ${when} write ${killAt} of ${writes})\n${stderr}\n${lines.join('\n')}`;
      expect(signal, context).toBe('SIGKILL');

      // Read-only first: the folder as the crash left it loads, in one layout or the other.
      const layout = await layoutOf(dir);
      const loaded = await loadFolder(dir);
      if (!loaded.ok) throw new Error(`${context}\nload failed: ${loaded.failure.message}`);
      const { records } = loaded.state;
      expect(records.folios.size, context).toBe(data.folios.length);
      for (const [id, folio] of records.folios)
        if (!isDeepStrictEqual(folio, expected.get(id)))
          throw new Error(`${context}\n${id} differs`);
      if (layout === 2) outcome.migrated++;
      else outcome.old++;

      // Then the app's open: it finishes the migration (or finds it done) and sees the same.
      const opened = await openStore(dir, { clock });
      if (!opened.ok) throw new Error(`${context}\nopen failed: ${opened.problem.message}`);
      expect(opened.store.count('folios'), context).toBe(data.folios.length);
      expect(opened.store.meta, context).toEqual(data.meta);
      await opened.store.close();
      expect(await layoutOf(dir), context).toBe(2);
      await rm(dir, { recursive: true, force: true });
    }
    console.log(
      `layout migration crash test, seed ${SEED}, ${writes} writes: ${ROUNDS} kills → ${outcome.old} old layout, ${outcome.migrated} migrated`,
    );
    expect(outcome.old + outcome.migrated).toBe(ROUNDS);
    expect(outcome.migrated, 'no kill landed after the rename').toBeGreaterThan(0);
  });
});
