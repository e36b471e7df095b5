// Crash test of backups and restores: through SIGKILLs the folder opens before or after, backups intact.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../electron/core/clock';
import { openStore } from '../../electron/core/store/open-store';
import { buildFixture, fixtureChange } from '../helpers/fixtures';
import { prng } from '../helpers/prng';
import { makeTempDir } from '../helpers/temp-dir';

const WORKER = fileURLToPath(new URL('./backup-worker.ts', import.meta.url));
const ROUNDS = Number(process.env.CRASH_BACKUP_ROUNDS ?? 16);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
const clock = steppingClock(new Date('2024-04-01T00:00:00Z'));

/** Runs the worker and SIGKILLs it some event-loop turns after it begins a `target` step. */
function runUntilKilled(dir: string, first: number, target: string, hops: number) {
  return new Promise<{ lines: string[]; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', WORKER, dir, String(first)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const lines: string[] = [];
      let stderr = '';
      let killing = false;
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        if (!killing && line.startsWith(`begin ${target} `)) {
          killing = true;
          let left = hops;
          const hop = () => (left-- <= 0 ? child.kill('SIGKILL') : setImmediate(hop));
          hop();
        }
      });
      child.on('error', reject);
      child.on('close', (_code, signal) => resolve({ lines, signal, stderr }));
    },
  );
}

describe('backups and restores under SIGKILL', () => {
  it(`the folder opens to the state before or after, backups intact, through ${ROUNDS} kills`, async () => {
    const random = prng(SEED);
    const dir = await makeTempDir('dossier-backup-crash-');
    const seeded = await openStore(dir, { clock });
    if (!seeded.ok) throw new Error(seeded.problem.message);
    await seeded.store.commit(fixtureChange(buildFixture(300)));
    await seeded.store.close();
    const outcome = { before: 0, after: 0 };
    for (let round = 1; round <= ROUNDS; round++) {
      const target = round % 2 === 0 ? 'restore' : 'backup';
      const hops = Math.floor(random() * 3000);
      const { lines, signal, stderr } = await runUntilKilled(dir, round * 1000, target, hops);
      const context = `round ${round} (seed ${SEED}, ${target}, ${hops} hops)\n${stderr}\n${lines.join('\n')}`;
      expect(signal, context).toBe('SIGKILL');
      const begun = lines.filter((l) => l.startsWith('begin ')).at(-1) ?? '';
      const finished = lines.at(-1)?.startsWith('done ') === true;
      const [from, to] = begun.split(' ').slice(2).join(' ').split('|');

      const opened = await openStore(dir, { clock });
      if (!opened.ok) throw new Error(`${context}\nreopen failed: ${opened.problem.message}`);
      const name = opened.store.meta.name;
      const backups = await opened.store.listBackups();
      await opened.store.close();
      expect(finished ? [to] : [from, to], context).toContain(name);
      expect(
        backups.filter((b) => !b.valid),
        context,
      ).toEqual([]);
      if (name === to) outcome.after++;
      else outcome.before++;
    }
    console.log(
      `backup/restore crash test, seed ${SEED}: ${ROUNDS} kills → ${outcome.before} before, ${outcome.after} after`,
    );
  });
});
