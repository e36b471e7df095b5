// Checks a trip's 材料版本 (newest current, changes) and 份号登记 saved with the trip's rev.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../renderer/src/api/contract-types';
import { calledWith, fill } from '../helpers/form';
import { packGeneration, packVersion } from './documents-support';
import { chamberTrip, detailOf, openTripTab, renderTrip } from './support';

const trip = chamberTrip({
  packVersions: [
    packVersion(1, { copies: 2, duplex: false }),
    packVersion(2, {
      changes: ['内容有更新：3月29日 › 谈话要点', '份数：2 → 3'],
    }),
  ],
  copyRegister: [
    { copyNumber: 1, recipient: '张伟', unit: '市招商局', receivedAt: '2024-03-28', note: '' },
  ],
});

describe('a trip’s documents: 材料版本 and 份号登记', () => {
  it('lists the pack versions newest first, the newest current, each with what changed', async () => {
    const history = vi.fn<DossierApi['documents.history']>(() =>
      Promise.resolve([
        packGeneration('gen-000002', trip.id, 3),
        packGeneration('gen-000001', trip.id, 2),
      ]),
    );
    await renderTrip(detailOf(trip), { 'documents.history': history });
    openTripTab('versions');

    const list = await screen.findByTestId('pack-versions');
    const [newest, older] = within(list).getAllByTestId(/^pack-version-\d+$/);
    if (!newest || !older) throw new Error('two versions expected');
    expect(newest.getAttribute('data-testid')).toBe('pack-version-2');
    expect(within(newest).getByText('当前版本')).toBeTruthy();
    expect(within(newest).getByText('内容有更新：3月29日 › 谈话要点')).toBeTruthy();
    expect(within(newest).getByText('份数：2 → 3')).toBeTruthy();
    expect(within(older).getByText('已被替代')).toBeTruthy();
    expect(within(older).getByText('首次生成')).toBeTruthy();
    expect(within(older).getByText(/单面/)).toBeTruthy();
    expect(history).toHaveBeenCalledWith({ recordId: trip.id });
    // Each version offers its own copies.
    expect(await within(newest).findByTestId('generation-copy-003')).toBeTruthy();
    expect(within(older).queryByTestId('generation-copy-003')).toBeNull();
  });

  it('the register has a row per copy of the newest pack and saves with the trip’s rev', async () => {
    const update = vi.fn<DossierApi['trips.update']>((input) =>
      Promise.resolve({ ...trip, rev: 4, copyRegister: input.copyRegister ?? [] }),
    );
    await renderTrip(detailOf(trip), {
      'trips.update': update,
      'documents.history': vi.fn(() => Promise.resolve([])),
    });
    openTripTab('register');

    const table = screen.getByTestId('copy-register');
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(3);
    expect((screen.getByTestId('copy-recipient-001') as HTMLInputElement).value).toBe('张伟');
    await fill({
      'copy-recipient-002': '李娜',
      'copy-unit-002': '市发改委',
      'copy-receivedAt-002': '2024-03-28',
    });
    fireEvent.click(screen.getByTestId('copy-register-save'));

    await calledWith(update, {
      id: 'trip-0001',
      rev: 3,
      copyRegister: [
        { copyNumber: 1, recipient: '张伟', unit: '市招商局', receivedAt: '2024-03-28', note: '' },
        { copyNumber: 2, recipient: '李娜', unit: '市发改委', receivedAt: '2024-03-28', note: '' },
      ],
    });
    // Saved: nothing left to save until the next edit.
    await waitFor(() =>
      expect(screen.getByTestId('copy-register-save').hasAttribute('disabled')).toBe(true),
    );
  });
});
