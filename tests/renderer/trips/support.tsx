// Test helpers for trip pages: items, a chamber's two-day trip, rendering the trip page over a fake API.
import { fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { tripDefaults } from '../../../electron/core/model/trip';
import { tripItemDefaults } from '../../../electron/core/model/trip-parts';
import { tripRow } from '../../../electron/core/services/trips/views';
import type {
  DossierApi,
  Trip,
  TripClash,
  TripDetail,
  TripSummary,
} from '../../../renderer/src/api/contract-types';
import { TripDetailPage } from '../../../renderer/src/pages/trips/TripDetailPage';
import { fakeApi } from '../helpers/fake-api';
import { renderPage } from '../helpers/render';

const T = '2025-03-01T08:30:00.000+08:00';
type Item = Trip['days'][number]['items'][number];

/** A schedule item with the model's empty defaults for what the test does not name. */
export function item(id: string, start: string, end: string, overrides: Partial<Item> = {}): Item {
  return {
    id,
    start,
    end,
    kind: 'site',
    ...tripItemDefaults,
    ...overrides,
  };
}

/** The Chongqing chamber's two-day visit, with three items on the first day and one on the last. */
export function chamberTrip(overrides: Partial<Trip> = {}): Trip {
  return {
    id: 'trip-0001',
    rev: 3,
    createdAt: T,
    updatedAt: T,
    workspaceId: 'ws-000001',
    ...tripDefaults,
    kind: 'inbound',
    title: '重庆市甘肃商会考察团赴清水县考察对接',
    startDate: '2024-03-29',
    endDate: '2024-03-31',
    ourDelegation: [
      { id: 'our-00001', personId: null, name: '张伟', title: '市招商局党组书记' },
      { id: 'our-00002', personId: null, name: '王磊', title: '投资促进科科长' },
    ],
    theirDelegation: [{ id: 'their-0001', name: '崔小刚', title: '会长', enterpriseId: null }],
    days: [
      {
        date: '2024-03-29',
        items: [
          item('item-0001', '08:30', '10:00', { kind: 'transfer', title: '乘车赴清水县' }),
          item('item-0002', '10:00', '11:00', {
            title: '考察清水县工业园区',
            place: '清水县工业园区',
          }),
          item('item-0003', '12:00', '13:30', { kind: 'meal', title: '午餐', place: '清水县' }),
        ],
      },
      {
        date: '2024-03-31',
        items: [item('item-0004', '17:00', '17:30', { kind: 'transfer', title: '送站' })],
      },
    ],
    ...overrides,
  };
}

export function summaryOf(trip: Trip, clashCount = 0): TripSummary {
  return tripRow(trip, clashCount);
}

export function detailOf(trip: Trip, clashes: TripClash[] = []): TripDetail {
  return { trip, clashes, folios: [], enterprises: [], people: [] };
}

/** Renders the trip's page over a fake API whose `trips.get` answers `detail`. */
export async function renderTrip(detail: TripDetail, methods: Partial<DossierApi> = {}) {
  const get = vi.fn<DossierApi['trips.get']>(() => Promise.resolve(detail));
  const api = fakeApi({ 'trips.get': get, ...methods });
  renderPage(<TripDetailPage id={detail.trip.id} />, { api });
  await screen.findByTestId('trip-detail');
  return { api, get };
}

export function openTripTab(key: string): void {
  fireEvent.click(screen.getByTestId(`trip-tab-${key}`));
}

/** The ids of a day's items, in the order the table shows them. */
export function itemIdsOn(date: string): string[] {
  return [...screen.getByTestId(`schedule-day-${date}`).querySelectorAll('tr[data-testid]')]
    .map((row) => row.getAttribute('data-testid') ?? '')
    .filter((id) => id.startsWith('schedule-item-'))
    .map((id) => id.slice('schedule-item-'.length));
}
