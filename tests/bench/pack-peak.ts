/*
 * One meeting pack built in a fresh process, fonts loaded cold, as the app builds one.
 * Prints {"ms": …, "peakMiB": …, "startMiB": …}: peak resident memory of the whole process.
 * Usage: node --import tsx pack-peak.ts
 */
import { assemblePack } from '../../electron/core/documents/pack/assemble-pack';
import { BENCH_COPIES, benchPackSpec } from './pack-fixture';

const spec = await benchPackSpec();
const startMiB = process.memoryUsage().rss / 2 ** 20;
const t = performance.now();
const result = await assemblePack(spec, {
  duplex: true,
  copyNumbers: BENCH_COPIES,
  discover: false,
});
const ms = performance.now() - t;
if (!result.ok) throw new Error(result.message);
// maxRSS is in KiB: the high-water mark, including moments between samples.
const peakMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ ms, peakMiB, startMiB, pages: result.pageCount }));
