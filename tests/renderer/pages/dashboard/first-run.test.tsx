// 从空白开始: the dashboard of an empty workspace asks the officer's name and unit, then a group, then a folio.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type {
  DossierApi,
  Group,
  ReadyStatus,
  WorkspaceStatus,
} from '../../../../renderer/src/api/contract-types';
import { AppProviders } from '../../../../renderer/src/app/AppProviders';
import { DashboardPage } from '../../../../renderer/src/pages/dashboard/DashboardPage';
import { WorkspaceProvider } from '../../../../renderer/src/workspace/WorkspaceContext';
import { fakeApi } from '../../helpers/fake-api';
import { folio, groupSummary, readyStatus } from '../../helpers/fixtures';
import { dashboardStats } from './stats-fixture';

const blank = readyStatus({
  counts: { groups: 0, folios: 0, enterprises: 0, people: 0 },
  empty: true,
});
const noFolios = dashboardStats({
  totals: { key: 'all', count: 0, totalInvestment: 0, fundsInPlace: 0 },
  overdueItems: [],
  openBlockers: [],
  staleFolios: [],
});

/** The app's workspace as Startup holds it: setStatus and refresh change what the page sees. */
function Desk({
  api,
  start,
  after,
}: {
  api: DossierApi;
  start: ReadyStatus;
  after: () => ReadyStatus;
}) {
  const [status, setStatus] = useState<ReadyStatus>(start);
  const workspace = {
    status,
    setStatus: (next: WorkspaceStatus) => {
      if (next.state === 'ready') setStatus(next);
    },
    refresh: () => {
      setStatus(after());
      return Promise.resolve();
    },
  };
  return (
    <AppProviders api={api} lang="zh-CN">
      <WorkspaceProvider value={workspace}>
        <DashboardPage />
      </WorkspaceProvider>
    </AppProviders>
  );
}

describe('first run on a blank workspace', () => {
  it('asks the name and unit first, then offers a group, then a folio', async () => {
    let groups = 0;
    const update = vi.fn<DossierApi['workspace.update']>((patch) =>
      Promise.resolve({ ...blank.meta, ...patch }),
    );
    const group = groupSummary('group-0001', '数字经济产业链招商专班');
    const createGroup = vi.fn<DossierApi['groups.create']>(() => {
      groups = 1;
      return Promise.resolve(group as Group);
    });
    const api = fakeApi({
      'dashboard.stats': vi.fn(() => Promise.resolve(noFolios)),
      'workspace.update': update,
      'groups.create': createGroup,
      'groups.list': vi.fn(() => Promise.resolve(groups ? [group] : [])),
      'enterprises.list': vi.fn(() => Promise.resolve([])),
      'people.list': vi.fn(() => Promise.resolve([])),
      'folios.create': vi.fn((input) => Promise.resolve(folio('folio-0001', input.name))),
    });
    let status = blank;
    render(
      <Desk
        api={api}
        start={blank}
        after={() => (status = { ...status, counts: { ...status.counts, groups } })}
      />,
    );

    // Step 1: nothing else is offered before the officer is named.
    const name = await screen.findByTestId('first-run-name');
    expect(screen.queryByTestId('first-run-group')).toBeNull();
    fireEvent.click(screen.getByTestId('first-run-who-save'));
    expect(await screen.findByText('请填写您的姓名')).toBeTruthy();
    expect(update).not.toHaveBeenCalled();

    fireEvent.change(name, { target: { value: ' 王磊 ' } });
    fireEvent.change(screen.getByTestId('first-run-unit'), { target: { value: '天水市招商局' } });
    fireEvent.click(screen.getByTestId('first-run-who-save'));
    await waitFor(() =>
      expect(update).toHaveBeenCalledWith({ operator: '王磊', issuerUnit: '天水市招商局' }),
    );
    status = { ...blank, meta: { ...blank.meta, operator: '王磊', issuerUnit: '天水市招商局' } };

    // Step 2: a group, made from the dashboard.
    expect((await screen.findByTestId('first-run-who-done')).textContent).toBe(
      '王磊（天水市招商局）',
    );
    expect(screen.queryByTestId('first-run-folio')).toBeNull();
    fireEvent.click(screen.getByTestId('first-run-group'));
    fireEvent.change(await screen.findByTestId('group-form-name'), {
      target: { value: '数字经济产业链招商专班' },
    });
    fireEvent.click(screen.getByTestId('form-submit'));
    await waitFor(() => expect(createGroup).toHaveBeenCalled());

    // Step 3: the folio form opens from the dashboard.
    fireEvent.click(await screen.findByTestId('first-run-folio'));
    expect(await screen.findByTestId('folio-form')).toBeTruthy();
  });

  it('a workspace with folios but no operator (the demo) asks the name once, then stops asking', async () => {
    const update = vi.fn<DossierApi['workspace.update']>((patch) =>
      Promise.resolve({ ...readyStatus().meta, ...patch }),
    );
    const api = fakeApi({
      'dashboard.stats': vi.fn(() => Promise.resolve(dashboardStats())),
      'workspace.update': update,
    });
    const demo = readyStatus({}, { isDemo: true });
    render(<Desk api={api} start={demo} after={() => demo} />);
    const ask = await screen.findByTestId('ask-who');
    fireEvent.change(screen.getByTestId('first-run-name'), { target: { value: '杨静' } });
    fireEvent.click(screen.getByTestId('first-run-who-save'));
    await waitFor(() => expect(update).toHaveBeenCalledWith({ operator: '杨静' }));
    await waitFor(() => expect(ask.isConnected).toBe(false));
    expect(screen.queryByTestId('first-run')).toBeNull();
  });

  it('the name card never takes the keyboard from a box the officer is typing in', async () => {
    const api = fakeApi({ 'dashboard.stats': vi.fn(() => Promise.resolve(dashboardStats())) });
    const demo = readyStatus({}, { isDemo: true });
    // The search box has the keyboard when the card appears (after the demo loads): it keeps it.
    const search = document.createElement('input');
    document.body.append(search);
    search.focus();
    render(<Desk api={api} start={demo} after={() => demo} />);
    await screen.findByTestId('first-run-name');
    expect(document.activeElement).toBe(search);
    search.remove();
  });
});
