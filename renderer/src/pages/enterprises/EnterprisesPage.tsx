import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Enterprise } from '../../api/contract-types';
import { ENTERPRISE_KIND_VALUES } from '../../components/enum-options';
import { useErrorText } from '../../components/useNotifyError';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/I18nContext';
import { navigate, routeHref } from '../../router/hash-router';
import { DirectoryCard } from './DirectoryCard';
import { EnterpriseFormModal } from './EnterpriseFormModal';
import { EnterpriseKindTag } from './EnterpriseKindTag';
import { useDeleteRecord } from './useDeleteRecord';

type Editing = { mode: 'create' } | { mode: 'edit'; enterprise: Enterprise } | null;

const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
const kindOrder = (e: Enterprise) => ENTERPRISE_KIND_VALUES.indexOf(e.kind);

/** 客商: every enterprise and chamber, with create / edit / delete; a name opens its page. */
export function EnterprisesPage() {
  const api = useApi();
  const t = useT();
  const errorText = useErrorText();
  const deleteEnterprise = useDeleteRecord('enterprise');
  const enterprises = useLoad(useCallback(() => api['enterprises.list']({}), [api]));
  const [editing, setEditing] = useState<Editing>(null);

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
      filters: ENTERPRISE_KIND_VALUES.map((value) => ({
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
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_: unknown, enterprise) => (
        <Space size="small">
          <Button
            type="link"
            size="small"
            data-testid={`enterprise-edit-${enterprise.id}`}
            onClick={() => setEditing({ mode: 'edit', enterprise })}
          >
            {t('common.edit')}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            data-testid={`enterprise-delete-${enterprise.id}`}
            onClick={() =>
              deleteEnterprise(enterprise, {
                onDeleted: enterprises.reload,
                onStale: enterprises.reload,
              })
            }
          >
            {t('common.delete')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <DirectoryCard
      active="enterprises"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ mode: 'create' })}
          data-testid="enterprise-create"
        >
          {t('enterprise.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('enterprise.intro')}</Typography.Paragraph>
      {enterprises.error !== undefined && (
        <Alert
          type="error"
          showIcon
          title={errorText(enterprises.error)}
          className="block-gap-bottom"
        />
      )}
      <Table<Enterprise>
        rowKey="id"
        data-testid="enterprises-table"
        loading={enterprises.loading}
        columns={columns}
        dataSource={enterprises.data ?? []}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        locale={{
          emptyText: <Typography.Text type="secondary">{t('enterprise.empty')}</Typography.Text>,
        }}
      />
      {editing && (
        <EnterpriseFormModal
          enterprise={editing.mode === 'edit' ? editing.enterprise : undefined}
          onClose={() => setEditing(null)}
          onSaved={(enterprise) => {
            setEditing(null);
            if (editing.mode === 'create') navigate('enterprises', enterprise.id);
            else enterprises.reload();
          }}
        />
      )}
    </DirectoryCard>
  );
}
