// Checks that the English dictionary loads only when English is shown, and that switching waits for it.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, useI18n } from '../../../renderer/src/i18n/I18nContext';
import { LANG_STORAGE_KEY } from '../../../renderer/src/i18n/translate';

/** Whether the English dictionary's module has been evaluated. */
const english = vi.hoisted(() => ({ loaded: false }));
vi.mock('../../../renderer/src/i18n/en', async (original) => {
  english.loaded = true;
  return original();
});

function Probe() {
  const { t, lang, setLang } = useI18n();
  return (
    <div>
      <span data-testid="title">{t('settings.title')}</span>
      <span data-testid="lang">{lang}</span>
      <button onClick={() => setLang('en')}>en</button>
      <button onClick={() => setLang('zh-CN')}>zh</button>
    </div>
  );
}

describe('the English dictionary, on demand', () => {
  it('a start in Chinese does not load it; choosing English loads it, then shows English', async () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('title').textContent).toBe('设置');
    expect(english.loaded).toBe(false);

    fireEvent.click(screen.getByText('en'));
    expect(await screen.findByText('Settings')).toBeTruthy();
    expect(english.loaded).toBe(true);
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');

    fireEvent.click(screen.getByText('zh'));
    expect(screen.getByTestId('title').textContent).toBe('设置');
  });

  it('a start in English (the saved choice) shows nothing in Chinese: English once it is loaded', async () => {
    // Fresh modules: the dictionary the test above loaded is not at hand.
    vi.resetModules();
    const fresh = await import('../../../renderer/src/i18n/I18nContext');
    function FreshProbe() {
      const { t, lang } = fresh.useI18n();
      return (
        <span data-testid="title">
          {t('settings.title')} {lang}
        </span>
      );
    }
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    const { container } = render(
      <fresh.I18nProvider>
        <FreshProbe />
      </fresh.I18nProvider>,
    );
    expect(container.textContent).toBe('');
    expect((await screen.findByTestId('title')).textContent).toBe('Settings en');
  });
});
