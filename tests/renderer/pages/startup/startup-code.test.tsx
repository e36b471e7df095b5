// Checks that the problem and welcome screens' code loads only when one of them is shown.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, WorkspaceStatus } from '../../../../renderer/src/api/contract-types';
import { AppProviders } from '../../../../renderer/src/app/AppProviders';
import { Startup } from '../../../../renderer/src/app/Startup';
import { fakeApi } from '../../helpers/fake-api';
import { readyStatus } from '../../helpers/fixtures';

/** The start-up screens whose module has been evaluated so far. */
const loaded = vi.hoisted(() => new Set<string>());
vi.mock('../../../../renderer/src/pages/startup/ProblemPage', async (original) => {
  loaded.add('problem');
  return original();
});
vi.mock('../../../../renderer/src/pages/startup/WelcomePage', async (original) => {
  loaded.add('welcome');
  return original();
});

function renderApp(status: WorkspaceStatus) {
  const api: DossierApi = fakeApi({ 'workspace.status': vi.fn().mockResolvedValue(status) });
  return render(
    <AppProviders api={api} lang="zh-CN">
      <Startup />
    </AppProviders>,
  );
}

describe('start-up screens loaded on demand', () => {
  it('a ready workspace opens the app without the problem or welcome screen code', async () => {
    renderApp(readyStatus());
    expect(await screen.findByTestId('workspace-name')).toBeTruthy();
    expect([...loaded]).toEqual([]);
  });

  it('an empty workspace loads the welcome screen, then shows it', async () => {
    renderApp({ ...readyStatus(), empty: true });
    expect(await screen.findByTestId('load-demo')).toBeTruthy();
    expect([...loaded]).toEqual(['welcome']);
  });
});
