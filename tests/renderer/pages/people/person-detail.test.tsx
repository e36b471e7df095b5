// Checks a person's page: the folios they lead and steward, their trips, open items, links, a search hit.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PersonDetail } from '../../../../renderer/src/api/contract-types';
import { openHit } from '../../../../renderer/src/components/search/hit-route';
import { PageForRoute } from '../../../../renderer/src/app/PageForRoute';
import { parseHash } from '../../../../renderer/src/router/hash-router';
import { fakeApi, nothingInTheWay } from '../../helpers/fake-api';
import { folioSummary, person } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';

const detail: PersonDetail = {
  person: { ...person('person-0001', '何晓东', '副市长'), unit: '天水市人民政府' },
  leads: [folioSummary('folio-0001', '华天科技封测扩能项目', { leaderName: '何晓东' })],
  stewards: [
    folioSummary('folio-0002', '风电装备制造基地', { stewardName: '何晓东' }),
    folioSummary('folio-0003', '温泉旅游度假区', { stewardName: '何晓东' }),
  ],
  trips: [
    {
      id: 'trip-00001',
      rev: 1,
      title: '赴重庆招商考察',
      kind: 'outbound',
      startDate: '2026-12-08',
      endDate: '2026-12-10',
      itemCount: 4,
      clashCount: 0,
      updatedAt: '2026-11-20T08:00:00.000+08:00',
    },
  ],
  overdueItems: [
    {
      folioId: 'folio-0001',
      folioName: '华天科技封测扩能项目',
      list: 'demand',
      itemId: 'item-00001',
      text: '专线电力接入',
      owner: '国网天水供电公司',
      due: '2026-11-10',
    },
  ],
  openBlockers: [
    {
      folioId: 'folio-0002',
      folioName: '风电装备制造基地',
      blockerId: 'blk-000001',
      problem: '并网接入方案待批复',
      department: '市发改委',
      status: 'open',
      raisedOn: '2026-10-01',
    },
  ],
};

describe('a person’s page', () => {
  it('shows the folios they lead and steward, their trips and open items, each a link', async () => {
    const get = vi.fn(() => Promise.resolve(detail));
    renderPage(<PageForRoute route={parseHash('#/people/person-0001')} />, {
      api: fakeApi({ 'people.get': get }),
    });
    const page = await screen.findByTestId('person-detail');
    expect(get).toHaveBeenCalledWith({ id: 'person-0001' });
    expect(page.querySelector('.ant-card-head-title')?.textContent).toBe('何晓东');
    expect(within(page).getByText('天水市人民政府')).toBeTruthy();

    expect(within(page).getByText('包抓的项目（1）')).toBeTruthy();
    const leads = screen.getByTestId('person-leads-table');
    expect(within(leads).getByText('华天科技封测扩能项目')).toBeTruthy();
    expect(within(page).getByText('管家的项目（2）')).toBeTruthy();
    expect(
      within(screen.getByTestId('person-stewards-table')).getByText('温泉旅游度假区'),
    ).toBeTruthy();
    const inList = within(page).getAllByText('在项目列表中查看');
    expect(inList.map((a) => a.getAttribute('href'))).toEqual([
      '#/folios?leader=person-0001',
      '#/folios?steward=person-0001',
    ]);

    const trips = screen.getByTestId('person-trips-table');
    expect(within(trips).getByText('赴重庆招商考察').getAttribute('href')).toBe(
      '#/trips/trip-00001',
    );
    expect(within(trips).getByText('2026-12-08 — 2026-12-10')).toBeTruthy();

    expect(within(page).getByText('待办事项（2）')).toBeTruthy();
    const overdue = screen.getByTestId('person-overdue-items');
    expect(within(overdue).getByText('专线电力接入')).toBeTruthy();
    expect(within(overdue).getByText('2026-11-10').closest('.ant-typography-danger')).toBeTruthy();
    const blockers = screen.getByTestId('person-open-blockers');
    expect(within(blockers).getByText('风电装备制造基地').getAttribute('href')).toBe(
      '#/folios/folio-0002',
    );
  });

  it('with nothing to show it says so; delete checks first and goes back to the list', async () => {
    const empty: PersonDetail = {
      ...detail,
      leads: [],
      stewards: [],
      trips: [],
      overdueItems: [],
      openBlockers: [],
    };
    const remove = vi.fn(() => Promise.resolve({ id: 'person-0001' }));
    window.location.hash = '#/people/person-0001';
    renderPage(<PageForRoute route={parseHash('#/people/person-0001')} />, {
      api: fakeApi({
        'people.get': vi.fn(() => Promise.resolve(empty)),
        'people.deleteCheck': nothingInTheWay,
        'people.delete': remove,
      }),
    });
    const page = await screen.findByTestId('person-detail');
    expect(within(page).getByText('没有逾期事项或未解决的堵点')).toBeTruthy();
    expect(within(page).getByText('暂无考察')).toBeTruthy();
    expect(within(page).queryByText('在项目列表中查看')).toBeNull();

    fireEvent.click(screen.getByTestId('person-delete'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(remove).toHaveBeenCalledWith({ id: 'person-0001', rev: 1 }));
    await waitFor(() => expect(window.location.hash).toBe('#/people'));
  });

  it('a search hit for a person opens their page', () => {
    openHit({ kind: 'person', id: 'person-0001' });
    expect(parseHash(window.location.hash)).toEqual({
      section: 'enterprises',
      page: 'people',
      id: 'person-0001',
    });
  });
});
