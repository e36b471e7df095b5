import { Alert, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Enterprise } from '../../api/contract-types';
import { useErrorText } from '../../components/useNotifyError';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/I18nContext';

/** 客商: for now a plain list of the workspace's enterprises. */
export function EnterprisesPage() {
  const api = useApi();
  const t = useT();
  const errorText = useErrorText();
  const enterprises = useLoad(useCallback(() => api['enterprises.list']({}), [api]));
  const columns: ColumnsType<Enterprise> = [
    {
      title: t('enterprises.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    },
    {
      title: t('enterprises.kind'),
      dataIndex: 'kind',
      render: (_: unknown, enterprise) => t(`enterpriseKind.${enterprise.kind}`),
    },
    { title: t('enterprises.headquarters'), dataIndex: 'headquarters' },
    { title: t('enterprises.profile'), dataIndex: 'profile', ellipsis: true },
  ];
  return (
    <Card title={t('enterprises.title')}>
      <Typography.Paragraph type="secondary">{t('enterprises.intro')}</Typography.Paragraph>
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
        locale={{ emptyText: t('enterprises.empty') }}
      />
    </Card>
  );
}
