/*
 * One open of a data folder in a fresh process (as when the app starts), timed from the call:
 * module loading is excluded. Prints {"ms": …}. Usage: node --import tsx cold-open.ts <dir>
 */
import { systemClock } from '../../electron/core/clock';
import { openStore } from '../../electron/core/store/open-store';

const dir = process.argv[2];
if (!dir) throw new Error('usage: cold-open.ts <dir>');
const t = performance.now();
const opened = await openStore(dir, { clock: systemClock });
const ms = performance.now() - t;
if (!opened.ok) throw new Error(opened.problem.message);
await opened.store.close();
process.stdout.write(JSON.stringify({ ms }));
