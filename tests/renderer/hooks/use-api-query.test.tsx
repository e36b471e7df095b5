/** useApiQuery and the change feed: a change reloads the views it makes stale, and only those. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useApi } from '../../../renderer/src/api/ApiContext';
import type { DossierApi, TripSummary } from '../../../renderer/src/api/contract-types';
import {
  domainOf,
  EVERY_DOMAIN,
  INVALIDATES,
  invalidatedBy,
} from '../../../renderer/src/api/invalidation';
import { API_METHODS, WRITING_METHODS } from '../../../renderer/src/api/method-names';
import { useApiQuery } from '../../../renderer/src/hooks/useApiQuery';
import { fakeApi } from '../helpers/fake-api';
import { person } from '../helpers/fixtures';
import { renderPage } from '../helpers/render';

describe('the invalidation table', () => {
  it('has a row for every method domain, and names only real domains', () => {
    const domains = new Set(API_METHODS.map(domainOf));
    expect(new Set(Object.keys(INVALIDATES))).toEqual(domains);
    for (const stale of Object.values(INVALIDATES)) {
      if (stale === EVERY_DOMAIN) continue;
      for (const domain of stale) expect(domains.has(domain)).toBe(true);
    }
  });

  it('makes every writer stale its own domain, undo and trash at least', () => {
    for (const method of WRITING_METHODS) {
      const stale = invalidatedBy(method);
      if (stale === EVERY_DOMAIN) continue;
      expect(stale, method).toEqual(expect.arrayContaining([domainOf(method), 'undo', 'trash']));
    }
  });
});

const trip: TripSummary = {
  id: 'trip-0001',
  rev: 1,
  title: '赴深圳招商考察',
  kind: 'outbound',
  startDate: '2025-04-01',
  endDate: '2025-04-03',
  itemCount: 0,
  clashCount: 0,
  updatedAt: '2025-03-01T08:30:00.000+08:00',
};

/** Two views of different domains and a button that adds a person through the API. */
function Views() {
  const api = useApi();
  const people = useApiQuery('people.list', {});
  const trips = useApiQuery('trips.list', {});
  return (
    <div>
      <span data-testid="people">{people.data?.map((p) => p.name).join('、')}</span>
      <span data-testid="trips">{trips.data?.length}</span>
      <button type="button" onClick={() => void api['people.create']({ name: '王芳' })}>
        add
      </button>
      <button type="button" onClick={() => void api['trips.delete']({ id: trip.id, rev: 1 })}>
        drop
      </button>
      <button type="button" onClick={() => void api['undo.undo']({})}>
        undo
      </button>
    </div>
  );
}

function core() {
  const names = ['李明'];
  const peopleList = vi.fn<DossierApi['people.list']>(() =>
    Promise.resolve(names.map((name, i) => person(`person-000${i + 1}`, name))),
  );
  const trips = [trip];
  const tripsList = vi.fn<DossierApi['trips.list']>(() => Promise.resolve([...trips]));
  const api = fakeApi({
    'people.list': peopleList,
    'trips.list': tripsList,
    'people.create': vi.fn(() => {
      names.push('王芳');
      return Promise.resolve(person('person-0002', '王芳'));
    }),
    'trips.delete': vi.fn(() => {
      trips.pop();
      return Promise.resolve({ id: trip.id });
    }),
    'undo.undo': vi.fn(() => {
      trips.push(trip);
      return Promise.resolve({
        label: null,
        count: 0,
        next: null,
        redo: null,
        redoCount: 0,
        undone: '删除考察“赴深圳招商考察”',
      });
    }),
  });
  return { api, peopleList, tripsList };
}

/** The two views over a fresh fake core; its list mocks. */
function showViews() {
  const mocks = core();
  renderPage(<Views />, { api: mocks.api });
  return mocks;
}

/** Waits until the view `testId` shows `text`. */
const untilShown = (testId: string, text: string) =>
  waitFor(() => expect(screen.getByTestId(testId).textContent).toBe(text));

describe('useApiQuery', () => {
  it('loads once, then reloads the trips after a trip is deleted, not the people', async () => {
    const { peopleList, tripsList } = showViews();
    await untilShown('people', '李明');
    await untilShown('trips', '1');
    expect(peopleList).toHaveBeenCalledTimes(1);
    expect(tripsList).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByText('drop'));
    await untilShown('trips', '0');
    expect(tripsList).toHaveBeenCalledTimes(2);
    expect(peopleList).toHaveBeenCalledTimes(1);
  });

  it('reloads the people list after a person is added, and the trips, which list people', async () => {
    const { peopleList, tripsList } = showViews();
    await untilShown('people', '李明');
    fireEvent.click(screen.getByText('add'));
    await untilShown('people', '李明、王芳');
    expect(peopleList).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(tripsList).toHaveBeenCalledTimes(2));
  });

  it('reloads every view after an undo, which may have changed any record', async () => {
    const { peopleList, tripsList } = showViews();
    await untilShown('trips', '1');
    fireEvent.click(screen.getByText('drop'));
    await untilShown('trips', '0');
    expect(peopleList).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByText('undo'));
    await waitFor(() => expect(peopleList).toHaveBeenCalledTimes(2));
    await untilShown('trips', '1');
    expect(tripsList).toHaveBeenCalledTimes(3);
  });
});
