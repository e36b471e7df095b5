// Checks a trip's page: header, reordering our delegation, saving changed basics, conflicts.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../renderer/src/api/contract-types';
import { apiError } from '../helpers/fake-api';
import { calledWith } from '../helpers/form';
import { chamberTrip, detailOf, openTripTab, renderTrip } from './support';

const trip = chamberTrip({ purpose: '对接清水县工业项目', transport: '考察大巴全程接送' });

describe('a trip’s page', () => {
  it('shows the title, kind and dates, with the 生成 place waiting to be wired', async () => {
    await renderTrip(detailOf(trip));

    expect(screen.getByTestId('trip-detail-title').textContent).toBe(trip.title);
    expect(screen.getByText('来访考察')).toBeTruthy();
    expect(screen.getByTestId('trip-detail-dates').textContent).toBe('2024-03-29 至 2024-03-31');
    expect(screen.getByTestId('trip-generate')).toBeTruthy();
  });

  it('moving one of our delegation down sends the new order of precedence', async () => {
    const update = vi.fn<DossierApi['trips.update']>(() =>
      Promise.resolve(chamberTrip({ rev: 4 })),
    );
    await renderTrip(detailOf(trip), { 'trips.update': update });
    openTripTab('delegations');

    const [first] = within(screen.getByTestId('trip-ours')).getAllByTestId('trip-ours-down');
    if (!first) throw new Error('no down button');
    fireEvent.click(first);

    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    const sent = update.mock.calls[0]?.[0];
    expect(sent).toMatchObject({ id: 'trip-0001', rev: 3 });
    expect(sent?.ourDelegation?.map((m) => m.name)).toEqual(['王磊', '张伟']);
    expect(sent?.days).toBeUndefined();
  });

  it('saving the basics sends only the fields that changed', async () => {
    const update = vi.fn<DossierApi['trips.update']>(() =>
      Promise.resolve(chamberTrip({ rev: 4 })),
    );
    await renderTrip(detailOf(trip), { 'trips.update': update });

    const form = screen.getByTestId('trip-basics-form');
    fireEvent.change(within(form).getByLabelText('住宿安排'), {
      target: { value: '3月29日晚宿清水县' },
    });
    fireEvent.click(screen.getByTestId('trip-basics-save'));

    await calledWith(update, { id: 'trip-0001', rev: 3, lodging: '3月29日晚宿清水县' });
  });

  it('a save that meets a newer revision says so and loads the trip again', async () => {
    const update = vi.fn<DossierApi['trips.update']>(() =>
      Promise.reject(apiError({ kind: 'conflict', message: '该考察已被修改', fields: [] })),
    );
    const { get } = await renderTrip(detailOf(trip), { 'trips.update': update });

    fireEvent.change(within(screen.getByTestId('trip-basics-form')).getByLabelText('交通安排'), {
      target: { value: '高铁' },
    });
    fireEvent.click(screen.getByTestId('trip-basics-save'));

    expect(await screen.findByText(/该考察已在别处被修改，已重新载入最新内容/)).toBeTruthy();
    await waitFor(() => expect(get).toHaveBeenCalledTimes(2));
  });
});
