// Test helper: renders a page as the app does: language, antd zh-CN, messages, API, open workspace.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { DossierApi, ReadyStatus } from '../../../renderer/src/api/contract-types';
import { AppProviders } from '../../../renderer/src/app/AppProviders';
import type { Lang } from '../../../renderer/src/i18n/translate';
import { WorkspaceProvider } from '../../../renderer/src/workspace/WorkspaceContext';
import { readyStatus } from './fixtures';

interface Options {
  api: DossierApi;
  status?: ReadyStatus;
  lang?: Lang;
}

/** Renders a page as the app does: language, antd (zh-CN), message/modal, API, open workspace. */
export function renderPage(
  ui: ReactNode,
  { api, status = readyStatus(), lang = 'zh-CN' }: Options,
): RenderResult {
  const workspace = { status, setStatus: vi.fn(), refresh: vi.fn(() => Promise.resolve()) };
  return render(
    <AppProviders api={api} lang={lang}>
      <WorkspaceProvider value={workspace}>{ui}</WorkspaceProvider>
    </AppProviders>,
  );
}
