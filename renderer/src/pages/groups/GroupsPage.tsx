// 专班: every working group with its folio count and money, and create / edit / delete.
import { Card } from 'antd';
import type { ColumnType, ColumnsType } from 'antd/es/table';
import type { Group, GroupSummary } from '../../api/contract-types';
import { CreateButton } from '../../components/CreateButton';
import { hoverText } from '../../components/hover-text';
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

/*
 * Tuned for 1280×720 (about 980 px of table): 产业链专班 and a three-character 组长 stay on one
 * line, the money headers break before （亿元）, the name takes what is left; cut text shows in
 * full on hover.
 */
const KIND_WIDTH = 124;
const CHAIN_WIDTH = 124;
const HEAD_WIDTH = 88;
const COUNT_WIDTH = 96;
const MONEY_WIDTH = 104;
const ACTIONS_WIDTH = 112;

/** A text column cut to its width, the whole text on hover. */
function text(
  key: 'chain' | 'headName',
  title: string,
  width: number,
  sorter?: (a: GroupSummary, b: GroupSummary) => number,
): ColumnType<GroupSummary> {
  return {
    title,
    dataIndex: key,
    width,
    ellipsis: { showTitle: false },
    ...(sorter ? { sorter } : {}),
    render: (value: string) => hoverText(value),
  };
}

/** A money column in 亿元, without the unit (the header names it). */
function money(key: 'totalInvestment' | 'fundsInPlace', title: string): ColumnType<GroupSummary> {
  return {
    title,
    dataIndex: key,
    width: MONEY_WIDTH,
    align: 'right',
    sorter: (a, b) => a[key] - b[key],
    render: (wan: number) => <Yi wan={wan} unit={false} />,
  };
}

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
      ellipsis: { showTitle: false },
      sorter: (a, b) => byText(a.name, b.name),
      render: (name: string, group) =>
        hoverText(name, <a href={routeHref('groups', group.id)}>{name}</a>),
    },
    {
      title: t('groups.kind'),
      dataIndex: 'kind',
      width: KIND_WIDTH,
      sorter: (a, b) => byText(a.kind, b.kind),
      render: (_: unknown, group) => t(`groupKind.${group.kind}`),
    },
    text('chain', t('groups.chain'), CHAIN_WIDTH, (a, b) => byText(a.chain, b.chain)),
    text('headName', t('groups.head'), HEAD_WIDTH),
    {
      title: t('groups.folioCount'),
      dataIndex: 'folioCount',
      width: COUNT_WIDTH,
      align: 'right',
      sorter: (a, b) => a.folioCount - b.folioCount,
    },
    money('totalInvestment', t('groups.totalInvestment')),
    money('fundsInPlace', t('groups.fundsInPlace')),
    actionsColumn(
      t('common.actions'),
      editAndDelete<GroupSummary>(t, 'group', editing.edit, (group) =>
        deleteGroup(group, reloadAfterDelete(groups.reload)),
      ),
      ACTIONS_WIDTH,
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
