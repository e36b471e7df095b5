import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Person } from '../../api/contract-types';
import { Wan, Yi } from '../../components/Money';
import { StageTag } from '../../components/StageTag';
import { useErrorText } from '../../components/useNotifyError';
import { formatDateTime } from '../../format/date';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/I18nContext';
import { navigate, routeHref } from '../../router/hash-router';
import { FolioFormModal } from './FolioFormModal';
import { StageDates } from './StageDates';
import { useDeleteFolio } from './useDeleteFolio';

function personText(person: Person | null, empty: string): string {
  if (!person) return empty;
  return person.title ? `${person.name}（${person.title}）` : person.name;
}

/** One folio: its fields, money in 亿元 (and 万元), the dates each stage was reached. */
export function FolioDetailPage({ id }: { id: string }) {
  const api = useApi();
  const t = useT();
  const errorText = useErrorText();
  const deleteFolio = useDeleteFolio();
  const detail = useLoad(useCallback(() => api['folios.get']({ id }), [api, id]));
  const [editing, setEditing] = useState(false);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('folios')}>
      {t('common.back')}
    </Button>
  );

  if (!detail.data) {
    return detail.error !== undefined ? (
      <Card extra={back}>
        <Alert type="error" showIcon title={errorText(detail.error)} />
      </Card>
    ) : (
      <Spin />
    );
  }
  const { folio, group, enterprise, leader, steward } = detail.data;
  const empty = t('common.empty');

  return (
    <div data-testid="folio-detail">
      <Card
        title={
          <Space>
            <span data-testid="folio-detail-name">{folio.name}</span>
            <StageTag stage={folio.stage} />
          </Space>
        }
        extra={
          <Space>
            {back}
            <Button type="primary" onClick={() => setEditing(true)} data-testid="folio-edit">
              {t('common.edit')}
            </Button>
            <Button
              danger
              data-testid="folio-delete"
              onClick={() =>
                deleteFolio(folio, { onDeleted: () => navigate('folios'), onStale: detail.reload })
              }
            >
              {t('common.delete')}
            </Button>
          </Space>
        }
      >
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'group',
              label: t('folios.group'),
              children: <a href={routeHref('groups', group.id)}>{group.name}</a>,
            },
            {
              key: 'enterprise',
              label: t('folios.enterprise'),
              children: enterprise?.name ?? empty,
            },
            { key: 'chain', label: t('folios.chain'), children: folio.chain || empty },
            { key: 'location', label: t('folios.location'), children: folio.location || empty },
            {
              key: 'total',
              label: t('folios.totalInvestment'),
              children: (
                <span data-testid="folio-detail-total">
                  <Yi wan={folio.totalInvestment} />（<Wan wan={folio.totalInvestment} />）
                </span>
              ),
            },
            {
              key: 'funds',
              label: t('folios.fundsInPlace'),
              children: (
                <span data-testid="folio-detail-funds">
                  <Yi wan={folio.fundsInPlace} />（<Wan wan={folio.fundsInPlace} />）
                </span>
              ),
            },
            { key: 'leader', label: t('folios.leader'), children: personText(leader, empty) },
            { key: 'steward', label: t('folios.steward'), children: personText(steward, empty) },
            {
              key: 'created',
              label: t('folios.createdAt'),
              children: formatDateTime(folio.createdAt),
            },
            {
              key: 'updated',
              label: t('folios.updatedAt'),
              children: formatDateTime(folio.updatedAt),
            },
            {
              key: 'notes',
              label: t('folios.notes'),
              span: 'filled',
              children: folio.notes ? (
                <Typography.Paragraph className="pre-wrap">{folio.notes}</Typography.Paragraph>
              ) : (
                empty
              ),
            },
          ]}
        />
        <Typography.Title level={5} className="block-gap">
          {t('folios.stageDates')}
        </Typography.Title>
        <StageDates dates={folio.stageDates} />
      </Card>
      {editing && (
        <FolioFormModal
          folio={folio}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            detail.reload();
          }}
        />
      )}
    </div>
  );
}
