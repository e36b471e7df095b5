// Checks the 客商 page: the list, creating and editing with key people, refused deletes shown.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../../renderer/src/api/contract-types';
import { EnterprisesPage } from '../../../../renderer/src/pages/enterprises/EnterprisesPage';
import { fakeApi, nothingInTheWay, refused } from '../../helpers/fake-api';
import { calledWith, expectRefusedInForm, submit } from '../../helpers/form';
import { renderPage } from '../../helpers/render';
import { expectTexts, rowOf } from '../../helpers/rows';
import { enterprise } from '../../helpers/fixtures';

const huatian = enterprise('ent-0001', '天水华天科技股份有限公司', {
  rev: 3,
  keyPeople: [{ id: 'kp-000001', name: '肖胜利', title: '董事长', phone: '', note: '' }],
});
const chamber = enterprise('ent-0002', '重庆市甘肃商会', { kind: 'chamber', headquarters: '重庆' });

function type(testIdOrLabel: HTMLElement, value: string) {
  fireEvent.change(testIdOrLabel, { target: { value } });
}

/** The empty 客商 page with `create`, its 新建 dialog open. */
async function openCreate(create: DossierApi['enterprises.create']): Promise<void> {
  const api = fakeApi({
    'enterprises.list': vi.fn(() => Promise.resolve([])),
    'enterprises.create': create,
  });
  renderPage(<EnterprisesPage />, { api });
  fireEvent.click(await screen.findByTestId('enterprise-create'));
}

describe('客商 page', () => {
  it('lists enterprises with their kind tag, headquarters and key people', async () => {
    const api = fakeApi({ 'enterprises.list': vi.fn(() => Promise.resolve([huatian, chamber])) });
    renderPage(<EnterprisesPage />, { api });

    const table = screen.getByTestId('enterprises-table');
    await within(table).findByText('天水华天科技股份有限公司');
    const row = rowOf('天水华天科技股份有限公司');
    expectTexts(row, ['上市公司', '甘肃省天水市', '肖胜利（董事长）']);
    expect(within(rowOf('重庆市甘肃商会')).getByText('商会')).toBeTruthy();
  });

  it('creates an enterprise with its key people, sending exactly what was typed', async () => {
    const create = vi.fn<DossierApi['enterprises.create']>((input) =>
      Promise.resolve(enterprise('ent-0003', input.name, { rev: 1 })),
    );
    await openCreate(create);
    type(await screen.findByTestId('enterprise-form-name'), '  甘肃天水麻辣烫餐饮有限公司 ');
    type(screen.getByPlaceholderText('如：甘肃省天水市'), '天水市秦州区');
    fireEvent.click(screen.getByTestId('key-person-add'));
    const row = await screen.findByTestId('key-person-0');
    type(within(row).getByLabelText('姓名'), '王建国');
    type(within(row).getByLabelText('职务'), '总经理');
    type(within(row).getByLabelText('电话'), '0938-8211234');
    submit();

    await calledWith(create, {
      name: '甘肃天水麻辣烫餐饮有限公司',
      kind: 'private',
      headquarters: '天水市秦州区',
      profile: '',
      keyPeople: [{ name: '王建国', title: '总经理', phone: '0938-8211234', note: '' }],
    });
    expect(create).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(window.location.hash).toBe('#/enterprises/ent-0003'));
  });

  it('a key person without a name is refused before anything is sent', async () => {
    const create = vi.fn<DossierApi['enterprises.create']>();
    await openCreate(create);
    type(await screen.findByTestId('enterprise-form-name'), '天水星火机床有限责任公司');
    fireEvent.click(screen.getByTestId('key-person-add'));
    await expectRefusedInForm('请填写姓名', create);
  });

  it('editing key people sends the id, the rev and the whole new list, keeping known ids', async () => {
    const update = vi.fn<DossierApi['enterprises.update']>(() =>
      Promise.resolve({ ...huatian, rev: 4 }),
    );
    const list = vi.fn<DossierApi['enterprises.list']>(() => Promise.resolve([huatian]));
    renderPage(<EnterprisesPage />, {
      api: fakeApi({ 'enterprises.list': list, 'enterprises.update': update }),
    });

    fireEvent.click(await screen.findByTestId('enterprise-edit-ent-0001'));
    const first = await screen.findByTestId('key-person-0');
    type(within(first).getByLabelText('电话'), '13800000001');
    fireEvent.click(screen.getByTestId('key-person-add'));
    const second = await screen.findByTestId('key-person-1');
    type(within(second).getByLabelText('姓名'), '崔卫兵');
    type(within(second).getByLabelText('备注'), '负责天水基地');
    submit();

    await calledWith(update, {
      id: 'ent-0001',
      rev: 3,
      keyPeople: [
        { id: 'kp-000001', name: '肖胜利', title: '董事长', phone: '13800000001', note: '' },
        { name: '崔卫兵', title: '', phone: '', note: '负责天水基地' },
      ],
    });
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('a refused delete (still linked to folios) shows the core’s words and keeps the row', async () => {
    const refusal = '客商“天水华天科技股份有限公司”仍关联 2 个项目，请先在项目中改选客商后再删除。';
    const remove = vi.fn<DossierApi['enterprises.delete']>(refused(refusal));
    renderPage(<EnterprisesPage />, {
      api: fakeApi({
        'enterprises.list': vi.fn(() => Promise.resolve([huatian])),
        'enterprises.delete': remove,
        'enterprises.deleteCheck': nothingInTheWay,
      }),
    });

    fireEvent.click(await screen.findByTestId('enterprise-delete-ent-0001'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('删除客商“天水华天科技股份有限公司”？');
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('confirm-ok'));

    expect(await screen.findByText(refusal)).toBeTruthy();
    expect(remove).toHaveBeenCalledWith({ id: 'ent-0001', rev: 3 });
    expect(
      within(screen.getByTestId('enterprises-table')).getByText('天水华天科技股份有限公司'),
    ).toBeTruthy();
  });
});
