// Crash worker: opens a folder (which migrates an older layout), SIGKILLing itself at its k-th durable write.
import { systemClock } from '../../electron/core/clock';
import { writeDurable, type WriteFn } from '../../electron/core/store/durable-file';
import { openStore } from '../../electron/core/store/open-store';

const [dir, killAtArg, whenArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: migrate-worker.ts <dir> [k] [before|after]');
const killAt = killAtArg === undefined ? Infinity : Number(killAtArg);
let writes = 0;
/** The store's own durable write, with a SIGKILL just before or just after the k-th one. */
const write: WriteFn = async (path, data, options) => {
  // Shards are written in parallel: each write keeps its own number.
  const n = ++writes;
  if (n === killAt && whenArg === 'before') process.kill(process.pid, 'SIGKILL');
  await writeDurable(path, data, options);
  if (n === killAt && whenArg === 'after') process.kill(process.pid, 'SIGKILL');
};
process.stdout.write('begin\n');
const opened = await openStore(dir, { clock: systemClock, write });
if (!opened.ok) {
  process.stdout.write(`error ${opened.problem.message}\n`);
  process.exit(1);
}
await opened.store.close();
process.stdout.write(`done ${writes}\n`);
