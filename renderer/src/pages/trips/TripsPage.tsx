// 考察: every trip, newest first, with its schedule size and clash warnings; create and delete.
import { WarningOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { TripSummary } from '../../api/contract-types';
import { CreateButton } from '../../components/CreateButton';
import { LoadedTable } from '../../components/LoadedTable';
import { actionsColumn, reloadAfterDelete } from '../../components/RowActions';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { navigate, routeHref } from '../../router/hash-router';
import { TripFormModal } from './TripFormModal';
import { TripKindTag } from './TripKindTag';
import { useDeleteTrip } from './useDeleteTrip';
import './trips.css';

/** 考察: every trip, newest first, with its schedule size and clash warnings; create, delete. */
export function TripsPage() {
  const t = useT();
  const deleteTrip = useDeleteTrip();
  const trips = useApiQuery('trips.list', {});
  const [creating, setCreating] = useState(false);

  const columns: ColumnsType<TripSummary> = [
    {
      title: t('trips.name'),
      dataIndex: 'title',
      render: (title: string, trip) => (
        <a href={routeHref('trips', trip.id)} data-testid={`trip-link-${trip.id}`}>
          {title}
        </a>
      ),
    },
    {
      title: t('trips.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (_: unknown, trip) => <TripKindTag kind={trip.kind} />,
    },
    {
      title: t('trips.dates'),
      key: 'dates',
      width: 220,
      render: (_: unknown, trip) =>
        t('trips.dateRange', { start: trip.startDate, end: trip.endDate }),
    },
    {
      title: t('trips.itemCount'),
      dataIndex: 'itemCount',
      width: 90,
      align: 'right',
      render: (count: number) => t('trips.itemCountValue', { count }),
    },
    {
      title: t('trips.clashCount'),
      dataIndex: 'clashCount',
      width: 120,
      render: (count: number, trip) =>
        count > 0 ? (
          <Tag color="warning" icon={<WarningOutlined />} data-testid={`trip-clashes-${trip.id}`}>
            {t('trips.clashTag', { count })}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('trips.noClash')}</Typography.Text>
        ),
    },
    actionsColumn(
      t('common.actions'),
      (trip) => [
        {
          label: t('common.delete'),
          testId: `trip-delete-${trip.id}`,
          danger: true,
          onClick: () => deleteTrip(trip, reloadAfterDelete(trips.reload)),
        },
      ],
      90,
    ),
  ];

  return (
    <Card
      title={t('trips.title')}
      extra={
        <Space>
          <Button href={routeHref('calendar')} data-testid="open-leader-calendar">
            {t('calendar.open')}
          </Button>
          <CreateButton
            label={t('trips.create')}
            testId="trip-create"
            onClick={() => setCreating(true)}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('trips.listIntro')}</Typography.Paragraph>
      <LoadedTable<TripSummary>
        loaded={trips}
        columns={columns}
        testId="trips-table"
        emptyText={t('trips.empty')}
      />
      {creating && (
        <TripFormModal
          onClose={() => setCreating(false)}
          onSaved={(trip) => navigate('trips', trip.id)}
        />
      )}
    </Card>
  );
}
