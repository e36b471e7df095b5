// Checks deletes asked about first: what stands in the way is named before 移入回收站?, with the way out.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DeleteCheck, DossierApi } from '../../../renderer/src/api/contract-types';
import { GroupsPage } from '../../../renderer/src/pages/groups/GroupsPage';
import { PeoplePage } from '../../../renderer/src/pages/people/PeoplePage';
import { useDeleteFolio } from '../../../renderer/src/pages/folios/useDeleteFolio';
import { fakeApi } from '../helpers/fake-api';
import { groupSummary, person } from '../helpers/fixtures';
import { renderPage } from '../helpers/render';

const chainGroup = groupSummary('group-0001', '集成电路封测产业链专班', { rev: 4 });
const countyGroup = groupSummary('group-0002', '秦州区县区专班', { kind: 'county' });

type Blocker = DeleteCheck['blockers'][number];

/** A `deleteCheck` answering that `blockers` stand in the way, with the dialog's `message`. */
const inTheWay = (message: string, ...blockers: Blocker[]) =>
  vi.fn(() => Promise.resolve({ blockers, message }));

/** The folio 华天科技封测扩能项目 standing in the way as `role`, summed up as `text`. */
const huatianAs = (role: Blocker['role'], text: string): Blocker => ({
  role,
  collection: 'folios',
  text,
  records: [{ id: 'folio-0001', name: '华天科技封测扩能项目' }],
});

function FolioDeleteButton({ onDeleted }: { onDeleted: () => void }) {
  const remove = useDeleteFolio();
  return (
    <button
      type="button"
      onClick={() => remove({ id: 'folio-0001', rev: 3, name: '肉牛屠宰项目' }, { onDeleted })}
    >
      删除项目
    </button>
  );
}

describe('deletes checked first', () => {
  it('a folio linked to trips: the trips are named, and OK unlinks them and deletes in one call', async () => {
    const remove = vi.fn<DossierApi['folios.delete']>(() => Promise.resolve({ id: 'folio-0001' }));
    const check = inTheWay('无法删除项目', {
      role: 'trips',
      collection: 'trips',
      text: '2 个考察',
      records: [
        { id: 'trip-00001', name: '重庆商会来天水考察' },
        { id: 'trip-00002', name: '赴西安招商' },
      ],
    });
    const onDeleted = vi.fn();
    renderPage(<FolioDeleteButton onDeleted={onDeleted} />, {
      api: fakeApi({ 'folios.delete': remove, 'folios.deleteCheck': check }),
    });
    fireEvent.click(screen.getByText('删除项目'));

    const blockers = await screen.findByTestId('delete-blockers');
    expect(screen.getAllByText('删除“肉牛屠宰项目”前需要处理').length).toBeGreaterThan(0);
    expect(within(blockers).getByText('2 个考察')).toBeTruthy();
    expect(within(blockers).getByText('重庆商会来天水考察').getAttribute('href')).toBe(
      '#/trips/trip-00001',
    );
    expect(remove).not.toHaveBeenCalled();

    fireEvent.click(screen.getByText('取消关联并删除'));
    await waitFor(() =>
      expect(remove).toHaveBeenCalledWith({
        id: 'folio-0001',
        rev: 3,
        unlinkTripIds: ['trip-00001', 'trip-00002'],
      }),
    );
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
  });

  it('a group with folios: OK waits for the group that takes them, then moves and deletes', async () => {
    const remove = vi.fn<DossierApi['groups.delete']>(() => Promise.resolve({ id: chainGroup.id }));
    const check = inTheWay('无法删除专班', huatianAs('folios', '1 个项目'));
    const list = vi.fn(() => Promise.resolve([chainGroup, countyGroup]));
    renderPage(<GroupsPage />, {
      api: fakeApi({ 'groups.list': list, 'groups.delete': remove, 'groups.deleteCheck': check }),
    });
    fireEvent.click(await screen.findByTestId('group-delete-group-0001'));

    const blockers = await screen.findByTestId('delete-blockers');
    expect(within(blockers).getByText('华天科技封测扩能项目')).toBeTruthy();
    const ok = screen.getByText('移动项目并删除专班').closest('button');
    expect(ok?.disabled).toBe(true);

    const select = within(screen.getByTestId('delete-move-to')).getByRole('combobox');
    fireEvent.mouseDown(select);
    const options = await screen.findAllByText('秦州区县区专班');
    const option = options.find((el) => el.closest('.ant-select-item-option'));
    if (!option) throw new Error('no option');
    fireEvent.click(option);
    await waitFor(() => expect(ok?.disabled).toBe(false));
    expect(document.querySelector('.ant-select-dropdown')?.textContent ?? '').not.toContain(
      '集成电路封测产业链专班',
    );

    fireEvent.click(screen.getByText('移动项目并删除专班'));
    await waitFor(() =>
      expect(remove).toHaveBeenCalledWith({
        id: 'group-0001',
        rev: 4,
        moveFolios: { toGroupId: 'group-0002', folioIds: ['folio-0001'] },
      }),
    );
  });

  it('a person who leads folios: the uses are listed as links, and nothing is deleted', async () => {
    const remove = vi.fn<DossierApi['people.delete']>();
    const check = inTheWay('无法删除人员', huatianAs('leader', '1 个项目的包抓领导'));
    renderPage(<PeoplePage />, {
      api: fakeApi({
        'people.list': vi.fn(() => Promise.resolve([person('person-0001', '何晓东', '副市长')])),
        'people.delete': remove,
        'people.deleteCheck': check,
      }),
    });
    fireEvent.click(await screen.findByTestId('person-delete-person-0001'));

    const blockers = await screen.findByTestId('delete-blockers');
    expect(within(blockers).getByText('1 个项目的包抓领导')).toBeTruthy();
    expect(within(blockers).getByText('华天科技封测扩能项目').getAttribute('href')).toBe(
      '#/folios/folio-0001',
    );
    fireEvent.click(screen.getByText('知道了'));
    await waitFor(() => expect(screen.queryByTestId('delete-blockers')).toBeNull());
    expect(remove).not.toHaveBeenCalled();
  });
});
