/*
 * One working session on a data folder in a fresh process, through the registry as the shells
 * call it: open (cold, then the first page at once, then every folio in memory, then reopen), the
 * list's first page, the dashboard, searches, edits, and the RSS at the end. Prints one JSON
 * object. Usage: node --import tsx scale-session.ts <dir> <folios>
 */
import { openCore, type DossierCore } from '../../electron/core/app';
import { folioId } from '../helpers/fixtures';
import { queryMix } from './search-queries';

const dir = process.argv[2];
const n = Number(process.argv[3]);
if (!dir || !Number.isFinite(n)) throw new Error('usage: scale-session.ts <dir> <folios>');

/** When a person's first search comes after open: they have looked at the first screen. */
const FIRST_SEARCH_AFTER_MS = 3_000;

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const med = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) =>
  sorted(values)[Math.min(values.length - 1, Math.ceil(0.95 * values.length) - 1)] ?? NaN;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t = performance.now();
  const result = await work();
  return { ms: performance.now() - t, result };
}

function caller(core: DossierCore) {
  return async (method: string, input: unknown): Promise<unknown> => {
    const outcome = await core.registry.call(method, input);
    if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
    return outcome.result;
  };
}

/** The response as the web shell sends it: its JSON, timed with the call. */
async function answered(call: ReturnType<typeof caller>, method: string, input: unknown) {
  return timed(async () => JSON.stringify(await call(method, input)).length);
}

const openedAt = performance.now();
let core = await openCore({ dataDir: dir });
const coldOpen = performance.now() - openedAt;
// What a person waits for at start: the workspace opened, then the list's first page.
const coldFirstPage = coldOpen + (await answered(caller(core), 'folios.page', {})).ms;
const rssFirstPage = process.memoryUsage().rss / 1e6;
// The open answers the list and 工作台 from the folios' outlines; a method that reads a folio
// waits until every folio is in memory.
await caller(core)('folios.get', { id: folioId(1) });
const coldLoaded = performance.now() - openedAt;
const reopen: number[] = [];
for (let i = 0; i < 2; i++) {
  await core.close();
  const again = await timed(() => openCore({ dataDir: dir }));
  reopen.push(again.ms);
  core = again.result;
}
const reopenedAt = performance.now();
const call = caller(core);

const firstPage = await answered(call, 'folios.page', {});
const laterPages: number[] = [];
for (const sort of ['name', 'totalInvestment', 'stage', 'updatedAt', 'name']) {
  for (const offset of [0, 50, 5_000]) {
    laterPages.push((await answered(call, 'folios.page', { sort, offset, order: 'ascend' })).ms);
  }
}
const firstStats = await answered(call, 'dashboard.stats', {});
// The window asks for the groups at start too (the list's group filter and the sider).
const firstGroups = await answered(call, 'groups.list', {});
// When the index's build in the background is through: a search in Latin letters matching
// nothing is complete only once every record's parts and pinyin are indexed. Asked from here
// on (the build takes seconds), so that no poll falls inside the first calls timed above.
const POLL_MS = 100;
const indexBuilt = (async () => {
  for (;;) {
    const answer = (await call('search.find', { text: 'qxzqxz' })) as { complete: boolean };
    if (answer.complete) return performance.now() - reopenedAt;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
})();

const wait = FIRST_SEARCH_AFTER_MS - (performance.now() - reopenedAt);
if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
const queries = queryMix();
// As the search box asks: search.find, again every RETRY_MS until the answer is complete.
const RETRY_MS = 300;
const find = (text: string) => call('search.find', { text }) as Promise<{ complete: boolean }>;
const firstText = queries[0] ?? '项目';
const searchedAt = performance.now();
const firstSearch = await timed(() => find(firstText));
let complete = firstSearch.result.complete;
while (!complete) {
  await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  complete = (await find(firstText)).complete;
}
const firstSearchComplete = performance.now() - searchedAt;
const searches: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const text of queries) searches.push((await timed(() => find(text))).ms);
}

const indexBuiltMs = await indexBuilt;
const edits: number[] = [];
const statsAfterEdit: number[] = [];
const pageAfterEdit: number[] = [];
for (let i = 0; i < 20; i++) {
  const id = folioId(((i * 7919) % n) + 1);
  const detail = (await call('folios.get', { id })) as { folio: { rev: number } };
  edits.push(
    (await timed(() => call('folios.update', { id, rev: detail.folio.rev, notes: `基准 ${i}` })))
      .ms,
  );
  if (i % 4 === 0) {
    statsAfterEdit.push((await answered(call, 'dashboard.stats', {})).ms);
    pageAfterEdit.push((await answered(call, 'folios.page', { sort: 'name' })).ms);
  }
}
await call('dashboard.stats', {});
const laterStats = await answered(call, 'dashboard.stats', {});
const rss = process.memoryUsage().rss / 1e6;
await core.close();

process.stdout.write(
  JSON.stringify({
    coldOpen,
    coldFirstPage,
    rssFirstPage,
    coldLoaded,
    reopen: med(reopen),
    firstPage: firstPage.ms,
    firstPageBytes: firstPage.result,
    laterPage: med(laterPages),
    pageAfterEdit: med(pageAfterEdit),
    firstStats: firstStats.ms,
    statsBytes: firstStats.result,
    statsAfterEdit: med(statsAfterEdit),
    laterStats: laterStats.ms,
    firstGroups: firstGroups.ms,
    firstSearch: firstSearch.ms,
    firstSearchComplete,
    indexBuilt: indexBuiltMs,
    searchP50: med(searches),
    searchP95: p95(searches),
    edit: med(edits),
    rss,
  }),
);
