// Checks the 考察 list: kinds, dates, sizes, clashes; creating, refusals, deleting into the bin.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../renderer/src/api/contract-types';
import { TripsPage } from '../../../renderer/src/pages/trips/TripsPage';
import { fakeApi, refusedField } from '../helpers/fake-api';
import { calledWith, fieldItem, fill, submit } from '../helpers/form';
import { renderPage } from '../helpers/render';
import { rowOf } from '../helpers/rows';
import { pickOption } from '../pages/folios/detail/support';
import { chamberTrip, summaryOf } from './support';

const chamber = chamberTrip();
const xiamen = chamberTrip({
  id: 'trip-0002',
  rev: 2,
  kind: 'outbound',
  title: '市长带队赴厦门拜访弘信电子集团',
  startDate: '2024-04-16',
  endDate: '2024-04-17',
  days: [],
});

function listApi(methods: Partial<DossierApi> = {}) {
  return fakeApi({
    'trips.list': vi.fn(() => Promise.resolve([summaryOf(xiamen), summaryOf(chamber, 2)])),
    ...methods,
  });
}

describe('考察 list', () => {
  it('shows each trip with its kind, dates, schedule size and clash warnings', async () => {
    renderPage(<TripsPage />, { api: listApi() });

    await screen.findByText(chamber.title);
    const chamberRow = rowOf(chamber.title);
    expect(within(chamberRow).getByText('来访考察')).toBeTruthy();
    expect(within(chamberRow).getByText('2024-03-29 至 2024-03-31')).toBeTruthy();
    expect(within(chamberRow).getByText('4 项')).toBeTruthy();
    expect(within(chamberRow).getByTestId('trip-clashes-trip-0001').textContent).toContain(
      '2 处冲突',
    );

    const xiamenRow = rowOf(xiamen.title);
    expect(within(xiamenRow).getByText('外出招商')).toBeTruthy();
    expect(within(xiamenRow).getByText('0 项')).toBeTruthy();
    expect(within(xiamenRow).queryByTestId('trip-clashes-trip-0002')).toBeNull();
  });

  it('creating a trip sends its kind, title, dates and purpose, then opens it', async () => {
    const create = vi.fn<DossierApi['trips.create']>(({ kind, title, startDate, endDate }) =>
      Promise.resolve(chamberTrip({ id: 'trip-0009', kind, title, startDate, endDate })),
    );
    renderPage(<TripsPage />, { api: listApi({ 'trips.create': create }) });

    fireEvent.click(await screen.findByTestId('trip-create'));
    await pickOption('trip-form-kind', '外出招商');
    await fill({
      'trip-form-title': ' 赴成都拜访通威集团 ',
      'trip-form-start': '2024-05-08',
      'trip-form-end': '2024-05-09',
      'trip-form-purpose': '对接光伏组件项目',
    });
    submit();

    await calledWith(create, {
      kind: 'outbound',
      title: '赴成都拜访通威集团',
      startDate: '2024-05-08',
      endDate: '2024-05-09',
      purpose: '对接光伏组件项目',
    });
    await waitFor(() => expect(window.location.hash).toBe('#/trips/trip-0009'));
  });

  it('shows the server’s refusal next to the field it names', async () => {
    const create = vi.fn<DossierApi['trips.create']>(
      refusedField('endDate', '结束日期不能早于开始日期'),
    );
    renderPage(<TripsPage />, { api: listApi({ 'trips.create': create }) });

    fireEvent.click(await screen.findByTestId('trip-create'));
    await fill({
      'trip-form-title': '赴成都招商',
      'trip-form-start': '2024-05-09',
      'trip-form-end': '2024-05-08',
    });
    submit();

    expect(
      await within(fieldItem('trip-form-end')).findByText('结束日期不能早于开始日期'),
    ).toBeTruthy();
    expect(window.location.hash).toBe('');
  });

  it('deletes a trip into the recycle bin after a confirmation naming it, with its rev', async () => {
    const remove = vi.fn<DossierApi['trips.delete']>(({ id }) => Promise.resolve({ id }));
    renderPage(<TripsPage />, { api: listApi({ 'trips.delete': remove }) });

    fireEvent.click(await screen.findByTestId('trip-delete-trip-0002'));
    expect(await screen.findAllByText(`删除考察“${xiamen.title}”？`)).not.toHaveLength(0);
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('confirm-ok'));

    await waitFor(() => expect(remove).toHaveBeenCalledWith({ id: 'trip-0002', rev: 2 }));
  });
});
