// End-to-end web shell: demo loaded, a folio created and kept after a restart, calls without token refused.
import { describe, expect, it } from 'vitest';
import { freshDataDir, screenshot, startWebShell } from './harness';
import { browserPerFile, choose, openPage, untilText, withShell } from './steps';

const browser = browserPerFile();

describe('web shell, as an officer uses it', () => {
  it('loads the demo, creates a folio, and still has it after a restart', async () => {
    const data = await freshDataDir();
    let shell = await startWebShell(data.dir);
    try {
      const page = await openPage(browser(), shell);
      await page.getByTestId('load-demo').click();
      await page.getByTestId('demo-tag').waitFor();
      expect(await page.getByTestId('workspace-name').textContent()).toContain('天水');
      expect(new URL(page.url()).searchParams.get('token')).toBeNull();

      await page.getByTestId('nav-folios').click();
      await page.getByTestId('folios-table').waitFor();
      await screenshot(page, 'folios-demo');

      await page.getByTestId('folio-create').click();
      const form = page.getByTestId('folio-form');
      await form.waitFor();
      await page.getByTestId('folio-form-name').fill('麻辣烫底料中央厨房项目（端到端测试）');
      await choose(page, 'folio-form-group', '新能源产业链');
      await page.getByTestId('folio-form-total').fill('32000');
      await page.getByTestId('folio-form-funds').fill('8000');
      await page.getByTestId('form-submit').click();
      await untilText(page, 'folio-detail', '麻辣烫底料中央厨房项目');
      await screenshot(page, 'folio-created');

      await shell.stop();
      shell = await startWebShell(data.dir);
      const again = await openPage(browser(), shell);
      await again.getByTestId('nav-folios').click();
      await untilText(again, 'folios-table', '麻辣烫底料中央厨房项目（端到端测试）');
      await screenshot(again, 'folios-after-restart');
    } finally {
      await shell.stop();
      await data.cleanup();
    }
  });

  it('refuses API calls without the launch token', async () => {
    await withShell(async (shell) => {
      const call = (headers: Record<string, string>) =>
        fetch(`${shell.origin}/api/workspace.status`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: '{}',
        });
      expect((await call({})).status).toBe(401);
      expect((await call({ 'x-dossier-token': 'wrong' })).status).toBe(401);
      const ok = await call({ 'x-dossier-token': shell.token });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ ok: true, result: { state: 'ready', empty: true } });
    });
  });
});
