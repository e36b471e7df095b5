/*
 * The folio list's first paint on a cold page load, as an officer sees it: the web shell has the
 * workspace open (10,000 folios of the fixture), a fresh Chromium context loads the app at
 * #/folios, and the time from navigation start to the first table row on screen is taken (script
 * start-up, workspace.status and the first page included), and to the app's own first row (the
 * list drawn before it from index.html's template is not usable yet). `npm run bench -- first-paint`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, REPO, startWebShell, type WebShell } from '../e2e/harness';
import { median, type BenchRow } from './report';
import { seed } from './scale-bench';

const FOLIOS = 10_000;
const RUNS = 7;

/** The console messages the page reports its marks with: `<mark> <ms from navigation>`. */
const FIRST_ROW = 'first-paint:first-row';
const APP_ROW = 'first-paint:app-row';

/**
 * Reports, from the page, when the list's first row has been painted (a task after the frame
 * that first had it in the DOM: the frame's style, layout and paint included), and when the
 * app's own rows have been painted (the rows drawn from index.html's template before the app's
 * code runs are inside [data-first-screen] and cannot be used yet). Reported as console messages:
 * asking the page (page.evaluate, waitForFunction) makes Playwright compile its own script in
 * the page, about 45 ms of the main thread that lands inside the window measured.
 */
const MARK_ROWS = `
  const painted = (mark) =>
    requestAnimationFrame(() => setTimeout(() => console.log(mark + ' ' + performance.now())));
  let first = true;
  new MutationObserver((_, observer) => {
    const rows = document.querySelectorAll('[data-testid="folios-table"] .ant-table-row');
    if (rows.length === 0) return;
    if (first) painted(${JSON.stringify(FIRST_ROW)});
    first = false;
    if (![...rows].some((row) => !row.closest('[data-first-screen]'))) return;
    observer.disconnect();
    painted(${JSON.stringify(APP_ROW)});
  }).observe(document, { childList: true, subtree: true });
`;

/** When the first row, then the app's first row, had been painted, in ms from navigation. */
async function firstPaint(browser: Browser, shell: WebShell): Promise<[number, number]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(MARK_ROWS);
    const marks = new Map<string, number>();
    page.on('console', (message) => {
      const [mark, at] = message.text().split(' ');
      if (mark && at) marks.set(mark, Number(at));
    });
    const appRow = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith(APP_ROW),
      timeout: 60_000,
    });
    const url = new URL(shell.url);
    url.hash = '#/folios';
    await page.goto(url.toString(), { waitUntil: 'commit' });
    await appRow;
    return [marks.get(FIRST_ROW) ?? NaN, marks.get(APP_ROW) ?? NaN];
  } finally {
    await context.close();
  }
}

export async function benchFirstPaint(): Promise<BenchRow[]> {
  if (!existsSync(join(REPO, 'out/main/web.js'))) {
    const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: REPO, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('first-paint bench: `npx electron-vite build` failed');
  }
  const dir = await seed(FOLIOS);
  const shell = await startWebShell(dir);
  const browser = await launchBrowser();
  try {
    // The workspace is open before the first page load, as when the window appears.
    await fetch(`${shell.origin}/api/workspace.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dossier-token': shell.token },
      body: '{}',
    });
    const runs: [number, number][] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await firstPaint(browser, shell));
    const size = `(${FOLIOS.toLocaleString('en-US')} folios)`;
    return [
      {
        name: `list: first paint, cold page load ${size}`,
        median: median(runs.map(([first]) => first)),
        unit: 'ms',
        n: RUNS,
      },
      {
        name: `list: the app's own rows painted (usable), cold page load ${size}`,
        median: median(runs.map(([, usable]) => usable)),
        unit: 'ms',
        n: RUNS,
      },
    ];
  } finally {
    await browser.close();
    await shell.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
