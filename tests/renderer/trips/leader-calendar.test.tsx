// Checks 领导日程: a leader's engagements across trips with clashes marked, cut names on hover, the empty hint.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, LeaderCalendar } from '../../../renderer/src/api/contract-types';
import { LeaderCalendarPage } from '../../../renderer/src/pages/calendar/LeaderCalendarPage';
import { fakeApi } from '../helpers/fake-api';
import { renderPage } from '../helpers/render';

const clash = '陈立新同一时间有两处安排：考察“赴西安招商”…与考察“重庆客商来访”…';
const chen: LeaderCalendar = {
  key: 'person-chen',
  personId: 'person-chen',
  name: '陈立新',
  title: '副市长',
  clashCount: 1,
  days: [
    {
      date: '2026-12-10',
      entries: [
        {
          tripId: 'trip-xian',
          tripTitle: '赴西安招商',
          itemId: 'item-1',
          start: '09:30',
          end: '11:30',
          kind: 'meeting',
          title: '',
          place: '西安',
          clashes: [clash],
        },
        {
          tripId: 'trip-home',
          tripTitle: '重庆客商来访',
          itemId: 'item-2',
          start: '10:00',
          end: '11:00',
          kind: 'site',
          title: '实地考察工业园',
          place: '天水',
          clashes: [clash],
        },
      ],
    },
  ],
};

describe('领导日程', () => {
  it("lists a leader's engagements across trips, marks the clash, and links each trip", async () => {
    const calendar = vi.fn<DossierApi['trips.calendar']>(() => Promise.resolve([chen]));
    renderPage(<LeaderCalendarPage />, { api: fakeApi({ 'trips.calendar': calendar }) });

    const card = await screen.findByTestId('calendar-leader-person-chen');
    expect(within(card).getByText('1 处冲突')).toBeTruthy();
    expect(within(card).getByText('09:30—11:30')).toBeTruthy();
    expect(within(card).getByText('对接洽谈会')).toBeTruthy();
    expect(within(card).getByText('实地考察工业园')).toBeTruthy();
    expect(within(card).getAllByText(clash)).toHaveLength(2);
    expect(within(card).getByText('重庆客商来访').closest('a')?.getAttribute('href')).toBe(
      '#/trips/trip-home',
    );
    expect(screen.getByTestId('calendar-clashes').textContent).toContain('有 1 处日程冲突');
    // From today by default; 全部 asks for every date.
    expect(calendar.mock.calls[0]?.[0]).toHaveProperty('from');
    fireEvent.click(screen.getByText('全部'));
    await vi.waitFor(() => expect(calendar).toHaveBeenLastCalledWith({}));
  });

  it('shows a cut trip name in full on hover, and keeps the 冲突 column narrow when it is empty', async () => {
    const long = '赴西安对接陕西客商暨秦创原产业园区考察活动（第二批）';
    const [xian] = chen.days[0]?.entries ?? [];
    if (!xian) throw new Error('chen has an engagement');
    // 高峰 has one engagement on a trip with a long name, and no clash.
    const gao: LeaderCalendar = {
      key: 'person-gao',
      personId: 'person-gao',
      name: '高峰',
      title: '市工业和信息化局局长',
      clashCount: 0,
      days: [
        {
          date: '2026-12-11',
          entries: [
            { ...xian, tripId: 'trip-long', tripTitle: long, itemId: 'item-3', clashes: [] },
          ],
        },
      ],
    };
    renderPage(<LeaderCalendarPage />, {
      api: fakeApi({ 'trips.calendar': vi.fn(() => Promise.resolve([chen, gao])) }),
    });
    const card = await screen.findByTestId('calendar-leader-person-gao');
    const lastColumn = (c: HTMLElement) =>
      Array.from(c.querySelectorAll('colgroup col')).at(-1)?.getAttribute('style') ?? '';
    expect(lastColumn(card)).toContain('width: 64px');
    // A leader with clashes gives the column room for what it says.
    expect(lastColumn(screen.getByTestId('calendar-leader-person-chen'))).toContain('30%');

    const link = within(card).getByText(long);
    expect(link.closest('.ant-table-cell-ellipsis')).not.toBeNull();
    fireEvent.mouseEnter(link);
    expect((await screen.findByRole('tooltip')).textContent).toBe(long);
  });

  it('explains how the calendar fills when no one is scheduled yet', async () => {
    renderPage(<LeaderCalendarPage />, {
      api: fakeApi({ 'trips.calendar': vi.fn(() => Promise.resolve([])) }),
    });
    expect(await screen.findByText(/在考察的日程中选择我方参加人员后/)).toBeTruthy();
  });
});
