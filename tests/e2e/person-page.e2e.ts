// A person found by search opens their page (folios they lead, trips, open items), and a folio list filtered by them.
import { copyFile, mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { freshDataDir, launchBrowser, screenshot, startWebShell } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a person page reached from search', () => {
  it('searching 陈立新 opens his page: the folios he leads, his trip, links to the filtered list', async () => {
    const data = await freshDataDir();
    const shell = await startWebShell(data.dir);
    try {
      const page = await browser.newPage({
        viewport: { width: 1280, height: 720 },
        locale: 'zh-CN',
        reducedMotion: 'reduce',
      });
      await page.goto(shell.url);
      await page.getByTestId('load-demo').click();
      await page.getByTestId('demo-tag').waitFor();

      await page.getByTestId('global-search').fill('陈立新');
      await page.getByTestId('search-hit').filter({ hasText: '陈立新' }).first().click();
      const detail = page.getByTestId('person-detail');
      await detail.waitFor();
      expect(page.url()).toMatch(/#\/people\/[^/?]+$/);
      await expect.poll(() => detail.textContent()).toContain('包抓的项目（6）');
      expect(await detail.textContent()).toContain('管家的项目（0）');
      expect(await detail.textContent()).toContain('参加的考察（1）');
      expect(await page.getByTestId('person-leads-table').locator('.ant-table-row').count()).toBe(
        6,
      );
      expect(await page.getByTestId('person-trips-table').locator('.ant-table-row').count()).toBe(
        1,
      );
      await page.getByTestId('person-open-items').waitFor();
      const shot = await screenshot(page, 'person-page-1280');
      await mkdir('/tmp/day3', { recursive: true });
      await copyFile(shot, '/tmp/day3/person-page-1280.png');

      await page.getByText('在项目列表中查看').first().click();
      await page.getByTestId('folios-table').waitFor();
      expect(page.url()).toMatch(/#\/folios\?leader=/);
      await expect
        .poll(() => page.getByTestId('folios-leader-filter').textContent())
        .toContain('陈立新');
    } finally {
      await shell.stop();
      await data.cleanup();
    }
  });
});
