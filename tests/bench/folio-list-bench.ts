/*
 * The folio list of 10,000 folios in the renderer, as a person opens it: the built app on the
 * web shell, Debian's Chromium, from navigation start to the first table row painted. The
 * virtual table (the app's choice) side by side with pages of 50 and with every row at once.
 * Needs `npx electron-vite build` first; skips (no rows) without out/ or Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { systemClock } from '../../electron/core/clock';
import { openStore } from '../../electron/core/store/open-store';
import { launchBrowser, REPO, startWebShell } from '../e2e/harness';
import { buildFixture, fixtureChange } from '../helpers/fixtures';
import { median, type BenchRow } from './report';

const FOLIOS = 10_000;
const RUNS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUILT = [join(REPO, 'out/main/web.js'), join(REPO, 'out/renderer/index.html')];
const ROW = '[data-testid=folios-table] .ant-table-row';

/* Every row at once takes half a minute or more per load: one run, and no in-app visit. */
const MODES = [
  { table: 'virtual', label: 'virtual table', runs: RUNS, inApp: true },
  { table: 'paged', label: 'pages of 50', runs: RUNS, inApp: true },
  { table: 'plain', label: 'all rows, no virtualisation', runs: 1, inApp: false },
] as const;

/*
 * Runs in the page before its own scripts. `__armFirstRow()` watches for the first table row
 * and notes the time after the next frame (a task queued from requestAnimationFrame runs once
 * that frame has painted). Armed at once for a cold load, and again for an in-app visit.
 */
const FIRST_ROW_PROBE = `(() => {
  window.__armFirstRow = () => {
    window.__firstRowPainted = undefined;
    const observer = new MutationObserver(() => {
      if (!document.querySelector(${JSON.stringify(ROW)})) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__firstRowPainted = performance.now(); }, 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  window.__armFirstRow();
})()`;

const LIST_CALL = `performance.getEntriesByType('resource')
  .filter((e) => e.name.includes('/api/folios.page')).map((e) => e.duration)[0] ?? null`;

/** Clicks the 总投资额 header and times it until the re-sorted rows have painted. */
const SORT_BY_TOTAL = `(async () => {
  const firstKey = () => document.querySelector(${JSON.stringify(ROW)})?.getAttribute('data-row-key');
  const before = firstKey();
  const header = [...document.querySelectorAll('.ant-table-thead th')]
    .find((th) => th.textContent.includes('总投资额'));
  const start = performance.now();
  header.click();
  while (firstKey() === before) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - start;
})()`;

interface Visit {
  /** From navigation start (a cold load of `#/folios`) to the first row painted. */
  coldMs: number;
  /** From leaving 专班 for the list inside the running app to the first row painted. */
  inAppMs: number | null;
  listCallMs: number | null;
  rowsInDom: number;
  /** Clicking 总投资额 until the re-sorted rows painted. */
  sortMs: number | null;
}

const painted = async (page: Page) =>
  Number(
    await (
      await page.waitForFunction(
        // A function, not a string: the app's CSP forbids eval, which a string predicate needs.
        () => (globalThis as { __firstRowPainted?: number }).__firstRowPainted,
        undefined,
        { timeout: 300_000 },
      )
    ).jsonValue(),
  );

async function seed(dir: string): Promise<void> {
  const opened = await openStore(dir, { clock: systemClock });
  if (!opened.ok) throw new Error(opened.problem.message);
  await opened.store.commit(fixtureChange(buildFixture(FOLIOS)));
  await opened.store.close();
}

/** Over to 专班 and back to the list, as a person clicking the menu would; ms to first row. */
async function inAppVisit(page: Page, listHash: string): Promise<number> {
  await page.evaluate(`window.location.hash = '#/groups'`);
  await page.locator('[data-testid=groups-table] .ant-table-row').first().waitFor();
  const leftAt = Number(
    await page.evaluate(
      `(() => { window.__armFirstRow(); const t = performance.now(); window.location.hash = ${JSON.stringify(listHash)}; return t; })()`,
    ),
  );
  return (await painted(page)) - leftAt;
}

/** One visit in a fresh browser context (nothing cached): a cold load, then what `mode` asks. */
async function visit(
  browser: Browser,
  url: string,
  mode: { table: string; inApp: boolean },
): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(FIRST_ROW_PROBE);
    await page.goto(url);
    const coldMs = await painted(page);
    const listCallMs = (await page.evaluate(LIST_CALL)) as number | null;
    const rowsInDom = await page.locator(ROW).count();
    const sortMs = mode.table === 'virtual' ? Number(await page.evaluate(SORT_BY_TOTAL)) : null;
    const inAppMs = mode.inApp ? await inAppVisit(page, new URL(url).hash) : null;
    return { coldMs, inAppMs, listCallMs, rowsInDom, sortMs };
  } finally {
    await context.close();
  }
}

export async function benchFolioList(): Promise<BenchRow[]> {
  const missing = [CHROMIUM, ...BUILT].filter((path) => !existsSync(path));
  if (missing.length > 0) {
    console.log(
      `folio-list: skipped, not found: ${missing.join(', ')} (build with npx electron-vite build)`,
    );
    return [];
  }
  const rows: BenchRow[] = [];
  const label = `${FOLIOS.toLocaleString('en-US')} folios`;
  const add = (name: string, values: number[], unit = 'ms') =>
    rows.push({
      name: `folio list: ${name} (${label})`,
      median: median(values),
      unit,
      n: values.length,
    });

  // A rebuild of out/ while this runs renames the page's scripts and stalls every later visit.
  const builtPage = () => readFile(join(REPO, 'out/renderer/index.html'), 'utf8');
  const pageAtStart = await builtPage();
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bench-list-'));
  await seed(dir);
  const shell = await startWebShell(dir);
  const browser = await launchBrowser();
  try {
    const href = (table: string) =>
      `${shell.url}#/folios${table === 'virtual' ? '' : `?table=${table}`}`;
    // Warm-up: the core's first list, the server's first files.
    await visit(browser, href('virtual'), { table: 'paged', inApp: false });
    const listCalls: number[] = [];
    const known = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
    for (const mode of MODES) {
      const visits: Visit[] = [];
      for (let i = 0; i < mode.runs; i++) visits.push(await visit(browser, href(mode.table), mode));
      add(
        `first row painted, cold load, ${mode.label}`,
        visits.map((v) => v.coldMs),
      );
      if (mode.inApp) {
        const inApp = known(visits.map((v) => v.inAppMs));
        add(`first row painted, in-app navigation, ${mode.label}`, inApp);
      }
      add(
        `table rows in the DOM, ${mode.label}`,
        visits.map((v) => v.rowsInDom),
        'rows',
      );
      const sorts = known(visits.map((v) => v.sortMs));
      if (sorts.length > 0) add(`sort by 总投资额 to repaint, ${mode.label}`, sorts);
      listCalls.push(...known(visits.map((v) => v.listCallMs)));
    }
    add("'folios.page' API call as the page sees it", listCalls);
  } catch (error) {
    if ((await builtPage()) !== pageAtStart) {
      throw new Error('folio-list: out/ was rebuilt during the benchmark; run it again', {
        cause: error,
      });
    }
    throw error;
  } finally {
    await browser.close();
    await shell.stop();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
