// Checks the folio form: amounts as offices type them, server field errors, name required, changed fields.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../renderer/src/api/contract-types';
import { FolioFormModal } from '../../../../renderer/src/pages/folios/FolioFormModal';
import { fakeApi, refusedField } from '../../helpers/fake-api';
import { folio, groupSummary, person } from '../../helpers/fixtures';
import { fieldItem, fill, submit } from '../../helpers/form';
import { renderPage } from '../../helpers/render';

const lists: Partial<DossierApi> = {
  'groups.list': vi.fn(() =>
    Promise.resolve([groupSummary('group-0001', '集成电路封测产业链专班')]),
  ),
  'enterprises.list': vi.fn(() => Promise.resolve([])),
  'people.list': vi.fn(() => Promise.resolve([person('person-0001', '李明', '副市长')])),
};

describe('folio form', () => {
  it('reads amounts as offices type them (5亿, 5000万, 0.5亿), shows the 亿元 while typing, and refuses what it cannot read', async () => {
    const create = vi.fn<DossierApi['folios.create']>((input) =>
      Promise.resolve(folio('folio-0009', input.name)),
    );
    renderPage(<FolioFormModal defaultGroupId="group-0001" onClose={vi.fn()} onSaved={vi.fn()} />, {
      api: fakeApi({ ...lists, 'folios.create': create }),
    });
    await screen.findByText('集成电路封测产业链专班');
    fireEvent.change(screen.getByTestId('folio-form-name'), { target: { value: '储能电池项目' } });

    fireEvent.change(screen.getByTestId('folio-form-total'), { target: { value: '约5个亿' } });
    expect(within(fieldItem('folio-form-total')).getByText('无法识别')).toBeTruthy();

    fireEvent.change(screen.getByTestId('folio-form-total'), { target: { value: '5亿' } });
    expect(within(fieldItem('folio-form-total')).getByText('= 5 亿元')).toBeTruthy();
    fireEvent.change(screen.getByTestId('folio-form-funds'), { target: { value: '5000万' } });
    fireEvent.change(screen.getByTestId('folio-form-output'), { target: { value: '0.5亿' } });
    submit();
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        totalInvestment: 50_000,
        fundsInPlace: 5_000,
        expectedOutput: 5_000,
      }),
    );
  });

  it('shows a server field error on the field its path names', async () => {
    const create = vi.fn<DossierApi['folios.create']>(
      refusedField('fundsInPlace', '到位资金不能超过总投资额'),
    );
    const onSaved = vi.fn();
    renderPage(<FolioFormModal defaultGroupId="group-0001" onClose={vi.fn()} onSaved={onSaved} />, {
      api: fakeApi({ ...lists, 'folios.create': create }),
    });
    await screen.findByText('集成电路封测产业链专班');

    await fill({
      'folio-form-name': '华天科技封测扩能项目',
      'folio-form-total': '50000',
      'folio-form-funds': '80000',
    });
    submit();

    expect(
      await within(fieldItem('folio-form-funds')).findByText('到位资金不能超过总投资额'),
    ).toBeTruthy();
    expect(
      within(fieldItem('folio-form-total')).queryByText('到位资金不能超过总投资额'),
    ).toBeNull();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        name: '华天科技封测扩能项目',
        groupId: 'group-0001',
        totalInvestment: 50_000,
        fundsInPlace: 80_000,
        stage: 'lead',
      }),
    );
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('asks for a name before calling the API', async () => {
    const create = vi.fn<DossierApi['folios.create']>();
    renderPage(<FolioFormModal defaultGroupId="group-0001" onClose={vi.fn()} onSaved={vi.fn()} />, {
      api: fakeApi({ ...lists, 'folios.create': create }),
    });
    fireEvent.click(await screen.findByTestId('form-submit'));
    expect(await within(fieldItem('folio-form-name')).findByText('请填写项目名称')).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it('an edit sends only the changed fields, with the id and rev', async () => {
    const existing = folio('folio-0001', '华天科技封测扩能项目', {
      rev: 7,
      leaderId: 'person-0001',
    });
    const update = vi.fn<DossierApi['folios.update']>(() =>
      Promise.resolve({ ...existing, rev: 8 }),
    );
    const onSaved = vi.fn();
    renderPage(<FolioFormModal folio={existing} onClose={vi.fn()} onSaved={onSaved} />, {
      api: fakeApi({ ...lists, 'folios.update': update }),
    });
    await screen.findByText('集成电路封测产业链专班');

    await fill({ 'folio-form-funds': '20000' });
    submit();

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(update).toHaveBeenCalledWith({ id: 'folio-0001', rev: 7, fundsInPlace: 20_000 });
  });
});
