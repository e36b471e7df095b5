// 客商: every enterprise and chamber in a table, with create, edit and delete; a name opens its page.
import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Enterprise } from '../../api/contract-types';
import { CreateButton } from '../../components/CreateButton';
import { ENTERPRISE_KINDS } from '../../components/enum-options';
import { LoadedTable } from '../../components/LoadedTable';
import { actionsColumn, editAndDelete, reloadAfterDelete } from '../../components/RowActions';
import { useListEditing } from '../../components/useListEditing';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { navigate, routeHref } from '../../router/hash-router';
import { DirectoryCard } from './DirectoryCard';
import { EnterpriseFormModal } from './EnterpriseFormModal';
import { EnterpriseKindTag } from './EnterpriseKindTag';
import { useDeleteRecord } from './useDeleteRecord';

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
const kindOrder = (e: Enterprise) => ENTERPRISE_KINDS.indexOf(e.kind);

/** 客商: every enterprise and chamber, with create / edit / delete; a name opens its page. */
export function EnterprisesPage() {
  const t = useT();
  const deleteEnterprise = useDeleteRecord('enterprise');
  const enterprises = useApiQuery('enterprises.list', {});
  const editing = useListEditing<Enterprise>(enterprises.reload, (id) =>
    navigate('enterprises', id),
  );

  const columns: ColumnsType<Enterprise> = [
    {
      title: t('enterprises.name'),
      dataIndex: 'name',
      sorter: (a, b) => byText(a.name, b.name),
      render: (name: string, enterprise) => (
        <a href={routeHref('enterprises', enterprise.id)}>{name}</a>
      ),
    },
    {
      title: t('enterprises.kind'),
      dataIndex: 'kind',
      sorter: (a, b) => kindOrder(a) - kindOrder(b),
      filters: ENTERPRISE_KINDS.map((value) => ({
        value,
        text: t(`enterpriseKind.${value}`),
      })),
      onFilter: (value, enterprise) => enterprise.kind === value,
      render: (_: unknown, enterprise) => <EnterpriseKindTag kind={enterprise.kind} />,
    },
    {
      title: t('enterprises.headquarters'),
      dataIndex: 'headquarters',
      sorter: (a, b) => byText(a.headquarters, b.headquarters),
    },
    {
      title: t('enterprise.keyPeople'),
      key: 'keyPeople',
      ellipsis: true,
      render: (_: unknown, enterprise) =>
        enterprise.keyPeople
          .map((person) => (person.title ? `${person.name}（${person.title}）` : person.name))
          .join('、'),
    },
    actionsColumn(
      t('common.actions'),
      editAndDelete(t, 'enterprise', editing.edit, (enterprise) =>
        deleteEnterprise(enterprise, reloadAfterDelete(enterprises.reload)),
      ),
      130,
    ),
  ];

  return (
    <DirectoryCard
      active="enterprises"
      extra={
        <CreateButton
          label={t('enterprise.create')}
          testId="enterprise-create"
          onClick={editing.create}
        />
      }
    >
      <Typography.Paragraph type="secondary">{t('enterprise.intro')}</Typography.Paragraph>
      <LoadedTable<Enterprise>
        loaded={enterprises}
        columns={columns}
        testId="enterprises-table"
        emptyText={t('enterprise.empty')}
      />
      {editing.open && (
        <EnterpriseFormModal
          enterprise={editing.record}
          onClose={editing.close}
          onSaved={editing.saved}
        />
      )}
    </DirectoryCard>
  );
}
