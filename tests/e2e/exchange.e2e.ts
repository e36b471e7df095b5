// End-to-end 卷宗交换: A exports a group with a password, B imports and edits, A resolves the conflict.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshDataDir, modalsClosed, screenshot, startWebShell } from './harness';
import { api, browserPerFile, openPage } from './steps';

const browser = browserPerFile();
const TALL = { width: 1440, height: 1000 };

/** 导出卷宗 on the first group's page, with a password or none; the downloaded file's path. */
async function exportFirstGroup(page: Page, file: string, password: string): Promise<string> {
  await page.getByTestId('nav-groups').click();
  await page.getByTestId('groups-table').locator('tbody tr.ant-table-row a').first().click();
  await page.getByTestId('export-bundle').click();
  if (password) {
    await page.getByTestId('export-password').fill(password);
    await page.getByTestId('export-password-again').fill(password);
  }
  const download = page.waitForEvent('download');
  await page.getByTestId('export-submit').click();
  await (await download).saveAs(file);
  await modalsClosed(page);
  return file;
}

async function importBundle(page: Page, file: string, password: string): Promise<void> {
  await page.getByTestId('import-bundle-file').setInputFiles(file);
  if (password) {
    await page.getByTestId('import-password').fill(password);
    await page.getByTestId('import-password-ok').click();
  }
  await page.getByTestId('exchange-page').waitFor();
}

interface FolioRow {
  id: string;
  rev: number;
  name: string;
  groupId: string;
}

describe('卷宗交换 between two officers', () => {
  it('A exports a group with a password; B imports it, both edit; B exports back; A resolves the conflict', async () => {
    const a = await freshDataDir();
    const b = await freshDataDir();
    const shellA = await startWebShell(a.dir, ['--demo']);
    const shellB = await startWebShell(b.dir);
    try {
      const pageA = await openPage(browser(), shellA, TALL);
      await pageA.getByTestId('demo-tag').waitFor();
      const sent = await exportFirstGroup(pageA, `${a.dir}-专班.dossier`, 'tianshui2024');

      const pageB = await openPage(browser(), shellB, TALL);
      await pageB.getByTestId('start-empty').click();
      await importBundle(pageB, sent, 'tianshui2024');
      await expect
        .poll(() => pageB.getByTestId('exchange-count-added').textContent())
        .not.toMatch(/新增\s*0$/);
      await screenshot(pageB, 'exchange-preview');
      await pageB.getByTestId('exchange-confirm').click();
      await pageB.getByTestId('exchange-result').waitFor();
      await screenshot(pageB, 'exchange-imported');

      // Both officers rename the same folio, each their own way.
      const [theirs] = await api<FolioRow[]>(shellB, 'folios.list', {});
      if (!theirs) throw new Error('B has the group’s folios');
      const [ours] = (await api<FolioRow[]>(shellA, 'folios.list', {})).filter(
        (f) => f.id === theirs.id,
      );
      if (!ours) throw new Error('A has the same folio');
      await api(shellA, 'folios.update', {
        id: ours.id,
        rev: ours.rev,
        name: `${ours.name}（甲改）`,
      });
      await api(shellB, 'folios.update', {
        id: theirs.id,
        rev: theirs.rev,
        name: `${theirs.name}（乙改）`,
      });

      const back = await exportFirstGroup(pageB, `${b.dir}-回传.dossier`, '');
      await pageA.getByTestId('nav-dashboard').click();
      await importBundle(pageA, back, '');
      await pageA.getByTestId('exchange-conflicts').waitFor();
      expect(await pageA.getByTestId('exchange-conflicts').textContent()).toContain('（乙改）');
      await screenshot(pageA, 'exchange-conflict');
      await pageA.getByTestId('exchange-all-theirs').click();
      await pageA.getByTestId('exchange-confirm').click();
      await pageA.getByTestId('exchange-result').waitFor();
      const after = await api<FolioRow[]>(shellA, 'folios.list', {});
      expect(after.find((f) => f.id === ours.id)?.name).toBe(`${theirs.name}（乙改）`);
      await screenshot(pageA, 'exchange-resolved');

      if (process.env.EXCHANGE_SHOTS) {
        await mkdir(process.env.EXCHANGE_SHOTS, { recursive: true });
        for (const name of ['exchange-preview', 'exchange-conflict', 'exchange-resolved']) {
          const from = join(import.meta.dirname, 'output', `${name}.png`);
          await copyFile(from, join(process.env.EXCHANGE_SHOTS, `${name}.png`));
        }
      }
    } finally {
      await shellA.stop();
      await shellB.stop();
      await a.cleanup();
      await b.cleanup();
    }
  });
});
