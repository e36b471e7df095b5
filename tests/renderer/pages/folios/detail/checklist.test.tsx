// Checks folio checklists: 销号 today by the operator, another date or person, 逾期, deleting items.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, Folio } from '../../../../../renderer/src/api/contract-types';
import { calledWith, fill } from '../../../helpers/form';
import { detailFolio, localToday, OPERATOR, openTab, renderDetail, rowWith } from './support';

const item = (id: string, text: string, overrides: Partial<Folio['demandItems'][number]> = {}) => ({
  id,
  text,
  owner: '经开区管委会',
  due: '2999-12-31',
  doneOn: null,
  doneBy: '',
  ...overrides,
});

describe('folio checklists', () => {
  it('销号 sends the whole list with the item struck off today by the operator, and shows it struck off', async () => {
    const dorm = item('item-0001', '员工宿舍配套');
    const plant = item('item-0002', '建设定制化厂房');
    const stored = detailFolio({ demandItems: [dorm, plant] });
    const update = vi.fn<DossierApi['folios.update']>((input) =>
      Promise.resolve({ ...stored, ...input, rev: stored.rev + 1 } as Folio),
    );
    await renderDetail(stored, { 'folios.update': update });
    openTab('demand');

    fireEvent.click(within(rowWith('checklist-item', '员工宿舍配套')).getByTestId('strike-off'));

    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    const today = localToday();
    expect(update).toHaveBeenCalledWith({
      id: stored.id,
      rev: stored.rev,
      demandItems: [{ ...dorm, doneOn: today, doneBy: OPERATOR }, plant],
    });
    const row = rowWith('checklist-item', '员工宿舍配套');
    expect(await within(row).findByText(`${today} · ${OPERATOR}`)).toBeTruthy();
    expect(within(row).getByText('员工宿舍配套').closest('del')).not.toBeNull();
    expect(within(row).getByTestId('strike-undo')).toBeTruthy();
  });

  it('the small form beside 销号 records another date and person', async () => {
    const dorm = item('item-0001', '员工宿舍配套');
    const stored = detailFolio({ supplyItems: [dorm] });
    const update = vi.fn<DossierApi['folios.update']>(() => Promise.resolve(stored));
    await renderDetail(stored, { 'folios.update': update });
    openTab('supply');

    fireEvent.click(screen.getByTestId('strike-off-adjust'));
    await fill({ 'strike-off-date': '2023-06-25', 'strike-off-by': '杨静' });
    fireEvent.click(screen.getByTestId('strike-off-confirm'));

    await calledWith(update, {
      id: stored.id,
      rev: stored.rev,
      supplyItems: [{ ...dorm, doneOn: '2023-06-25', doneBy: '杨静' }],
    });
  });

  it('an open item past its due date shows 逾期; a struck-off one or one not yet due does not', async () => {
    const stored = detailFolio({
      demandItems: [
        item('item-0001', '双回路供电接入', { due: '2000-01-31' }),
        item('item-0002', '营业执照办理', {
          due: '2000-01-31',
          doneOn: '2000-01-20',
          doneBy: '杨静',
        }),
        item('item-0003', '人才公寓', { due: '2999-12-31' }),
      ],
    });
    await renderDetail(stored);
    openTab('demand');

    expect(within(rowWith('checklist-item', '双回路供电接入')).getByText('逾期')).toBeTruthy();
    expect(within(rowWith('checklist-item', '营业执照办理')).queryByText('逾期')).toBeNull();
    expect(within(rowWith('checklist-item', '人才公寓')).queryByText('逾期')).toBeNull();
    expect(screen.getByTestId('checklist-summary').textContent).toBe(
      '共 3 项，已销号 1 项，逾期 1 项',
    );
  });

  it('deleting an item asks first, then sends the list without it', async () => {
    const dorm = item('item-0001', '员工宿舍配套');
    const plant = item('item-0002', '建设定制化厂房');
    const stored = detailFolio({ demandItems: [dorm, plant] });
    const update = vi.fn<DossierApi['folios.update']>(() => Promise.resolve(stored));
    await renderDetail(stored, { 'folios.update': update });
    openTab('demand');

    fireEvent.click(within(rowWith('checklist-item', '建设定制化厂房')).getByText('删除'));
    expect(update).not.toHaveBeenCalled();
    fireEvent.click(await screen.findByTestId('confirm-ok'));

    await calledWith(update, { id: stored.id, rev: stored.rev, demandItems: [dorm] });
  });
});
