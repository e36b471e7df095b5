/*
 * Child process of the crash test: opens the store and saves in a loop until it is killed.
 * Prints `begin k` before and `done k` after each commit (stdout to a pipe is synchronous on
 * POSIX, so the parent sees `begin k` before commit k starts).
 * Usage: node --import tsx tests/crash/saver.ts <dir> <folio count> <first k>
 */
import { openOrExit } from './open-or-exit';
import { saveChange } from './saves';

const [dir, nText, startText] = process.argv.slice(2);
const n = Number(nText);
const start = Number(startText);
if (!dir || !Number.isInteger(n) || !Number.isInteger(start)) {
  process.stderr.write('usage: saver.ts <dir> <folio count> <first k>\n');
  process.exit(2);
}

const store = await openOrExit(dir);
process.stdout.write('ready\n');
// Bounded, in case the parent never kills: it always does long before this.
for (let k = start; k < start + 10_000; k++) {
  const change = saveChange(k, n, (id) => store.get('folios', id), store.meta);
  process.stdout.write(`begin ${k}\n`);
  await store.commit(change);
  process.stdout.write(`done ${k}\n`);
}
await store.close();
