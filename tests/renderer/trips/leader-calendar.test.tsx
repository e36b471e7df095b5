// Checks 领导日程: a leader's engagements across trips with clashes marked, and the empty hint.
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

  it('explains how the calendar fills when no one is scheduled yet', async () => {
    renderPage(<LeaderCalendarPage />, {
      api: fakeApi({ 'trips.calendar': vi.fn(() => Promise.resolve([])) }),
    });
    expect(await screen.findByText(/在考察的日程中选择我方参加人员后/)).toBeTruthy();
  });
});
