// Checks the 专班 page: the list with totals, delete after confirmation with the rev, refusals.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../renderer/src/api/contract-types';
import { GroupsPage } from '../../../../renderer/src/pages/groups/GroupsPage';
import { fakeApi, nothingInTheWay, refused } from '../../helpers/fake-api';
import { groupSummary } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';
import { expectTexts, rowOf } from '../../helpers/rows';

const chainGroup = groupSummary('group-0001', '集成电路封测产业链专班', { rev: 4 });
const countyGroup = groupSummary('group-0002', '秦州区县区专班', {
  kind: 'county',
  chain: '',
  headName: '张华',
  folioCount: 0,
  totalInvestment: 0,
  fundsInPlace: 0,
});

/** The 专班 page with `list` and `remove`, its first group's 删除 clicked. */
async function startDelete(
  list: DossierApi['groups.list'],
  remove: DossierApi['groups.delete'],
): Promise<void> {
  renderPage(<GroupsPage />, {
    api: fakeApi({
      'groups.list': list,
      'groups.delete': remove,
      'groups.deleteCheck': nothingInTheWay,
    }),
  });
  fireEvent.click(await screen.findByTestId('group-delete-group-0001'));
}

describe('专班 page', () => {
  it('lists the groups from the API with kind, head, folio count and 亿元 totals', async () => {
    const api = fakeApi({ 'groups.list': vi.fn(() => Promise.resolve([chainGroup, countyGroup])) });
    renderPage(<GroupsPage />, { api });

    const table = screen.getByTestId('groups-table');
    await within(table).findByText('集成电路封测产业链专班');
    const row = rowOf('集成电路封测产业链专班', 'groups-table');
    expectTexts(row, ['产业链专班', '李明', '199.98', '23.21']);
    expect(within(table).getByText('县区专班')).toBeTruthy();
  });

  it('asks for confirmation before calling groups.delete, then deletes with the rev', async () => {
    const list = vi
      .fn<DossierApi['groups.list']>()
      .mockResolvedValueOnce([chainGroup, countyGroup])
      .mockResolvedValue([countyGroup]);
    const remove = vi.fn<DossierApi['groups.delete']>(() => Promise.resolve({ id: chainGroup.id }));
    await startDelete(list, remove);

    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('删除专班“集成电路封测产业链专班”？');
    expect(dialog.textContent).toContain('该专班下有 2 个项目。');
    expect(remove).not.toHaveBeenCalled();

    fireEvent.click(await screen.findByTestId('confirm-ok'));

    await waitFor(() => expect(remove).toHaveBeenCalledWith({ id: 'group-0001', rev: 4 }));
    await waitFor(() => expect(screen.queryByText('集成电路封测产业链专班')).toBeNull());
  });

  it('cancelling the confirmation deletes nothing', async () => {
    const remove = vi.fn<DossierApi['groups.delete']>();
    const api = fakeApi({
      'groups.list': vi.fn(() => Promise.resolve([chainGroup])),
      'groups.delete': remove,
      'groups.deleteCheck': nothingInTheWay,
    });
    renderPage(<GroupsPage />, { api });

    fireEvent.click(await screen.findByTestId('group-delete-group-0001'));
    fireEvent.click(await screen.findByTestId('confirm-cancel'));

    await waitFor(() => expect(screen.queryByTestId('confirm-ok')).toBeNull());
    expect(remove).not.toHaveBeenCalled();
  });

  it('shows a refused delete (conflict) in the core’s words and reloads the list', async () => {
    const list = vi.fn<DossierApi['groups.list']>(() => Promise.resolve([chainGroup]));
    const remove = vi.fn<DossierApi['groups.delete']>(
      refused('专班已被修改（版本 5），请刷新后再试。'),
    );
    await startDelete(list, remove);
    fireEvent.click(await screen.findByTestId('confirm-ok'));

    expect(await screen.findByText('专班已被修改（版本 5），请刷新后再试。')).toBeTruthy();
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2));
  });
});
