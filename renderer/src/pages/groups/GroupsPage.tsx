// 专班: every working group with its folio count and money, and create / edit / delete.
import { Card } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Group, GroupSummary } from '../../api/contract-types';
import { CreateButton } from '../../components/CreateButton';
import { LoadedTable } from '../../components/LoadedTable';
import { Yi } from '../../components/Money';
import { actionsColumn, editAndDelete, reloadAfterDelete } from '../../components/RowActions';
import { useListEditing } from '../../components/useListEditing';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { navigate, routeHref } from '../../router/hash-router';
import { GroupFormModal } from './GroupFormModal';
import { useDeleteGroup } from './useDeleteGroup';

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** 专班: every working group with its folio count and money, and create / edit / delete. */
export function GroupsPage() {
  const t = useT();
  const deleteGroup = useDeleteGroup();
  const groups = useApiQuery('groups.list', {});
  const editing = useListEditing<Group>(groups.reload, (id) => navigate('groups', id));

  const columns: ColumnsType<GroupSummary> = [
    {
      title: t('groups.name'),
      dataIndex: 'name',
      sorter: (a, b) => byText(a.name, b.name),
      render: (name: string, group) => <a href={routeHref('groups', group.id)}>{name}</a>,
    },
    {
      title: t('groups.kind'),
      dataIndex: 'kind',
      sorter: (a, b) => byText(a.kind, b.kind),
      render: (_: unknown, group) => t(`groupKind.${group.kind}`),
    },
    { title: t('groups.chain'), dataIndex: 'chain', sorter: (a, b) => byText(a.chain, b.chain) },
    { title: t('groups.head'), dataIndex: 'headName' },
    {
      title: t('groups.folioCount'),
      dataIndex: 'folioCount',
      align: 'right',
      sorter: (a, b) => a.folioCount - b.folioCount,
    },
    {
      title: t('groups.totalInvestment'),
      dataIndex: 'totalInvestment',
      align: 'right',
      sorter: (a, b) => a.totalInvestment - b.totalInvestment,
      render: (wan: number) => <Yi wan={wan} unit={false} />,
    },
    {
      title: t('groups.fundsInPlace'),
      dataIndex: 'fundsInPlace',
      align: 'right',
      sorter: (a, b) => a.fundsInPlace - b.fundsInPlace,
      render: (wan: number) => <Yi wan={wan} unit={false} />,
    },
    actionsColumn(
      t('common.actions'),
      editAndDelete<GroupSummary>(t, 'group', editing.edit, (group) =>
        deleteGroup(group, reloadAfterDelete(groups.reload)),
      ),
    ),
  ];

  return (
    <Card
      title={t('groups.title')}
      extra={
        <CreateButton label={t('groups.create')} testId="group-create" onClick={editing.create} />
      }
    >
      <LoadedTable<GroupSummary>
        loaded={groups}
        columns={columns}
        testId="groups-table"
        emptyText={t('groups.empty')}
        pagination={false}
      />
      {editing.open && (
        <GroupFormModal group={editing.record} onClose={editing.close} onSaved={editing.saved} />
      )}
    </Card>
  );
}
