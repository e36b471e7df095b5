/*
 * Child process of the backup/restore crash test: commits, backs up, commits, restores, in a
 * loop, until it is killed. Prints `begin <step> <name before>|<name after>` before each step
 * and `done <step>` after it, so the parent knows which two states a kill may leave.
 * Usage: node --import tsx tests/crash/backup-worker.ts <dir> <first k>
 */
import { systemClock } from '../../electron/core/clock';
import { restoreBackup } from '../../electron/core/store/open-store';
import type { DossierStore } from '../../electron/core/store/store';
import { openOrExit } from './open-or-exit';

const [dir, startText] = process.argv.slice(2);
const start = Number(startText);
if (!dir || !Number.isInteger(start)) {
  process.stderr.write('usage: backup-worker.ts <dir> <first k>\n');
  process.exit(2);
}

let store: DossierStore = await openOrExit(dir);
const say = (line: string) => process.stdout.write(`${line}\n`);

async function rename(step: string, name: string): Promise<void> {
  say(`begin ${step} ${store.meta.name}|${name}`);
  await store.commit({ meta: { ...store.meta, name } });
  say(`done ${step}`);
}

for (let k = start; k < start + 1000; k++) {
  await rename('commit', `第${k}次`);
  const kept = store.meta.name;
  say(`begin backup ${kept}|${kept}`);
  const backup = await store.backup('crash');
  say('done backup');
  await rename('commit', `第${k}次-改`);
  say(`begin restore ${store.meta.name}|${kept}`);
  const lock = await store.closeKeepingLock();
  const restored = await restoreBackup(dir, backup.id, { clock: systemClock, lock });
  if (!restored.ok) {
    say(`error ${restored.problem.message}`);
    process.exit(1);
  }
  store = restored.store;
  say('done restore');
}
await store.close();
