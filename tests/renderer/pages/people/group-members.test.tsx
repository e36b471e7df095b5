// Checks 专班 members: head first on the detail page, a person created from the group form joins.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DossierApi, Group, GroupDetail } from '../../../../renderer/src/api/contract-types';
import { GroupDetailPage } from '../../../../renderer/src/pages/groups/GroupDetailPage';
import { GroupFormModal } from '../../../../renderer/src/pages/groups/GroupFormModal';
import { fakeApi } from '../../helpers/fake-api';
import { person } from '../../helpers/fixtures';
import { calledWith, fill, submit } from '../../helpers/form';
import { renderPage } from '../../helpers/render';

const liMing = { ...person('person-0001', '李明', '副市长'), unit: '天水市人民政府' };
const wangFang = { ...person('person-0002', '王芳', '项目管家'), phone: '13900000002' };
const chainGroup: Group = {
  id: 'group-0001',
  rev: 4,
  createdAt: '2025-03-01T08:30:00.000+08:00',
  updatedAt: '2025-03-01T08:30:00.000+08:00',
  workspaceId: 'ws-000001',
  kind: 'chain',
  name: '集成电路封测产业链专班',
  chain: '集成电路封测',
  headId: 'person-0001',
  memberIds: [],
  description: '',
};

/** Opens an antd select by its test id (antd opens on mouse-down). */
function openSelect(testId: string) {
  const select = screen.getByTestId(testId).closest<HTMLElement>('.ant-select');
  if (!select) throw new Error(`no select ${testId}`);
  fireEvent.mouseDown(select);
}

describe('专班 members', () => {
  it('the detail page shows the head first, then the members, with title, unit and phone', async () => {
    const detail: GroupDetail = {
      group: { ...chainGroup, memberIds: ['person-0002'] },
      head: liMing,
      members: [wangFang],
      folios: [],
    };
    renderPage(<GroupDetailPage id="group-0001" />, {
      api: fakeApi({ 'groups.get': vi.fn(() => Promise.resolve(detail)) }),
    });

    const table = await screen.findByTestId('group-members-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '组长李明副市长天水市人民政府',
      '成员王芳项目管家13900000002',
    ]);
  });

  it('a person added from inside the group form is created and becomes a member', async () => {
    const zhao = { ...person('person-0003', '赵磊', '招商专员'), unit: '市投资促进局' };
    const createPerson = vi.fn<DossierApi['people.create']>(() => Promise.resolve(zhao));
    const list = vi
      .fn<DossierApi['people.list']>()
      .mockResolvedValueOnce([liMing, wangFang])
      .mockResolvedValue([liMing, wangFang, zhao]);
    const update = vi.fn<DossierApi['groups.update']>((input) =>
      Promise.resolve({ ...chainGroup, ...input, rev: 5 }),
    );
    const onSaved = vi.fn();
    renderPage(<GroupFormModal group={chainGroup} onClose={vi.fn()} onSaved={onSaved} />, {
      api: fakeApi({ 'people.list': list, 'people.create': createPerson, 'groups.update': update }),
    });
    await waitFor(() => expect(list).toHaveBeenCalled());

    openSelect('group-form-members');
    fireEvent.click(await screen.findByText('王芳（项目管家）'));
    fireEvent.click(await screen.findByTestId('group-form-add-person-memberIds'));
    await fill({ 'person-form-name': '赵磊', 'person-form-title': '招商专员' });
    const personForm = screen.getByTestId('person-form').closest<HTMLElement>('.ant-modal');
    if (!personForm) throw new Error('no person dialog');
    submit(personForm);

    await calledWith(createPerson, { name: '赵磊', title: '招商专员', unit: '', phone: '' });
    await waitFor(() => expect(screen.queryByTestId('person-form')).toBeNull());
    expect(update).not.toHaveBeenCalled();

    const groupForm = screen.getByTestId('group-form').closest<HTMLElement>('.ant-modal');
    if (!groupForm) throw new Error('no group dialog');
    submit(groupForm);

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(update).toHaveBeenCalledWith({
      id: 'group-0001',
      rev: 4,
      memberIds: ['person-0002', 'person-0003'],
    });
  });
});
