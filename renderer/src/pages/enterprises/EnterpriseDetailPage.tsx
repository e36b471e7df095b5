import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Spin, Table, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { Yi } from '../../components/Money';
import { useErrorText } from '../../components/useNotifyError';
import { formatDateTime } from '../../format/date';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/I18nContext';
import { navigate } from '../../router/hash-router';
import { FolioTable } from '../folios/FolioTable';
import { EnterpriseFormModal } from './EnterpriseFormModal';
import { EnterpriseKindTag } from './EnterpriseKindTag';
import { useDeleteRecord } from './useDeleteRecord';

/** One enterprise or chamber: its fields, key people and the folios linked to it. */
export function EnterpriseDetailPage({ id }: { id: string }) {
  const api = useApi();
  const t = useT();
  const errorText = useErrorText();
  const deleteEnterprise = useDeleteRecord('enterprise');
  const detail = useLoad(useCallback(() => api['enterprises.get']({ id }), [api, id]));
  const [editing, setEditing] = useState(false);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('enterprises')}>
      {t('common.back')}
    </Button>
  );

  // A failed reload wins over the data kept from before: the record may be gone (an undo, a
  // delete elsewhere), and showing it as if it were still there would mislead.
  if (!detail.data || detail.error !== undefined) {
    return detail.error !== undefined ? (
      <Card extra={back}>
        <Alert type="error" showIcon title={errorText(detail.error)} />
      </Card>
    ) : (
      <Spin />
    );
  }
  const { enterprise, folios } = detail.data;
  const total = folios.reduce((sum, folio) => sum + folio.totalInvestment, 0);
  const funds = folios.reduce((sum, folio) => sum + folio.fundsInPlace, 0);
  const empty = t('common.empty');

  return (
    <Space
      orientation="vertical"
      size="middle"
      className="full-width"
      data-testid="enterprise-detail"
    >
      <Card
        title={enterprise.name}
        extra={
          <Space>
            {back}
            <Button onClick={() => setEditing(true)} data-testid="enterprise-edit">
              {t('common.edit')}
            </Button>
            <Button
              danger
              data-testid="enterprise-delete"
              onClick={() =>
                deleteEnterprise(enterprise, {
                  onDeleted: () => navigate('enterprises'),
                  onStale: detail.reload,
                })
              }
            >
              {t('common.delete')}
            </Button>
          </Space>
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'kind',
              label: t('enterprises.kind'),
              children: <EnterpriseKindTag kind={enterprise.kind} />,
            },
            {
              key: 'headquarters',
              label: t('enterprises.headquarters'),
              children: enterprise.headquarters || empty,
            },
            { key: 'total', label: t('folios.totalInvestment'), children: <Yi wan={total} /> },
            { key: 'funds', label: t('folios.fundsInPlace'), children: <Yi wan={funds} /> },
            { key: 'folioCount', label: t('enterprise.folioCount'), children: folios.length },
            {
              key: 'updated',
              label: t('folios.updatedAt'),
              children: formatDateTime(enterprise.updatedAt),
            },
            {
              key: 'profile',
              label: t('enterprises.profile'),
              span: 'filled',
              children: enterprise.profile ? (
                <Typography.Paragraph className="pre-wrap">
                  {enterprise.profile}
                </Typography.Paragraph>
              ) : (
                empty
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('enterprise.keyPeople')}>
        <Table
          rowKey="id"
          size="small"
          data-testid="enterprise-key-people"
          dataSource={enterprise.keyPeople}
          pagination={false}
          columns={[
            { title: t('enterprise.personName'), dataIndex: 'name' },
            { title: t('enterprise.personTitle'), dataIndex: 'title' },
            { title: t('enterprise.personPhone'), dataIndex: 'phone' },
            { title: t('enterprise.personNote'), dataIndex: 'note' },
          ]}
          locale={{ emptyText: t('enterprise.noKeyPeople') }}
        />
      </Card>
      <Card title={t('enterprise.folios')}>
        <FolioTable rows={folios} loading={detail.loading} testId="enterprise-folios-table" />
      </Card>
      {editing && (
        <EnterpriseFormModal
          enterprise={enterprise}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            detail.reload();
          }}
        />
      )}
    </Space>
  );
}
