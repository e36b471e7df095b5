/*
 * The folio list's first paint on a cold page load, as an officer sees it: the web shell has the
 * workspace open (10,000 folios of the fixture), a fresh Chromium context loads the app at
 * #/folios, and the time from navigation start to the first table row on screen is taken (script
 * start-up, workspace.status and the first page included). `npm run bench -- first-paint`.
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

/** Marks, in the page, when the list's first row is in the DOM and painted (the next frame). */
const MARK_FIRST_ROW = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid="folios-table"] .ant-table-row')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstRowAt = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
`;

async function firstPaint(browser: Browser, shell: WebShell): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(MARK_FIRST_ROW);
    const url = new URL(shell.url);
    url.hash = '#/folios';
    await page.goto(url.toString());
    // Functions, not strings: the app's CSP allows no eval.
    await page.waitForFunction(() => '__firstRowAt' in globalThis, null, { timeout: 60_000 });
    return await page.evaluate(() => (globalThis as { __firstRowAt?: number }).__firstRowAt ?? NaN);
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
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await firstPaint(browser, shell));
    return [
      {
        name: `list: first paint, cold page load (${FOLIOS.toLocaleString('en-US')} folios)`,
        median: median(times),
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
