// End-to-end: an officer keeps a folio from group to checklist, blocker, search, recycle bin, dashboard.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { modalsClosed, screenshot } from './harness';
import { browserPerFile, choose, openPage, withShell } from './steps';

const browser = browserPerFile();

async function dashboardNumber(page: Page, testId: string): Promise<string> {
  await modalsClosed(page);
  await page.getByTestId('nav-dashboard').click();
  const card = page.getByTestId(testId);
  await card.waitFor();
  return (await card.locator('.ant-statistic-content-value').textContent()) ?? '';
}

const FOLIO = '陇原燧石新材料示范项目';

/**
 * On the folio page: opens the tab, clicks its add button, types `values` into the form's fields
 * (by test id), saves, and waits for the first row to show (tab, add button, row: test ids).
 */
async function addOnTab(
  page: Page,
  [tab, add, row]: [string, string, string],
  values: Record<string, string>,
): Promise<void> {
  await page.getByTestId(tab).click();
  await page.getByTestId(add).click();
  for (const [testId, value] of Object.entries(values)) await page.getByTestId(testId).fill(value);
  await page.getByTestId('form-submit').click();
  await page.getByTestId(row).first().waitFor();
}

describe('an officer keeps a folio from start to finish', () => {
  it('group, folio, checklist, blocker, pinyin search, recycle bin, dashboard', async () => {
    await withShell(async (shell) => {
      const page = await openPage(browser(), shell);
      await page.getByTestId('load-demo').click();
      await page.getByTestId('demo-tag').waitFor();
      const foliosBefore = await dashboardNumber(page, 'stat-folios');
      const blockersBefore = await dashboardNumber(page, 'stat-blockers');

      // A new working group.
      await page.getByTestId('nav-groups').click();
      await page.getByTestId('group-create').click();
      await page.getByTestId('group-form-name').fill('新材料产业链专班（测试）');
      await choose(page, 'group-form-kind', '产业链专班');
      await page.getByTestId('form-submit').click();
      await page.getByTestId('group-detail').waitFor();

      // A folio in it.
      await page.getByTestId('nav-folios').click();
      await page.getByTestId('folio-create').click();
      await page.getByTestId('folio-form-name').fill(FOLIO);
      await choose(page, 'folio-form-group', '新材料产业链专班（测试）');
      await page.getByTestId('folio-form-total').fill('50000');
      await page.getByTestId('folio-form-funds').fill('5000');
      await page.getByTestId('form-submit').click();
      await page.getByTestId('folio-detail').waitFor();

      // A demand-side checklist item, struck off.
      await addOnTab(page, ['tab-demand', 'checklist-add-demand', 'checklist-item'], {
        'checklist-form-text': '员工宿舍配套',
        'checklist-form-owner': '经开区管委会',
      });
      await page.getByTestId('strike-off').first().click();
      await expect
        .poll(() => page.getByTestId('checklist-item').first().textContent())
        .toContain('本机用户');

      // A blocker, then solved at an on-site office.
      await addOnTab(page, ['tab-blockers', 'blocker-add', 'blocker-row'], {
        'blocker-form-problem': '用电增容手续未办结',
        'blocker-form-department': '国网天水供电公司',
      });
      expect(await dashboardNumber(page, 'stat-blockers')).toBe(String(Number(blockersBefore) + 1));

      await page.getByTestId('global-search').fill('lyss');
      await page.getByTestId('search-hit').filter({ hasText: FOLIO }).first().click();
      await page.getByTestId('folio-detail').waitFor();
      await page.getByTestId('tab-blockers').click();
      await page.getByTestId('blocker-solve').first().click();
      await page
        .getByTestId('blocker-form-resolution')
        .fill('市长现场办公，当场协调供电公司办理增容。');
      await page.getByTestId('blocker-solve-onsite').check();
      await page.getByTestId('form-submit').click();
      await expect
        .poll(() => page.getByTestId('blocker-row').first().textContent())
        .toContain('已解决');
      await page.getByTestId('tab-history').click();
      await page.getByTestId('history-row').first().waitFor();
      await screenshot(page, 'folio-history');

      expect(await dashboardNumber(page, 'stat-folios')).toBe(String(Number(foliosBefore) + 1));
      expect(await dashboardNumber(page, 'stat-blockers')).toBe(blockersBefore);
      await screenshot(page, 'dashboard');

      // Delete, find it in the recycle bin, restore it.
      await page.getByTestId('global-search').fill('lyss');
      await page.getByTestId('search-hit').filter({ hasText: FOLIO }).first().click();
      await page.getByTestId('folio-delete').click();
      await page.getByTestId('confirm-ok').click();
      expect(await dashboardNumber(page, 'stat-folios')).toBe(foliosBefore);
      await page.getByTestId('open-trash').click();
      await page.getByTestId('trash-table').filter({ hasText: FOLIO }).waitFor();
      await page.getByTestId('trash-restore').first().click();
      await page.getByTestId('confirm-ok').click();
      expect(await dashboardNumber(page, 'stat-folios')).toBe(String(Number(foliosBefore) + 1));

      await page.getByTestId('global-search').fill('lyss');
      await page.getByTestId('search-hit').filter({ hasText: FOLIO }).first().click();
      await expect.poll(() => page.getByTestId('folio-detail').textContent()).toContain(FOLIO);
      await screenshot(page, 'folio-restored');
    });
  });
});
