// Checks the 项目 list filters: read from and written to the address, back button, counts, query format.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FolioFilter } from '../../../../renderer/src/api/contract-types';
import {
  formatListQuery,
  parseListQuery,
} from '../../../../renderer/src/pages/folios/folio-filter';
import { FoliosPage } from '../../../../renderer/src/pages/folios/FoliosPage';
import { fakeApi } from '../../helpers/fake-api';
import { fakeFolioPage } from '../../helpers/fake-folio-page';
import { folioSummary, groupSummary, person } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';

const rows = [
  folioSummary('folio-0001', '华天科技封测扩能项目', { overdueItems: 3, openBlockers: 1 }),
  folioSummary('folio-0002', '风电装备制造基地', { stage: 'signed' }),
];

function renderList(hash: string) {
  window.location.hash = hash;
  const list = fakeFolioPage(rows, (filter: FolioFilter) =>
    filter.overdue ? rows.filter((r) => r.overdueItems > 0) : rows,
  );
  const api = fakeApi({
    'folios.page': list,
    'groups.list': vi.fn(() =>
      Promise.resolve([
        groupSummary('group-0001', '集成电路封测产业链专班'),
        groupSummary('group-0002', '秦州区招商引资工作专班'),
      ]),
    ),
    'people.list': vi.fn(() => Promise.resolve([person('person-0001', '王国先', '市长')])),
  });
  renderPage(<FoliosPage />, { api });
  return list;
}

const lastFilter = (list: ReturnType<typeof renderList>) => list.mock.calls.at(-1)?.[0].filter;

describe('项目 list filters', () => {
  it('reads the filters from the address, sends them to folios.list and shows them in the bar', async () => {
    const list = renderList(
      '#/folios?group=group-0002&chain=数字经济&stage=signed&stage=started&location=秦州&leader=person-0001&overdue=1&stale=1',
    );

    await waitFor(() => expect(list).toHaveBeenCalled());
    expect(lastFilter(list)).toEqual({
      groupId: 'group-0002',
      chain: '数字经济',
      stages: ['signed', 'started'],
      location: '秦州',
      leaderId: 'person-0001',
      overdue: true,
      stale: true,
    });
    const bar = screen.getByTestId('folios-filter-bar');
    expect(await within(bar).findByText('秦州区招商引资工作专班')).toBeTruthy();
    expect(await within(bar).findByText('王国先（市长）')).toBeTruthy();
    expect(within(bar).getByText('数字经济')).toBeTruthy();
    expect(within(bar).getByText('签约')).toBeTruthy();
    expect(within(bar).getByText('开工')).toBeTruthy();
    expect(within(bar).getByDisplayValue('秦州')).toBeTruthy();
    expect(within(bar).getByLabelText('逾期')).toHaveProperty('checked', true);
    expect(within(bar).getByLabelText('有未解决堵点')).toHaveProperty('checked', false);
    expect(within(bar).getByLabelText('超过14天未更新')).toHaveProperty('checked', true);
  });

  it('filters by 项目管家 from the address, shown in its own select', async () => {
    const list = renderList('#/folios?steward=person-0001');
    await waitFor(() => expect(lastFilter(list)).toEqual({ stewardId: 'person-0001' }));
    const steward = screen.getByTestId('folios-steward-filter');
    expect(await within(steward).findByText('王国先（市长）')).toBeTruthy();
    expect(
      within(screen.getByTestId('folios-leader-filter')).queryByText('王国先（市长）'),
    ).toBeNull();
    expect(formatListQuery(parseListQuery('steward=person-0001&leader=person-0002'))).toBe(
      'leader=person-0002&steward=person-0001',
    );
  });

  it('a change in the bar goes into the address and loads the list again; 清除筛选 drops all', async () => {
    const list = renderList('#/folios?stage=signed');
    const bar = screen.getByTestId('folios-filter-bar');
    await waitFor(() => expect(lastFilter(list)).toEqual({ stages: ['signed'] }));

    fireEvent.click(within(bar).getByLabelText('有未解决堵点'));
    await waitFor(() => expect(window.location.hash).toBe('#/folios?stage=signed&openBlockers=1'));
    await waitFor(() =>
      expect(lastFilter(list)).toEqual({ stages: ['signed'], openBlockers: true }),
    );

    const location = within(bar).getByPlaceholderText('县区/地点');
    fireEvent.change(location, { target: { value: ' 麦积区 ' } });
    fireEvent.keyDown(location, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() =>
      expect(lastFilter(list)).toEqual({
        stages: ['signed'],
        location: '麦积区',
        openBlockers: true,
      }),
    );

    fireEvent.click(within(bar).getByText('清除筛选'));
    await waitFor(() => expect(window.location.hash).toBe('#/folios'));
    await waitFor(() => expect(lastFilter(list)).toEqual({}));
  });

  it('the back button steps back through the filters', async () => {
    const list = renderList('#/folios');
    await waitFor(() => expect(lastFilter(list)).toEqual({}));

    fireEvent.click(within(screen.getByTestId('folios-filter-bar')).getByLabelText('逾期'));
    await waitFor(() => expect(lastFilter(list)).toEqual({ overdue: true }));

    act(() => window.history.back());
    await waitFor(() => expect(window.location.hash).toBe('#/folios'));
    await waitFor(() => expect(lastFilter(list)).toEqual({}));
    expect(within(screen.getByTestId('folios-filter-bar')).getByLabelText('逾期')).toHaveProperty(
      'checked',
      false,
    );
  });

  it('shows overdue and open-blocker counts per folio, overdue in red, and sorts by them', async () => {
    const list = renderList('#/folios');
    const table = screen.getByTestId('folios-table');
    await within(table).findByText('华天科技封测扩能项目');

    const order = () =>
      [...table.querySelectorAll('.ant-table-row')].map((row) => row.getAttribute('data-row-key'));
    const overdueCell = within(table).getByText('3');
    expect(overdueCell.closest('.ant-typography-danger')).toBeTruthy();
    // The header title (antd also renders it in a hidden measuring row).
    const header = (title: string) => within(table).getAllByText(title)[0] as HTMLElement;
    expect(header('逾期')).toBeTruthy();
    expect(header('堵点')).toBeTruthy();

    fireEvent.click(header('逾期'));
    await waitFor(() => expect(order()).toEqual(['folio-0002', 'folio-0001']));
    expect(list.mock.calls.at(-1)?.[0]).toMatchObject({ sort: 'overdueItems', order: 'ascend' });
    fireEvent.click(header('逾期'));
    await waitFor(() => expect(order()).toEqual(['folio-0001', 'folio-0002']));
    expect(list.mock.calls.at(-1)?.[0]).toMatchObject({ sort: 'overdueItems', order: 'descend' });
  });
});

describe('folio list address', () => {
  it('turns the query into a filter and back, in a fixed order', () => {
    const query =
      'chain=%E6%95%B0%E5%AD%97%E7%BB%8F%E6%B5%8E&stage=lead&stage=talks&openBlockers=1';
    const parsed = parseListQuery(query);
    expect(parsed).toEqual({
      filter: { chain: '数字经济', stages: ['lead', 'talks'], openBlockers: true },
      table: 'virtual',
    });
    expect(formatListQuery(parsed)).toBe(query);
    expect(parseListQuery('openBlockers=1&chain=数字经济&stage=lead&stage=talks')).toEqual(parsed);
  });

  it('drops unknown stages, empty values and flags that are not 1', () => {
    expect(parseListQuery('stage=bogus&overdue=yes&group=&location=%20%20&table=huge')).toEqual({
      filter: {},
      table: 'virtual',
    });
    expect(
      formatListQuery({ filter: { stages: [], overdue: false, chain: '' }, table: 'virtual' }),
    ).toBe('');
    expect(parseListQuery('table=paged').table).toBe('paged');
  });
});
