// Checks the 人员 page: under 客商, the list, links to each person's page, create, edit changed fields, refused delete.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, Person } from '../../../../renderer/src/api/contract-types';
import { PeoplePage } from '../../../../renderer/src/pages/people/PeoplePage';
import { parseHash } from '../../../../renderer/src/router/hash-router';
import { fakeApi, nothingInTheWay, refused } from '../../helpers/fake-api';
import { person } from '../../helpers/fixtures';
import { calledWith, fill, submit } from '../../helpers/form';
import { renderPage } from '../../helpers/render';
import { expectTexts, rowOf } from '../../helpers/rows';

const liMing: Person = {
  ...person('person-0001', '李明', '副市长'),
  unit: '天水市人民政府',
  rev: 5,
};

describe('人员 page', () => {
  it('sits under 客商: its tab leads back, and #/people keeps 客商 selected in the menu', async () => {
    renderPage(<PeoplePage />, {
      api: fakeApi({ 'people.list': vi.fn(() => Promise.resolve([])) }),
    });
    expect(await screen.findByText('还没有人员。点“新增人员”开始。')).toBeTruthy();
    expect(parseHash('#/people')).toEqual({ section: 'enterprises', page: 'people', id: null });

    fireEvent.click(screen.getByRole('tab', { name: '客商' }));
    expect(window.location.hash).toBe('#/enterprises');
  });

  it('lists people with title, unit and phone', async () => {
    const steward = { ...person('person-0002', '王芳', '项目管家'), phone: '13900000002' };
    renderPage(<PeoplePage />, {
      api: fakeApi({ 'people.list': vi.fn(() => Promise.resolve([liMing, steward])) }),
    });
    const table = screen.getByTestId('people-table');
    await within(table).findByText('李明');
    expectTexts(rowOf('李明', 'people-table'), ['副市长', '天水市人民政府']);
    expect(within(table).getByText('13900000002')).toBeTruthy();
  });

  it('each name links to the person’s page, #/people/<id>', async () => {
    const steward = person('person-0002', '王芳', '项目管家');
    renderPage(<PeoplePage />, {
      api: fakeApi({ 'people.list': vi.fn(() => Promise.resolve([liMing, steward])) }),
    });
    expect((await screen.findByText('王芳')).closest('a')?.getAttribute('href')).toBe(
      '#/people/person-0002',
    );
    expect(parseHash('#/people/person-0002')).toMatchObject({ page: 'people', id: 'person-0002' });
  });

  it('creates a person with trimmed fields; the list shows them after the save', async () => {
    const created = { ...person('person-0003', '赵磊', '招商专员'), unit: '市投资促进局' };
    const list = vi
      .fn<DossierApi['people.list']>()
      .mockResolvedValueOnce([liMing])
      .mockResolvedValue([liMing, created]);
    const create = vi.fn<DossierApi['people.create']>(() => Promise.resolve(created));
    renderPage(<PeoplePage />, { api: fakeApi({ 'people.list': list, 'people.create': create }) });

    fireEvent.click(await screen.findByTestId('person-create'));
    await fill({
      'person-form-name': ' 赵磊 ',
      'person-form-title': '招商专员',
      'person-form-unit': '市投资促进局',
    });
    submit();

    await calledWith(create, { name: '赵磊', title: '招商专员', unit: '市投资促进局', phone: '' });
    expect(await within(screen.getByTestId('people-table')).findByText('赵磊')).toBeTruthy();
  });

  it('an edit sends only the changed fields with the id and rev', async () => {
    const update = vi.fn<DossierApi['people.update']>(() =>
      Promise.resolve({ ...liMing, rev: 6, phone: '13800000001' }),
    );
    renderPage(<PeoplePage />, {
      api: fakeApi({
        'people.list': vi.fn(() => Promise.resolve([liMing])),
        'people.update': update,
      }),
    });

    fireEvent.click(await screen.findByTestId('person-edit-person-0001'));
    await fill({ 'person-form-phone': '13800000001' });
    submit();

    await calledWith(update, { id: 'person-0001', rev: 5, phone: '13800000001' });
  });

  it('a refused delete (the person heads a group) shows the core’s words', async () => {
    const refusal = '李明是“集成电路封测产业链专班”的组长，请先在专班中改选组长后再删除。';
    const remove = vi.fn<DossierApi['people.delete']>(refused(refusal));
    renderPage(<PeoplePage />, {
      api: fakeApi({
        'people.list': vi.fn(() => Promise.resolve([liMing])),
        'people.delete': remove,
        'people.deleteCheck': nothingInTheWay,
      }),
    });

    fireEvent.click(await screen.findByTestId('person-delete-person-0001'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));

    expect(await screen.findByText(refusal)).toBeTruthy();
    expect(remove).toHaveBeenCalledWith({ id: 'person-0001', rev: 5 });
  });
});
