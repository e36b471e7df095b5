// Checks the 回收站 page: deleted records listed, restore and purge after confirmation, refusals shown.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, TrashItem } from '../../../../renderer/src/api/contract-types';
import { TrashPage } from '../../../../renderer/src/pages/trash/TrashPage';
import { fakeApi, refused } from '../../helpers/fake-api';
import { renderPage } from '../../helpers/render';
import { rowOf as tableRow } from '../../helpers/rows';

const folioItem: TrashItem = {
  id: 'trash-0001',
  collection: 'folios',
  label: '华天科技封测扩能项目',
  deletedAt: '2025-03-02T10:15:00.000+08:00',
  deletedBy: '王芳',
};
const personItem: TrashItem = {
  id: 'trash-0002',
  collection: 'people',
  label: '赵磊',
  deletedAt: '2025-03-01T09:00:00.000+08:00',
  deletedBy: '',
};

const rowOf = (label: string) => tableRow(label, 'trash-table');

/** trash.list answering the items still in the bin, as the core would after each call. */
function trashApi(items: TrashItem[], methods: Partial<DossierApi>) {
  let bin = [...items];
  const list = vi.fn<DossierApi['trash.list']>(() => Promise.resolve(bin));
  const take = (id: string) => {
    bin = bin.filter((item) => item.id !== id);
  };
  return { list, take, api: fakeApi({ 'trash.list': list, ...methods }) };
}

describe('回收站 page', () => {
  it('lists deleted records with kind, name, when and by whom', async () => {
    const { api } = trashApi([folioItem, personItem], {});
    renderPage(<TrashPage />, { api });

    await within(screen.getByTestId('trash-table')).findByText('华天科技封测扩能项目');
    const row = rowOf('华天科技封测扩能项目');
    expect(within(row).getByText('项目')).toBeTruthy();
    expect(within(row).getByText('王芳')).toBeTruthy();
    expect(within(row).getByText(/^2025-03-0\d \d\d:\d\d$/)).toBeTruthy();
    expect(within(rowOf('赵磊')).getByText('人员')).toBeTruthy();
  });

  it('restores only after confirmation, then the list no longer has it', async () => {
    const restore = vi.fn<DossierApi['trash.restore']>(({ id }) => {
      take(id);
      return Promise.resolve({ collection: 'folios', id: 'folio-0001' });
    });
    const { api, take, list } = trashApi([folioItem, personItem], { 'trash.restore': restore });
    renderPage(<TrashPage />, { api });
    await within(screen.getByTestId('trash-table')).findByText('华天科技封测扩能项目');

    fireEvent.click(within(rowOf('华天科技封测扩能项目')).getByTestId('trash-restore'));
    expect((await screen.findByRole('dialog')).textContent).toContain(
      '恢复“华天科技封测扩能项目”？',
    );
    expect(restore).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('confirm-ok'));

    await waitFor(() => expect(restore).toHaveBeenCalledWith({ id: 'trash-0001' }));
    await waitFor(() => expect(screen.queryByText('华天科技封测扩能项目')).toBeNull());
    expect(list.mock.calls.length).toBeGreaterThan(1);
    expect(rowOf('赵磊')).toBeTruthy();
  });

  it('purges only after confirmation; cancelling purges nothing', async () => {
    const purge = vi.fn<DossierApi['trash.purge']>(({ id }) => {
      take(id);
      return Promise.resolve({ id });
    });
    const { api, take } = trashApi([folioItem, personItem], { 'trash.purge': purge });
    renderPage(<TrashPage />, { api });
    await within(screen.getByTestId('trash-table')).findByText('赵磊');

    fireEvent.click(within(rowOf('赵磊')).getByTestId('trash-purge'));
    fireEvent.click(await screen.findByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-ok')).toBeNull());
    expect(purge).not.toHaveBeenCalled();

    fireEvent.click(within(rowOf('赵磊')).getByTestId('trash-purge'));
    expect((await screen.findByRole('dialog')).textContent).toContain('彻底删除后');
    fireEvent.click(screen.getByTestId('confirm-ok'));

    await waitFor(() => expect(purge).toHaveBeenCalledWith({ id: 'trash-0002' }));
    await waitFor(() => expect(screen.queryByText('赵磊')).toBeNull());
    expect(rowOf('华天科技封测扩能项目')).toBeTruthy();
  });

  it('a refused restore (its group is gone) shows the core’s words and keeps the row', async () => {
    const refusal = '无法恢复项目“华天科技封测扩能项目”：它所属的专班已被删除，请先恢复专班。';
    const restore = vi.fn<DossierApi['trash.restore']>(refused(refusal));
    const { api } = trashApi([folioItem], { 'trash.restore': restore });
    renderPage(<TrashPage />, { api });
    await within(screen.getByTestId('trash-table')).findByText('华天科技封测扩能项目');

    fireEvent.click(screen.getByTestId('trash-restore'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));

    expect(await screen.findByText(refusal)).toBeTruthy();
    expect(rowOf('华天科技封测扩能项目')).toBeTruthy();
  });
});
