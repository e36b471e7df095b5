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

/**
 * Marks, in the page, when the list's first row has been painted (a task after the frame that
 * first had it in the DOM: the frame's style, layout and paint included), and when the app's
 * own rows have been painted (the rows drawn from index.html's template before the app's code
 * runs are inside [data-first-screen] and cannot be used yet).
 */
const MARK_ROWS = `
  const painted = (key) =>
    requestAnimationFrame(() => setTimeout(() => { window[key] ??= performance.now(); }));
  new MutationObserver((_, observer) => {
    const rows = document.querySelectorAll('[data-testid="folios-table"] .ant-table-row');
    if (rows.length === 0) return;
    painted('__firstRowAt');
    if (![...rows].some((row) => !row.closest('[data-first-screen]'))) return;
    observer.disconnect();
    painted('__appRowAt');
  }).observe(document, { childList: true, subtree: true });
`;

/** When the first row, then the app's first row, had been painted, in ms from navigation. */
async function firstPaint(browser: Browser, shell: WebShell): Promise<[number, number]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(MARK_ROWS);
    const url = new URL(shell.url);
    url.hash = '#/folios';
    await page.goto(url.toString());
    // Functions, not strings: the app's CSP allows no eval.
    await page.waitForFunction(() => '__appRowAt' in globalThis, null, { timeout: 60_000 });
    return await page.evaluate(() => {
      const marks = globalThis as { __firstRowAt?: number; __appRowAt?: number };
      return [marks.__firstRowAt ?? NaN, marks.__appRowAt ?? NaN] as [number, number];
    });
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
