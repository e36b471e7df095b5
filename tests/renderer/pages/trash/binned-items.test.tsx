// Checks deleted checklist items and progress entries on the 回收站 page: shown under their folio, restored.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, TrashItem } from '../../../../renderer/src/api/contract-types';
import { TrashPage } from '../../../../renderer/src/pages/trash/TrashPage';
import { fakeApi, refused } from '../../helpers/fake-api';
import { renderPage } from '../../helpers/render';
import { rowOf as tableRow } from '../../helpers/rows';

const checklistItem: TrashItem = {
  id: 'item-000001',
  collection: 'folios',
  label: '专线电力接入',
  deletedAt: '2025-03-02T10:15:00.000+08:00',
  deletedBy: '王芳',
  item: {
    folioId: 'folio-0001',
    folioName: '华天科技封测扩能项目',
    list: 'demandItems',
    folioInBin: false,
  },
};
const progressEntry: TrashItem = {
  id: 'prog-000001',
  collection: 'folios',
  label: '完成可研评审',
  deletedAt: '2025-03-01T10:15:00.000+08:00',
  deletedBy: '王芳',
  item: {
    folioId: 'folio-0002',
    folioName: '风电装备制造基地',
    list: 'progress',
    folioInBin: true,
  },
};

const rowOf = (label: string) => tableRow(label, 'trash-table');

describe('回收站: deleted checklist items and progress entries', () => {
  it('shows each with its kind and folio, and restores it into its folio', async () => {
    let bin = [checklistItem, progressEntry];
    const list = vi.fn<DossierApi['trash.list']>(() => Promise.resolve(bin));
    const restoreItem = vi.fn<DossierApi['trash.restoreItem']>((ref) => {
      bin = bin.filter((i) => i.id !== ref.itemId);
      return Promise.resolve(ref);
    });
    const restore = vi.fn<DossierApi['trash.restore']>();
    renderPage(<TrashPage />, {
      api: fakeApi({
        'trash.list': list,
        'trash.restoreItem': restoreItem,
        'trash.restore': restore,
      }),
    });
    await within(screen.getByTestId('trash-table')).findByText('专线电力接入');

    const row = rowOf('专线电力接入');
    expect(within(row).getByText('需求清单事项')).toBeTruthy();
    expect(within(row).getByText('华天科技封测扩能项目').getAttribute('href')).toBe(
      '#/folios/folio-0001',
    );
    const other = rowOf('完成可研评审');
    expect(within(other).getByText('进度')).toBeTruthy();
    expect(within(other).getByText('所属项目也在回收站中，请先恢复项目')).toBeTruthy();
    expect(within(other).getByText('项目：风电装备制造基地')).toBeTruthy();
    expect(other.querySelector('a[href^="#/folios"]')).toBeNull();

    fireEvent.click(within(row).getByTestId('trash-restore'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() =>
      expect(restoreItem).toHaveBeenCalledWith({ folioId: 'folio-0001', itemId: 'item-000001' }),
    );
    await waitFor(() => expect(screen.queryByText('专线电力接入')).toBeNull());
    expect(restore).not.toHaveBeenCalled();
  });

  it('restoring one whose folio is in the bin shows the core’s words', async () => {
    const refusal =
      '所属项目“风电装备制造基地”在回收站中。请先在回收站中恢复该项目，再恢复其中的条目。';
    const restoreItem = vi.fn<DossierApi['trash.restoreItem']>(refused(refusal));
    renderPage(<TrashPage />, {
      api: fakeApi({
        'trash.list': vi.fn(() => Promise.resolve([progressEntry])),
        'trash.restoreItem': restoreItem,
      }),
    });
    await within(screen.getByTestId('trash-table')).findByText('完成可研评审');
    fireEvent.click(screen.getByTestId('trash-restore'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    expect(await screen.findByText(refusal)).toBeTruthy();
  });
});
