// 新建… inside the folio form's pickers: a group, a 客商 and a leader made in place, then selected.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, Enterprise, Group } from '../../../../renderer/src/api/contract-types';
import { FolioFormModal } from '../../../../renderer/src/pages/folios/FolioFormModal';
import { fakeApi } from '../../helpers/fake-api';
import { folio, groupSummary, person } from '../../helpers/fixtures';
import { renderPage } from '../../helpers/render';

/** Opens a select by its test id and types into its search box. */
function typeInto(testId: string, text: string) {
  const select = screen.getByTestId(testId).closest<HTMLElement>('.ant-select');
  if (!select) throw new Error(`no select ${testId}`);
  fireEvent.mouseDown(select);
  const input = select.querySelector('input');
  if (!input) throw new Error(`no search box in ${testId}`);
  fireEvent.change(input, { target: { value: text } });
}

function shown(testId: string): string {
  return screen.getByTestId(testId).closest('.ant-select')?.textContent ?? '';
}

describe('folio form pickers create in place', () => {
  it('a blank workspace: the required group and the leader are created from the pickers and chosen', async () => {
    const group = groupSummary('group-0009', '新能源产业链招商专班');
    const leader = person('person-0009', '陈立新', '副市长');
    let madeGroup = false;
    let madeLeader = false;
    const createGroup = vi.fn<DossierApi['groups.create']>(() => {
      madeGroup = true;
      return Promise.resolve(group as Group);
    });
    const createPerson = vi.fn<DossierApi['people.create']>(() => {
      madeLeader = true;
      return Promise.resolve(leader);
    });
    const createFolio = vi.fn<DossierApi['folios.create']>((input) =>
      Promise.resolve(folio('folio-0009', input.name)),
    );
    renderPage(<FolioFormModal onClose={vi.fn()} onSaved={vi.fn()} />, {
      api: fakeApi({
        'groups.list': vi.fn(() => Promise.resolve(madeGroup ? [group] : [])),
        'enterprises.list': vi.fn(() => Promise.resolve([])),
        'people.list': vi.fn(() => Promise.resolve(madeLeader ? [leader] : [])),
        'groups.create': createGroup,
        'people.create': createPerson,
        'folios.create': createFolio,
      }),
    });
    fireEvent.change(await screen.findByTestId('folio-form-name'), {
      target: { value: '储能电池项目' },
    });

    typeInto('folio-form-group', '新能源产业链招商专班');
    const newGroup = await screen.findByTestId('folio-form-group-create');
    expect(newGroup.textContent).toContain('新建“新能源产业链招商专班”…');
    fireEvent.click(newGroup);
    const groupForm = await screen.findByTestId('group-form');
    expect((within(groupForm).getByTestId('group-form-name') as HTMLInputElement).value).toBe(
      '新能源产业链招商专班',
    );
    fireEvent.click(
      within(groupForm.closest('.ant-modal') as HTMLElement).getByTestId('form-submit'),
    );
    await waitFor(() => expect(createGroup).toHaveBeenCalled());
    await waitFor(() => expect(shown('folio-form-group')).toContain('新能源产业链招商专班'));

    typeInto('folio-form-leader', '陈立新');
    fireEvent.click(await screen.findByTestId('folio-form-leader-create'));
    const personForm = await screen.findByTestId('person-form');
    expect((within(personForm).getByTestId('person-form-name') as HTMLInputElement).value).toBe(
      '陈立新',
    );
    fireEvent.click(
      within(personForm.closest('.ant-modal') as HTMLElement).getByTestId('form-submit'),
    );
    await waitFor(() =>
      expect(createPerson).toHaveBeenCalledWith(expect.objectContaining({ name: '陈立新' })),
    );
    await waitFor(() => expect(shown('folio-form-leader')).toContain('陈立新'));

    const folioModal = screen.getByTestId('folio-form').closest('.ant-modal') as HTMLElement;
    fireEvent.click(within(folioModal).getByTestId('form-submit'));
    await waitFor(() =>
      expect(createFolio).toHaveBeenCalledWith(
        expect.objectContaining({ groupId: 'group-0009', leaderId: 'person-0009' }),
      ),
    );
  });

  it('a 客商 created from its picker is chosen', async () => {
    const made: Enterprise = {
      ...folio('x', 'x'),
      id: 'enterprise-0005',
      name: '天水华洋电子科技股份有限公司',
      kind: 'private',
      headquarters: '',
      profile: '',
      keyPeople: [],
    } as unknown as Enterprise;
    let created = false;
    const create = vi.fn<DossierApi['enterprises.create']>(() => {
      created = true;
      return Promise.resolve(made);
    });
    renderPage(<FolioFormModal defaultGroupId="group-0001" onClose={vi.fn()} onSaved={vi.fn()} />, {
      api: fakeApi({
        'groups.list': vi.fn(() => Promise.resolve([groupSummary('group-0001', '电子专班')])),
        'enterprises.list': vi.fn(() => Promise.resolve(created ? [made] : [])),
        'people.list': vi.fn(() => Promise.resolve([])),
        'enterprises.create': create,
      }),
    });
    await screen.findByText('电子专班');
    typeInto('folio-form-enterprise', '天水华洋电子科技股份有限公司');
    fireEvent.click(await screen.findByTestId('folio-form-enterprise-create'));
    const form = await screen.findByTestId('enterprise-form');
    fireEvent.click(within(form.closest('.ant-modal') as HTMLElement).getByTestId('form-submit'));
    await waitFor(() => expect(create).toHaveBeenCalled());
    await waitFor(() =>
      expect(shown('folio-form-enterprise')).toContain('天水华洋电子科技股份有限公司'),
    );
  });
});
