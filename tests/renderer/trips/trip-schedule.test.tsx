// Checks the 日程 tab: days and items in order, moving items, clash warnings, adding, refusals.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, TripClash } from '../../../renderer/src/api/contract-types';
import { apiError } from '../helpers/fake-api';
import { calledWith, fieldItem, fill, submit } from '../helpers/form';
import { chamberTrip, detailOf, itemIdsOn, openTripTab, renderTrip } from './support';

const trip = chamberTrip();

/** What the tab asks `trips.moveItem` for: the item, where it goes, and the trip's id and rev. */
const moved = (itemId: string, toDate: string, toIndex: number) => ({
  id: 'trip-0001',
  rev: 3,
  itemId,
  toDate,
  toIndex,
});

async function openSchedule(methods: Partial<DossierApi> = {}, clashes: TripClash[] = []) {
  const rendered = await renderTrip(detailOf(trip, clashes), methods);
  openTripTab('schedule');
  await screen.findByTestId('trip-schedule');
  return rendered;
}

describe('日程 tab', () => {
  it('shows every day of the trip with its items in their order', async () => {
    await openSchedule();

    expect(screen.getByText('2024-03-29（第 1 天）')).toBeTruthy();
    expect(screen.getByText('2024-03-30（第 2 天）')).toBeTruthy();
    expect(screen.getByText('2024-03-31（第 3 天）')).toBeTruthy();
    expect(itemIdsOn('2024-03-29')).toEqual(['item-0001', 'item-0002', 'item-0003']);
    expect(itemIdsOn('2024-03-30')).toEqual([]);
    expect(
      within(screen.getByTestId('schedule-day-2024-03-30')).getByText('这一天还没有日程。'),
    ).toBeTruthy();
    expect(itemIdsOn('2024-03-31')).toEqual(['item-0004']);
    const visit = screen.getByTestId('schedule-item-item-0002');
    expect(within(visit).getByText('10:00—11:00')).toBeTruthy();
    expect(within(visit).getByText('实地考察')).toBeTruthy();
    expect(within(visit).getByText('清水县工业园区')).toBeTruthy();
  });

  it('moving an item up asks trips.moveItem for the place above, in the same day', async () => {
    const moveItem = vi.fn<DossierApi['trips.moveItem']>(() =>
      Promise.resolve(chamberTrip({ rev: 4 })),
    );
    await openSchedule({ 'trips.moveItem': moveItem });

    fireEvent.click(screen.getByTestId('item-up-item-0003'));

    await calledWith(moveItem, moved('item-0003', '2024-03-29', 1));
    expect((screen.getByTestId('item-up-item-0001') as HTMLButtonElement).disabled).toBe(true);
  });

  it('moving an item to another day puts it after that day’s items', async () => {
    const moveItem = vi.fn<DossierApi['trips.moveItem']>(() =>
      Promise.resolve(chamberTrip({ rev: 4 })),
    );
    await openSchedule({ 'trips.moveItem': moveItem });

    fireEvent.click(screen.getByTestId('item-move-item-0002'));
    fireEvent.click(
      await screen.findByText('2024-03-31（第 3 天）', { selector: '.ant-dropdown *' }),
    );

    await calledWith(moveItem, moved('item-0002', '2024-03-31', 1));
  });

  it('shows clashes as warnings above the days and marks the rows concerned', async () => {
    const clash: TripClash = {
      kind: 'overlap',
      message:
        '时间重叠：2024-03-29 08:30—10:00（乘车赴清水县）与2024-03-29 09:30—11:00（清水县工业园区）',
      items: [
        { date: '2024-03-29', itemId: 'item-0001' },
        { date: '2024-03-29', itemId: 'item-0002' },
      ],
    };
    await openSchedule({}, [clash]);

    const alert = screen.getByTestId('trip-clashes');
    expect(alert.className).toContain('ant-alert-warning');
    expect(within(alert).getByText(clash.message)).toBeTruthy();
    expect(screen.getByTestId('clash-icon-item-0001')).toBeTruthy();
    expect(screen.getByTestId('clash-icon-item-0002')).toBeTruthy();
    expect(screen.queryByTestId('clash-icon-item-0003')).toBeNull();
  });

  it('adding an item sends the day’s items with the new one last, with the rev', async () => {
    const update = vi.fn<DossierApi['trips.update']>(() =>
      Promise.resolve(chamberTrip({ rev: 4 })),
    );
    await openSchedule({ 'trips.update': update, 'folios.list': vi.fn(() => Promise.resolve([])) });

    fireEvent.click(screen.getByTestId('item-add-2024-03-29'));
    await fill({
      'item-form-start': '14:30',
      'item-form-end': '16:00',
      'item-form-title': '座谈会',
      'item-form-place': '清水县政府',
    });
    submit();

    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    const sent = update.mock.calls[0]?.[0];
    expect(sent).toMatchObject({ id: 'trip-0001', rev: 3 });
    const day = sent?.days?.find((d) => d.date === '2024-03-29');
    expect(day?.items.map((i) => i.id)).toEqual(['item-0001', 'item-0002', 'item-0003', undefined]);
    expect(day?.items[3]).toMatchObject({
      start: '14:30',
      end: '16:00',
      kind: 'site',
      title: '座谈会',
      place: '清水县政府',
    });
  });

  it('an item the server refuses shows the reason next to the field', async () => {
    const update = vi.fn<DossierApi['trips.update']>(() =>
      Promise.reject(
        apiError({
          kind: 'validation',
          message: '输入有误',
          fields: [
            {
              path: 'days.0.items.1.end',
              message: '2024-03-29 10:00 的活动结束时间不能早于开始时间',
            },
          ],
        }),
      ),
    );
    await openSchedule({ 'trips.update': update, 'folios.list': vi.fn(() => Promise.resolve([])) });

    fireEvent.click(screen.getByTestId('item-edit-item-0002'));
    await fill({ 'item-form-end': '09:00' });
    submit();

    expect(
      await within(fieldItem('item-form-end')).findByText(
        '2024-03-29 10:00 的活动结束时间不能早于开始时间',
      ),
    ).toBeTruthy();
    expect(screen.getByTestId('item-form')).toBeTruthy();
  });
});
