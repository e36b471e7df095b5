// Test helpers for the folio page: a stored folio rendered over a fake API, tabs, rows, fields, options.
import { fireEvent, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import type { DossierApi, Folio } from '../../../../../renderer/src/api/contract-types';
import { FolioDetailPage } from '../../../../../renderer/src/pages/folios/FolioDetailPage';
import { fakeApi } from '../../../helpers/fake-api';
import { folio, groupSummary, readyStatus } from '../../../helpers/fixtures';
import { renderPage } from '../../../helpers/render';

export const OPERATOR = '王磊';

/** Today on this machine, as the page computes it (local calendar date). */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function detailFolio(overrides: Partial<Folio> = {}): Folio {
  return folio('folio-0001', '高性能AI算力服务器智造项目', { rev: 4, ...overrides });
}

/**
 * Renders the folio page over a fake API: `folios.get` answers with the folio given (and its
 * group); `methods` adds or replaces others. The operator at the desk is 王磊.
 */
export async function renderDetail(stored: Folio, methods: Partial<DossierApi> = {}) {
  const get = vi.fn<DossierApi['folios.get']>(() =>
    Promise.resolve({
      folio: stored,
      group: groupSummary('group-0001', '算力产业链专班'),
      enterprise: null,
      leader: null,
      steward: null,
    }),
  );
  const api = fakeApi({ 'folios.get': get, ...methods });
  renderPage(<FolioDetailPage id={stored.id} />, {
    api,
    status: readyStatus({}, { operator: OPERATOR }),
  });
  await screen.findByTestId('folio-detail');
  return { api, get };
}

export function openTab(key: string): void {
  fireEvent.click(screen.getByTestId(`tab-${key}`));
}

/** The table row (`data-testid`) holding the given text. */
export function rowWith(testId: string, text: string): HTMLElement {
  const row = screen.getAllByTestId(testId).find((el) => within(el).queryByText(text));
  if (!row) throw new Error(`no ${testId} row with ${text}`);
  return row;
}

/** Opens an antd Select (by its `data-testid`) and picks the option showing `label`. */
export async function pickOption(testId: string, label: string): Promise<void> {
  const select = screen.getByTestId(testId);
  const input = select.querySelector('input') ?? select;
  fireEvent.mouseDown(input);
  const options = await screen.findAllByTitle(label);
  const option = options.find((el) => el.classList.contains('ant-select-item-option'));
  if (!option) throw new Error(`no option ${label}`);
  fireEvent.click(option);
}
