// A blank start as a new officer makes it (name, group, a leader made inside a picker, a folio of 5亿), and Esc on a changed form.
import { describe, expect, it } from 'vitest';
import { modalsClosed, screenshot } from './harness';
import { browserPerFile, openPage, pickOption, withShell } from './steps';

const browser = browserPerFile();

const LAPTOP = { width: 1280, height: 720 };

describe('a blank workspace, as a new officer starts it', () => {
  it('asks the name, then a group, then a folio; a leader is made inside the picker; 5亿 is read as 50,000 万元', async () => {
    await withShell(async (shell) => {
      const page = await openPage(browser(), shell, LAPTOP);
      await page.getByTestId('start-empty').click();
      await page.getByTestId('first-run').waitFor();
      await screenshot(page, 'first-run-1-name');

      // Step 1: name and unit; the dialog-free form takes Enter.
      await page.getByTestId('first-run-name').fill('王磊');
      await page.getByTestId('first-run-unit').fill('天水市招商局');
      await page.getByTestId('first-run-unit').press('Enter');
      await page.getByTestId('first-run-who-done').waitFor();
      expect(await page.getByTestId('first-run-who-done').textContent()).toBe(
        '王磊（天水市招商局）',
      );

      // Step 2: a group; its dialog opens with the focus on the name.
      await page.getByTestId('first-run-group').click();
      const groupName = page.getByTestId('group-form-name');
      await groupName.waitFor();
      await expect
        .poll(() => groupName.evaluate((el) => el === el.ownerDocument.activeElement))
        .toBe(true);
      await groupName.fill('新能源产业链招商专班');
      await groupName.press('Enter');
      await modalsClosed(page);
      await page.getByTestId('first-run-folio').waitFor();
      await screenshot(page, 'first-run-2-folio-step');

      // Step 3: the folio, with its leader made from inside the picker.
      await page.getByTestId('first-run-folio').click();
      await page.getByTestId('folio-form-name').fill('储能电池生产基地项目');
      await page.getByTestId('folio-form-group').click();
      await pickOption(page, '新能源产业链招商专班');
      await page.getByTestId('folio-form-leader').click();
      await page.getByTestId('folio-form-leader').pressSequentially('陈立新');
      await page.getByTestId('folio-form-leader-create').click();
      const personName = page.getByTestId('person-form-name');
      await personName.waitFor();
      expect(await personName.inputValue()).toBe('陈立新');
      await page.getByTestId('person-form-title').fill('副市长');
      await screenshot(page, 'first-run-3-person-in-picker');
      await page.getByTestId('person-form-title').press('Control+s');
      await page.getByTestId('person-form').waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('folio-form').textContent()).toContain('陈立新');
      await page.getByTestId('folio-form-total').fill('5亿');
      await expect.poll(() => page.getByTestId('folio-form').textContent()).toContain('= 5 亿元');
      await screenshot(page, 'first-run-4-folio-form');
      await page.getByTestId('form-submit').last().click();
      await page.getByTestId('folio-detail').waitFor();
      const detail = page.getByTestId('folio-detail');
      await expect.poll(() => detail.textContent()).toContain('储能电池生产基地项目');
      expect(await detail.textContent()).toContain('陈立新');
      expect(await detail.textContent()).toContain('5.00 亿元（50,000 万元）');
      await screenshot(page, 'first-run-5-folio');
    });
  });

  it('Esc on a changed form asks before throwing the input away', async () => {
    await withShell(async (shell) => {
      const page = await openPage(browser(), shell, LAPTOP);
      await page.getByTestId('start-empty').click();
      await page.getByTestId('nav-groups').click();
      await page.getByTestId('group-create').click();
      const name = page.getByTestId('group-form-name');
      await name.fill('数字经济产业链招商专班');
      await page.keyboard.press('Escape');
      await page.getByTestId('discard-cancel').click();
      await page.getByTestId('discard-cancel').waitFor({ state: 'hidden' });
      expect(await name.inputValue()).toBe('数字经济产业链招商专班');
      await screenshot(page, 'esc-kept');
      await page.keyboard.press('Escape');
      await page.getByTestId('discard-ok').click();
      await modalsClosed(page);
      expect(await page.getByTestId('group-form').count()).toBe(0);
    });
  });
});
