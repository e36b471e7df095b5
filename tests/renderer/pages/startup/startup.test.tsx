// Checks the start-up screens: problem with backups to restore, welcome with the demo, failed status.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type {
  DossierApi,
  ProblemStatus,
  WorkspaceStatus,
} from '../../../../renderer/src/api/contract-types';
import { AppProviders } from '../../../../renderer/src/app/AppProviders';
import { Startup } from '../../../../renderer/src/app/Startup';
import { apiError, fakeApi } from '../../helpers/fake-api';
import { backup, readyStatus } from '../../helpers/fixtures';

function renderApp(api: DossierApi) {
  return render(
    <AppProviders api={api} lang="zh-CN">
      <Startup />
    </AppProviders>,
  );
}

const problem: ProblemStatus = {
  state: 'problem',
  dataDir: '/home/user/招商卷宗',
  problem: {
    kind: 'corrupt',
    file: 'groups/group-0001.json',
    message: '数据文件已损坏（内容不是完整的 JSON），无法打开。',
    backups: [
      backup('backup-new', { createdAt: '2025-03-02T10:15:00.000+08:00', reason: 'import' }),
      backup('backup-old', {
        reason: '每日备份',
        counts: {
          groups: 10,
          folios: 150,
          enterprises: 35,
          people: 28,
          trash: 0,
          trips: 0,
          generations: 0,
        },
      }),
      backup('backup-bad', { valid: false, reason: '损坏的备份' }),
    ],
  },
};

describe('start-up screens', () => {
  it('a problem lists the valid backups and restores one only after confirming', async () => {
    const restored = readyStatus({}, { name: '天水市招商局（已恢复）' });
    const status = vi
      .fn<DossierApi['workspace.status']>()
      .mockResolvedValueOnce(problem)
      .mockResolvedValue(restored);
    const restore = vi.fn<DossierApi['workspace.restoreBackup']>(() => Promise.resolve(restored));
    renderApp(fakeApi({ 'workspace.status': status, 'workspace.restoreBackup': restore }));

    const page = await screen.findByTestId('problem-page');
    expect(
      within(page).getByText('数据文件已损坏（内容不是完整的 JSON），无法打开。'),
    ).toBeTruthy();
    expect(within(page).getByText('groups/group-0001.json')).toBeTruthy();
    expect(within(page).getByText(/不会被覆盖或删除/)).toBeTruthy();
    expect(within(page).getByText('导入前')).toBeTruthy();
    expect(within(page).getByText('每日备份')).toBeTruthy();
    expect(within(page).getByText('10 个专班 · 150 个项目 · 35 家客商 · 28 位人员')).toBeTruthy();
    expect(within(page).queryByText('损坏的备份')).toBeNull();

    const buttons = within(page).getAllByRole('button', { name: '恢复此备份' });
    expect(buttons).toHaveLength(2);
    fireEvent.click(screen.getByTestId('restore-backup-old'));

    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('恢复这份备份？');
    expect(restore).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByTestId('confirm-ok'));

    await waitFor(() => expect(restore).toHaveBeenCalledWith({ backupId: 'backup-old' }));
    expect(await screen.findByTestId('workspace-name')).toHaveProperty(
      'textContent',
      '天水市招商局（已恢复）',
    );
  });

  it('an empty workspace offers the demo; loading it opens the app with the 演示数据 tag', async () => {
    const demo = readyStatus({}, { name: '天水市招商引资（演示）', isDemo: true });
    const status = vi
      .fn<DossierApi['workspace.status']>()
      .mockResolvedValueOnce(
        readyStatus({ empty: true, counts: { groups: 0, folios: 0, enterprises: 0, people: 0 } }),
      )
      .mockResolvedValue(demo);
    const loadDemo = vi.fn<DossierApi['workspace.loadDemo']>(() => Promise.resolve(demo));
    renderApp(fakeApi({ 'workspace.status': status, 'workspace.loadDemo': loadDemo }));

    expect(await screen.findByTestId('start-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('load-demo'));

    expect(await screen.findByTestId('demo-tag')).toHaveProperty('textContent', '演示数据');
    expect(screen.getByTestId('workspace-name').textContent).toBe('天水市招商引资（演示）');
    expect(loadDemo).toHaveBeenCalledTimes(1);
    for (const key of [
      'dashboard',
      'groups',
      'folios',
      'enterprises',
      'trips',
      'documents',
      'settings',
    ]) {
      // The menu's items come a frame after the page.
      expect(await screen.findByTestId(`nav-${key}`)).toBeTruthy();
    }
  });

  it('a status call that fails (bad token) is explained, with a retry', async () => {
    const status = vi
      .fn<DossierApi['workspace.status']>()
      .mockRejectedValueOnce(apiError({ kind: 'unauthorized', message: '访问令牌无效或已失效。' }))
      .mockResolvedValue(readyStatus() satisfies WorkspaceStatus);
    renderApp(fakeApi({ 'workspace.status': status }));

    expect(await screen.findByText('访问令牌无效或已失效。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByTestId('workspace-name')).toBeTruthy();
  });
});
