// Checks that a folio save meeting a conflict says so and loads the folio again.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../../renderer/src/api/contract-types';
import { apiError } from '../../../helpers/fake-api';
import { detailFolio, openTab, renderDetail, rowWith } from './support';

describe('a folio changed elsewhere', () => {
  it('a save that meets a conflict says so and loads the folio again', async () => {
    const item = {
      id: 'item-0001',
      text: '员工宿舍配套',
      owner: '',
      due: null,
      doneOn: null,
      doneBy: '',
    };
    const stored = detailFolio({ demandItems: [item] });
    const update = vi.fn<DossierApi['folios.update']>(() =>
      Promise.reject(
        apiError({
          kind: 'conflict',
          message: '该项目已被修改（当前版本 5，您编辑的是版本 4），请刷新后再保存。',
          fields: [{ path: 'rev', message: '版本已过期' }],
        }),
      ),
    );
    const { get } = await renderDetail(stored, { 'folios.update': update });
    openTab('demand');

    fireEvent.click(within(rowWith('checklist-item', '员工宿舍配套')).getByTestId('strike-off'));

    expect(await screen.findByText(/该项目已在别处被修改，已重新载入最新内容/)).toBeTruthy();
    await waitFor(() => expect(get).toHaveBeenCalledTimes(2));
  });
});
