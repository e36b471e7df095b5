// The folio list drawn from index.html's template before the app's code runs: it must be the
// screen React then shows (same texts, same places), and it must not appear where it would not be.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { browserPerFile, withShell } from './steps';

const browser = browserPerFile();
/** The common government laptop, and a desktop monitor. */
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const [LAPTOP] = SCREENS as [Viewport];

interface Viewport {
  width: number;
  height: number;
}

/**
 * Where the header, the card, the summary, the table's head and the first `rows` rows are
 * (boxes rounded to whole pixels), their texts, and how they and the innermost element of each
 * look (colours, font, border). Run in the page (DOM code, hence a string).
 */
const LAYOUT_OF = `(count) => {
  const look = (element) => {
    const s = getComputedStyle(element);
    return [s.color, s.backgroundColor, s.fontFamily, s.fontSize, s.fontWeight, s.borderBottom].join(' ');
  };
  const placed = (element) => {
    if (!element) return null;
    const r = element.getBoundingClientRect();
    let inner = element;
    while (inner.firstElementChild) inner = inner.firstElementChild;
    return {
      text: element.innerText.trim(),
      box: [r.x, r.y, r.width, r.height].map(Math.round),
      look: [look(element), look(inner)],
    };
  };
  const one = (selector) => placed(document.querySelector(selector));
  const table = document.querySelector('[data-testid="folios-table"]');
  const rows = [...table.querySelectorAll('tbody tr.ant-table-row')].slice(0, count);
  return {
    workspace: one('[data-testid="workspace-name"]'),
    title: one('.ant-card-head-title'),
    filters: one('[data-testid="folios-filter-bar"]'),
    summary: one('[data-testid="folios-summary"]'),
    head: [...table.querySelectorAll('thead th')].map(placed),
    rows: rows.map((row) => ({
      key: row.getAttribute('data-row-key'),
      cells: [...row.querySelectorAll('td')].map(placed),
    })),
  };
}`;

interface Placed {
  text: string;
  box: number[];
}

async function layoutOf(page: Page, rows: number) {
  const layout = (await page.evaluate(`(${LAYOUT_OF})(${rows})`)) as {
    workspace: Placed | null;
    summary: Placed | null;
    rows: { key: string; cells: Placed[] }[];
  };
  return layout;
}

/**
 * Opens `hash` at 1280×720 with the app's code and its style sheet held back until `release` is
 * called: the drawn first screen has only the rules index.html's head carries for it.
 */
async function openHeld(shellUrl: string, hash: string, viewport: Viewport = LAPTOP) {
  const page = await browser().newPage({
    viewport,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
  });
  // Records whether a drawn first screen was ever in the page.
  await page.addInitScript(`new MutationObserver(() => {
    if (document.querySelector('[data-first-screen]')) window.__drawn = true;
  }).observe(document, { childList: true, subtree: true })`);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/(mount-[^/]+\.js|[^/]+\.css)$/, async (route) => {
    await held;
    await route.continue();
  });
  const url = new URL(shellUrl);
  url.hash = hash;
  // Not until 'load': the page's load waits for the held style sheet once the entry asks for it.
  await page.goto(url.toString(), { waitUntil: 'commit' });
  return { page, release };
}

describe('the folio list before the app has loaded', () => {
  it.each(SCREENS)(
    'at $width×$height is drawn from the first page and is the screen React then shows, in the same places',
    async (screen) => {
      await withShell(
        async (shell) => {
          const { page, release } = await openHeld(shell.url, '#/folios', screen);
          const drawn = page.locator('[data-first-screen]');
          await drawn.locator('tbody tr.ant-table-row').first().waitFor();
          const rows = await drawn.locator('tbody tr.ant-table-row').count();
          // A window's worth of rows, not the whole page of 50.
          expect(rows).toBeGreaterThanOrEqual(8);
          expect(rows).toBeLessThan(50);
          const before = await layoutOf(page, rows);
          await screenshot(page, `folios-first-screen-${screen.width}`);
          expect(before.workspace?.text).toContain('天水');
          expect(before.summary?.text).toMatch(
            /^共 50 个项目，总投资 [\d,.]+ 亿元，到位资金 [\d,.]+ 亿元$/,
          );
          // Not usable yet: clicks and keys wait for the app.
          expect(await drawn.getAttribute('inert')).toBe('');

          release();
          await drawn.waitFor({ state: 'detached' });
          // The app's list, settled, with the whole style sheet: the whole page of rows.
          await expect
            .poll(() => page.getByTestId('folios-table').locator('tbody tr.ant-table-row').count())
            .toBe(50);
          const after = await layoutOf(page, rows);
          await screenshot(page, `folios-app-${screen.width}`);
          expect(before).toEqual(after);
          await page.close();
        },
        ['--demo'],
      );
    },
  );

  it('is drawn for the plain list only, not a filtered list or another page', async () => {
    await withShell(
      async (shell) => {
        const cases = { '#/folios?stage=signed': false, '#/dashboard': false, '#/folios': true };
        for (const [hash, drawn] of Object.entries(cases)) {
          const { page, release } = await openHeld(shell.url, hash);
          release();
          await page.getByTestId('workspace-name').waitFor({ state: 'attached' });
          await page.locator('[data-first-screen]').waitFor({ state: 'detached' });
          expect(await page.evaluate('window.__drawn === true'), hash).toBe(drawn);
          await page.close();
        }
      },
      ['--demo'],
    );
  });
});
