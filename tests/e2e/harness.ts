// End-to-end harness: starts the built web shell, launches Chromium, temp data folders, screenshots.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { type Browser, type Page, chromium } from 'playwright-core';

export const REPO = resolve(import.meta.dirname, '../..');
export const SHOTS = join(REPO, 'tests/e2e/output');

export interface WebShell {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** Starts `node out/main/web.js` on a free port and waits for the line with its address. */
export async function startWebShell(dataDir: string, extra: string[] = []): Promise<WebShell> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(REPO, 'out/main/web.js'), '--data-dir', dataDir, '--port', '0', ...extra],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  if (!child.stdout) throw new Error('web shell has no stdout');
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((found, fail) => {
    lines.on('line', (line) => {
      if (line.startsWith('http://127.0.0.1:')) found(line.trim());
    });
    child.once('exit', (code) => fail(new Error(`web shell exited early with code ${code}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The browsers this test file launched: their pages are described when a test fails. */
export const launched = new Set<Browser>();

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
    ],
  });
  launched.add(browser);
  browser.once('disconnected', () => launched.delete(browser));
  return browser;
}

export async function freshDataDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Waits until no modal is on screen (a saved form's modal closes with an animation). */
export async function modalsClosed(page: Page): Promise<void> {
  try {
    await page
      .locator('.ant-modal-wrap:visible')
      .first()
      .waitFor({ state: 'hidden', timeout: 10_000 });
  } catch (error) {
    await screenshot(page, 'modal-stuck');
    const text = await page.locator('.ant-modal-wrap:visible').first().innerText();
    throw new Error(`a modal stayed open: ${text}`, { cause: error });
  }
}
