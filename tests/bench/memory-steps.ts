/*
 * Memory, step by step, of one working session on a data folder (a fresh process each): heap
 * used, external and RSS at start, after open, the list's first page, the dashboard, the first
 * search, the background index build, and 20 edits. Needs --expose-gc (each figure is taken
 * after a full collection). Usage: node --expose-gc --import tsx memory-steps.ts <dir> <folios>
 */
import type { SearchIndex as Index } from '../../electron/core/services/search/search-index';

const dir = process.argv[2];
const n = Number(process.argv[3]);
if (!dir || !Number.isFinite(n)) throw new Error('usage: memory-steps.ts <dir> <folios>');
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with node --expose-gc');

const rows: Array<[string, number, number, number, number, number]> = [];
function note(step: string): void {
  const before = process.memoryUsage().rss;
  collect?.();
  const m = process.memoryUsage();
  rows.push([
    step,
    m.heapUsed / 1e6,
    m.heapTotal / 1e6,
    m.external / 1e6,
    before / 1e6,
    m.rss / 1e6,
  ]);
}

note('start (node + tsx)');
const { openCore } = await import('../../electron/core/app');
const { SearchIndex } = await import('../../electron/core/services/search/search-index');
const { folioId } = await import('../helpers/fixtures');
note('core modules imported');

// The background build's promise, caught as the handlers start it, to note when it ends.
const warm = SearchIndex.prototype.warm;
let building: Promise<void> | null = null;
SearchIndex.prototype.warm = function (this: Index, stepMs?: number) {
  building = warm.call(this, stepMs);
  return building;
};

const core = await openCore({ dataDir: dir });
const call = async (method: string, input: unknown): Promise<unknown> => {
  const outcome = await core.registry.call(method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.result;
};
note('after open');
await call('folios.page', {});
note('after list first page');
await call('dashboard.stats', {});
note('after dashboard.stats');
await call('search.query', { text: '项目' });
note('after first search');
await call('search.query', { text: 'zhaoshang' });
note('after first pinyin search');
while (building) {
  const current: Promise<void> = building;
  await current;
  if (building === current) building = null;
}
note('index build finished');
for (let i = 0; i < 20; i++) {
  const id = folioId(((i * 7919) % n) + 1);
  const detail = (await call('folios.get', { id })) as { folio: { rev: number } };
  await call('folios.update', { id, rev: detail.folio.rev, notes: `基准 ${i}` });
}
note('after 20 edits');
await new Promise((resolve) => setTimeout(resolve, 2_000));
note('2 s later');
await core.close();

console.log(
  `| step (${n.toLocaleString('en-US')} folios) | heap used MB | heap total MB | external MB | RSS before gc MB | RSS MB |`,
);
console.log('|---|---|---|---|---|---|');
for (const [step, ...figures] of rows)
  console.log(`| ${step} | ${figures.map((f) => f.toFixed(0)).join(' | ')} |`);
