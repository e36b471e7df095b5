// End-to-end 台账: a monthly ledger with a merged header, one problem row fixed, applied and listed.
import { rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { monthlyLedger } from '../core/ledger/ledger-fixtures';
import { modalsClosed, screenshot } from './harness';
import { browserPerFile, openPage, pickOption, withShell } from './steps';

const browser = browserPerFile();

describe('an officer brings the monthly ledger in', () => {
  it('two-row merged header, one problem row fixed in the stage table, applied, folios listed', async () => {
    await withShell(async (shell, dataDir) => {
      const file = `${dataDir}-3月台账.xlsx`;
      try {
        const lead = '王建国';
        await writeFile(
          file,
          await monthlyLedger([
            [
              '秦州区氢能装备产业园',
              '新能源产业链专班',
              12.5,
              3000,
              '已签约',
              '2024.3.5',
              '签订投资协议',
              lead,
              '赵敏',
            ],
            [
              '麦积区预制菜加工基地',
              '现代农业产业链专班',
              '0.8亿元',
              0,
              '谈判中',
              null,
              '第三轮洽谈',
              lead,
              '赵敏',
            ],
          ]),
        );
        const page = await openPage(browser(), shell, { width: 1440, height: 1000 });
        await page.getByTestId('load-demo').click();
        await page.getByTestId('demo-tag').waitFor();
        await page.getByTestId('nav-folios').click();
        await page.getByTestId('ledger-import').click();
        await page.locator('.ant-modal input[type=file]').setInputFiles(file);
        await page.getByTestId('ledger-column-name').waitFor();
        await screenshot(page, 'ledger-mapping');
        await page.getByTestId('ledger-next').click();
        await page.getByTestId('ledger-problems').waitFor();
        expect(await page.getByTestId('ledger-problems').textContent()).toContain(
          '无法识别阶段“谈判中”',
        );
        await screenshot(page, 'ledger-preview-problem');
        // Fix the row: teach the stage table the office's word.
        await page.getByTestId('ledger-back').click();
        await page.getByTestId('ledger-stage-word-谈判中').click();
        await pickOption(page, '洽谈');
        await page.getByTestId('ledger-next').click();
        await expect
          .poll(() => page.getByTestId('ledger-counts').textContent())
          .toContain('有问题 0');
        await screenshot(page, 'ledger-preview');
        await page.getByTestId('ledger-apply').click();
        await modalsClosed(page);
        await page.getByTestId('folios-filter').fill('预制菜');
        await expect
          .poll(() => page.getByTestId('folios-table').textContent())
          .toContain('麦积区预制菜加工基地');
        await screenshot(page, 'ledger-applied');
      } finally {
        await rm(file, { force: true });
      }
    });
  });
});
