// The first reads the entry script starts: the folio list takes its first page once; leftovers go.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endEarlyReads, startEarly, takeEarly } from '../../../renderer/src/api/early-reads';
import { startFirstReads } from '../../../renderer/src/app/first-reads';
import { FoliosPage } from '../../../renderer/src/pages/folios/FoliosPage';
import { fakeApi } from '../helpers/fake-api';
import { fakeFolioPage } from '../helpers/fake-folio-page';
import { folioSummary } from '../helpers/fixtures';
import { renderPage } from '../helpers/render';

const rows = [
  folioSummary('folio-0001', '华天科技封测扩能项目', { stage: 'signed' }),
  folioSummary('folio-0002', '风电装备制造基地', { stage: 'talks' }),
];

afterEach(() => {
  window.location.hash = '';
});

// The module keeps its state for the file: the test that ends the start-up comes last.
describe('early reads', () => {
  it('at #/folios?stage=signed the list shows the first page asked for before it rendered, and asks not twice', async () => {
    window.location.hash = '#/folios?stage=signed';
    const page = fakeFolioPage(rows, (filter) =>
      rows.filter((r) => filter.stages?.includes(r.stage) ?? true),
    );
    const status = vi.fn(() => new Promise<never>(() => undefined));
    const api = fakeApi({ 'folios.page': page, 'workspace.status': status });

    startFirstReads(api, window.location.hash);
    expect(status).toHaveBeenCalledTimes(1);
    expect(page).toHaveBeenCalledTimes(1);
    expect(page.mock.calls[0]?.[0].filter).toEqual({ stages: ['signed'] });

    renderPage(<FoliosPage />, { api });
    const table = screen.getByTestId('folios-table');
    expect(await within(table).findByText('华天科技封测扩能项目')).toBeTruthy();
    expect(within(table).queryByText('风电装备制造基地')).toBeNull();
    expect(page).toHaveBeenCalledTimes(1);
    // Taken once: a later list asks again.
    expect(takeEarly('folios.page', JSON.stringify(page.mock.calls[0]?.[0]))).toBeUndefined();
  });

  it('starts no list read for another page or a folio of the list', () => {
    for (const hash of ['#/dashboard', '#/folios/folio-0001', '#/groups']) {
      const page = vi.fn(() => Promise.resolve(null as never));
      const api = fakeApi({
        'folios.page': page,
        'workspace.status': vi.fn(() => new Promise<never>(() => undefined)),
      });
      startFirstReads(api, hash);
      expect(page, hash).not.toHaveBeenCalled();
    }
  });

  it('a first page that has already come shows in the first render: a screenful of rows, then the whole page', async () => {
    window.location.hash = '#/folios';
    const many = Array.from({ length: 50 }, (_, n) =>
      folioSummary(`folio-${String(n).padStart(4, '0')}`, `项目${n}`, {
        updatedAt: `2026-01-01T00:00:${String(59 - n).padStart(2, '0')}.000Z`,
      }),
    );
    const page = fakeFolioPage(many);
    const api = fakeApi({ 'folios.page': page });
    startFirstReads(api, window.location.hash);
    await page.mock.results[0]?.value;

    renderPage(<FoliosPage />, { api });
    // No round of loading first: the rows are there at once, the window's worth of them.
    const table = screen.getByTestId('folios-table');
    const screenful = Math.ceil(window.innerHeight / 40);
    expect(within(table).getByText('项目0')).toBeTruthy();
    expect(within(table).queryByText(`项目${screenful}`)).toBeNull();
    // The rest follow once that has been painted; nothing was asked twice.
    expect(await within(table).findByText('项目49')).toBeTruthy();
    expect(page).toHaveBeenCalledTimes(1);
  });

  it('once the start-up is over, drops what nobody took and starts nothing more', async () => {
    const people = vi.fn(() => Promise.reject(new Error('离线')));
    const api = fakeApi({ 'people.list': people });
    startEarly(api, 'people.list', {});
    endEarlyReads();
    expect(takeEarly('people.list', '{}')).toBeUndefined();
    startEarly(api, 'people.list', {});
    expect(people).toHaveBeenCalledTimes(1);
    // The dropped read failed, and no one hears of it as an unhandled rejection.
    await waitFor(() => expect(people.mock.results[0]?.type).toBe('return'));
  });
});
