// Steps the end-to-end files share: one browser per file, a shell on a fresh folder, a page, Select picks, the API.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { readPdf, type ReadPdf } from '../core/documents/helpers/read-pdf';
import { freshDataDir, launchBrowser, startWebShell, type WebShell } from './harness';

/** Launches one Chromium for the test file and closes it after; call once at the file's top. */
export function browserPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser starts in beforeAll');
    return browser;
  };
}

export const DESKTOP = { width: 1440, height: 900 };

/** A zh-CN page of the given size, opened on the shell's address (with its token). */
export async function openPage(
  browser: Browser,
  shell: WebShell,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'zh-CN', reducedMotion: 'reduce' });
  await page.goto(shell.url);
  return page;
}

/**
 * Runs `use` against a web shell on a fresh data folder; the shell stops and the folder goes
 * afterwards, also when the test fails.
 */
export async function withShell(
  use: (shell: WebShell, dataDir: string) => Promise<void>,
  extra: string[] = [],
): Promise<void> {
  const data = await freshDataDir();
  const shell = await startWebShell(data.dir, extra);
  try {
    await use(shell, data.dir);
  } finally {
    await shell.stop();
    await data.cleanup();
  }
}

/**
 * Clicks the option of the open antd Select dropdown that shows `text`, and again when the click
 * did not take (the list still open and the option not selected). A click can be lost while the
 * list is still moving in: Playwright's "stable" check can pass on the frames before antd's motion
 * starts, and then mousedown and mouseup land on different nodes.
 */
export async function pickOption(page: Page, text: string): Promise<void> {
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first();
  const took = async () =>
    !(await option.isVisible()) ||
    ((await option.getAttribute('class')) ?? '').includes('ant-select-item-option-selected');
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    // A slow machine may close the list only now after the last click: then it took.
    if (attempt > 1 && (await took())) return;
    await option.click();
    const done = await expect
      .poll(took, { timeout: 5_000 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (done) return;
  }
  throw new Error(`the option “${text}” was clicked three times and never chosen`);
}

/** Waits for the element `testId` and until it shows `text` (a save and re-render take a while). */
export async function untilText(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).waitFor();
  await expect.poll(() => page.getByTestId(testId).textContent()).toContain(text);
}

/** Picks an option of the antd Select that the test id sits in (typing narrows long lists). */
export async function choose(
  page: Page,
  testId: string,
  option: string,
  search = false,
): Promise<void> {
  await page.getByTestId(testId).click();
  if (search) await page.keyboard.type(option);
  await pickOption(page, option);
}

/** The web shell's API, as the page calls it (the token rides in a header). */
export async function api<T>(shell: WebShell, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${shell.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-token': shell.token },
    body: JSON.stringify(input),
  });
  const outcome = (await res.json()) as { ok: boolean; result: T; error?: unknown };
  if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
  return outcome.result;
}

/** A generated PDF as the page would download it (`/generated/<id>/pdf…`), read back. */
export async function fetchPdf(
  shell: WebShell,
  path: string,
): Promise<ReadPdf & { bytes: Uint8Array }> {
  const res = await fetch(`${shell.origin}${path}?token=${shell.token}`);
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { ...(await readPdf(bytes)), bytes };
}
