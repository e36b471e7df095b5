// Everything around a page: language, antd locale and theme, Chinese font stack, messages, the API.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { ApiProvider } from '../api/ApiContext';
import type { DossierApi } from '../api/contract-types';
import { I18nProvider, useI18n } from '../i18n/I18nContext';
import type { Lang } from '../i18n/translate';
import { FONT_STACK } from './font-stack';
import { useQuietClearButtons } from './quiet-clear-buttons';

/** People who asked their system for less motion get no zoom or fade animations. */
function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

function Themed({ staticStyles, children }: { staticStyles: boolean; children: ReactNode }) {
  const { lang } = useI18n();
  const [motion] = useState(() => !prefersReducedMotion());
  useQuietClearButtons(lang === 'en' ? 'Clear' : '清除');
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      theme={{ zeroRuntime: staticStyles, token: { fontFamily: FONT_STACK, motion } }}
    >
      {/* Toasts below the header, so they never cover the search box. */}
      <AntApp message={{ top: 72 }}>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Everything a page needs around it: language, antd locale and theme, message/modal, the API. */
export function AppProviders({
  api,
  lang,
  staticStyles = false,
  children,
}: {
  api: DossierApi;
  lang?: Lang;
  /**
   * antd's styles come from its static sheet (the app's entry imports antd/dist/antd.css): no
   * style generation at run time (zeroRuntime), only the theme's tokens as CSS variables.
   * Without it (component tests), antd makes its styles as it renders.
   */
  staticStyles?: boolean;
  children: ReactNode;
}) {
  return (
    <I18nProvider initialLang={lang}>
      <Themed staticStyles={staticStyles}>
        <ApiProvider api={api}>{children}</ApiProvider>
      </Themed>
    </I18nProvider>
  );
}
