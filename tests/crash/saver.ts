/*
 * Child process of the crash test: opens the store and saves in a loop until it is killed.
 * Prints `begin k` before and `done k` after each commit (stdout to a pipe is synchronous on
 * POSIX, so the parent sees `begin k` before commit k starts).
 * Usage: node --import tsx tests/crash/saver.ts <dir> <folio count> <first k>
 */
import { systemClock } from '../../electron/core/clock';
import { openStore } from '../../electron/core/store/open-store';
import { saveChange } from './saves';

const [dir, nText, startText] = process.argv.slice(2);
const n = Number(nText);
const start = Number(startText);
if (!dir || !Number.isInteger(n) || !Number.isInteger(start)) {
  process.stderr.write('usage: saver.ts <dir> <folio count> <first k>\n');
  process.exit(2);
}

const opened = await openStore(dir, { clock: systemClock });
if (!opened.ok) {
  process.stdout.write(`error ${opened.problem.kind} ${opened.problem.message}\n`);
  process.exit(1);
}
const { store } = opened;
process.stdout.write('ready\n');
// Bounded, in case the parent never kills: it always does long before this.
for (let k = start; k < start + 10_000; k++) {
  const change = saveChange(k, n, (id) => store.get('folios', id), store.meta);
  process.stdout.write(`begin ${k}\n`);
  await store.commit(change);
  process.stdout.write(`done ${k}\n`);
}
await store.close();
