// Checks the 设置 page: 关于, the operator, the chain list with its rules, links to bin and people.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, WorkspaceMeta } from '../../../../renderer/src/api/contract-types';
import { AppProviders } from '../../../../renderer/src/app/AppProviders';
import { SettingsPage } from '../../../../renderer/src/pages/settings/SettingsPage';
import { WorkspaceProvider } from '../../../../renderer/src/workspace/WorkspaceContext';
import { fakeApi, refusedField } from '../../helpers/fake-api';
import { meta, readyStatus } from '../../helpers/fixtures';

/** The settings page in a workspace whose status follows what the page sets, as the app's does. */
function renderSettings(api: DossierApi, metaOverrides: Partial<WorkspaceMeta> = {}) {
  const setStatus = vi.fn();
  const status = readyStatus({}, metaOverrides);
  // The backups card lists the backups on its own; these tests are about the other cards.
  const withBackups: DossierApi = { ...api, 'workspace.backups': () => Promise.resolve([]) };
  const view = render(
    <AppProviders api={withBackups} lang="zh-CN">
      <WorkspaceProvider value={{ status, setStatus, refresh: vi.fn(() => Promise.resolve()) }}>
        <SettingsPage />
      </WorkspaceProvider>
    </AppProviders>,
  );
  return { setStatus, view };
}

/** A busy 2-core machine renders this long page slowly: wait as long as the test may run. */
const SLOW = { timeout: 30_000 };

function chainInputs(): HTMLInputElement[] {
  return within(screen.getByTestId('settings-chains')).getAllByPlaceholderText<HTMLInputElement>(
    '如：集成电路封测',
  );
}

describe('设置 page', () => {
  it('关于 shows the version, the data folder and the log file to send to support', async () => {
    const about = vi.fn<DossierApi['app.about']>(() =>
      Promise.resolve({
        version: '0.1.0',
        shell: 'web',
        runtime: 'Node 20.20.2',
        dataDir: '/home/wang/.dossier-desk/web-data',
        logFile: '/home/wang/.dossier-desk/logs/dossier.log',
      }),
    );
    renderSettings(fakeApi({ 'app.about': about }));

    const card = within(screen.getByTestId('settings-about'));
    expect(await card.findByText('0.1.0')).toBeTruthy();
    expect(card.getByText('/home/wang/.dossier-desk/web-data')).toBeTruthy();
    expect(card.getByTestId('about-log').textContent).toBe(
      '/home/wang/.dossier-desk/logs/dossier.log',
    );
    expect(card.getByText(/日志文件发给技术支持/)).toBeTruthy();
  });

  it('saves the operator through workspace.update and explains where the name goes', async () => {
    const saved = meta({ operator: '王芳' });
    const update = vi.fn<DossierApi['workspace.update']>(() => Promise.resolve(saved));
    const { setStatus } = renderSettings(fakeApi({ 'workspace.update': update }));

    expect(screen.getByText(/变更记录/).textContent).toContain('销号');
    fireEvent.change(screen.getByTestId('settings-operator'), { target: { value: ' 王芳 ' } });
    fireEvent.click(screen.getByTestId('settings-operator-save'));

    await waitFor(() => expect(update).toHaveBeenCalledWith({ operator: '王芳' }));
    await waitFor(() =>
      expect(setStatus).toHaveBeenCalledWith(expect.objectContaining({ meta: saved })),
    );
    expect(await screen.findByText('已保存当前操作人', {}, SLOW)).toBeTruthy();
  });

  it('an unchanged operator sends nothing', async () => {
    const update = vi.fn<DossierApi['workspace.update']>();
    renderSettings(fakeApi({ 'workspace.update': update }), { operator: '王芳' });

    fireEvent.click(screen.getByTestId('settings-operator-save'));

    expect(await screen.findByText('没有改动', {}, SLOW)).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
  });

  it('a refused operator shows the core’s message on the field', async () => {
    const update = vi.fn<DossierApi['workspace.update']>(
      refusedField('operator', '操作人姓名不能超过 40 个字'),
    );
    const { setStatus } = renderSettings(fakeApi({ 'workspace.update': update }));

    fireEvent.change(screen.getByTestId('settings-operator'), { target: { value: '某某' } });
    fireEvent.click(screen.getByTestId('settings-operator-save'));

    expect(await screen.findByText('操作人姓名不能超过 40 个字', {}, SLOW)).toBeTruthy();
    expect(setStatus).not.toHaveBeenCalled();
  });

  it('edits the chain list: rename, add and remove, sent as one list', async () => {
    const update = vi.fn<DossierApi['workspace.update']>(({ chains }) =>
      Promise.resolve(meta({ chains })),
    );
    renderSettings(fakeApi({ 'workspace.update': update }));
    expect(chainInputs().map((input) => input.value)).toEqual([
      '集成电路封测',
      '高端装备制造',
      '新能源',
    ]);

    fireEvent.change(chainInputs()[1] as HTMLInputElement, { target: { value: '高端装备' } });
    fireEvent.click(screen.getByTestId('settings-chain-remove-2'));
    fireEvent.click(screen.getByTestId('settings-chain-add'));
    await waitFor(() => expect(chainInputs()).toHaveLength(3));
    fireEvent.change(chainInputs()[2] as HTMLInputElement, { target: { value: ' 文化旅游 ' } });
    fireEvent.click(screen.getByTestId('settings-chains-save'));

    await waitFor(() =>
      expect(update).toHaveBeenCalledWith({ chains: ['集成电路封测', '高端装备', '文化旅游'] }),
    );
  });

  it('keeps at least one chain and refuses duplicates before sending', async () => {
    const update = vi.fn<DossierApi['workspace.update']>();
    renderSettings(fakeApi({ 'workspace.update': update }), { chains: ['新能源', '新材料'] });

    fireEvent.click(screen.getByTestId('settings-chain-remove-1'));
    await waitFor(() => expect(chainInputs()).toHaveLength(1));
    expect(screen.getByTestId('settings-chain-remove-0').hasAttribute('disabled')).toBe(true);

    fireEvent.click(screen.getByTestId('settings-chain-add'));
    await waitFor(() => expect(chainInputs()).toHaveLength(2));
    fireEvent.change(chainInputs()[1] as HTMLInputElement, { target: { value: '新能源' } });
    fireEvent.click(screen.getByTestId('settings-chains-save'));

    expect(await screen.findByText('产业链“新能源”重复了', {}, SLOW)).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
  });

  it('leads to the recycle bin and to the people list', () => {
    renderSettings(fakeApi({}));
    fireEvent.click(screen.getByTestId('settings-open-trash'));
    expect(window.location.hash).toBe('#/trash');
    fireEvent.click(screen.getByTestId('settings-open-people'));
    expect(window.location.hash).toBe('#/people');
  });
});
