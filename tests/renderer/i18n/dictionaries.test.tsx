// Checks the dictionaries: same keys and placeholders in zh-CN and en, Chinese first, choice remembered.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { LANG_STORAGE_KEY, loadLang, translate } from '../../../renderer/src/i18n/translate';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';
import { SettingsPage } from '../../../renderer/src/pages/settings/SettingsPage';
import { fakeApi } from '../helpers/fake-api';
import { renderPage } from '../helpers/render';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('no message is empty, and both languages use the same placeholders', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(zhCN[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('zh-CN', 'folios.deleteConfirmTitle', { name: '华天科技封测项目' })).toBe(
      '删除项目“华天科技封测项目”？',
    );
  });

  it('starts in Chinese, and a language chosen in 设置 is remembered', async () => {
    expect(loadLang()).toBe('zh-CN');
    renderPage(<SettingsPage />, { api: fakeApi({}), lang: loadLang() });
    expect(screen.getByText('界面语言')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('English'));

    // The English dictionary is its own chunk: the page turns English once it is loaded.
    expect(await screen.findByText('Language')).toBeTruthy();
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(loadLang()).toBe('en');
  });
});
