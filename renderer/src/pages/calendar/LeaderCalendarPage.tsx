/** 领导日程: each of our people's engagements across all trips, day by day, clashes flagged. */
import { WarningOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Segmented, Space, Tag, Typography } from 'antd';
import { SmallTable } from '../../components/SmallTable';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { CalendarEntry, LeaderCalendar } from '../../api/contract-types';
import { LoadError } from '../../components/LoadError';
import { hoverText } from '../../components/hover-text';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { routeHref } from '../../router/hash-router';
import '../trips/trips.css';

type Row = CalendarEntry & { id: string; date: string };

function todayIso(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

function LeaderCard({ leader }: { leader: LeaderCalendar }) {
  const t = useT();
  const rows: Row[] = leader.days.flatMap((day) =>
    day.entries.map((e) => ({ ...e, id: `${e.tripId}-${e.itemId}`, date: day.date })),
  );
  const cut = { ellipsis: { showTitle: false } };
  const columns: ColumnsType<Row> = [
    { title: t('calendar.date'), dataIndex: 'date', width: 110 },
    {
      title: t('calendar.time'),
      key: 'time',
      width: 120,
      render: (_: unknown, row) => (
        <span style={{ whiteSpace: 'nowrap' }}>{`${row.start}—${row.end}`}</span>
      ),
    },
    {
      title: t('calendar.trip'),
      dataIndex: 'tripTitle',
      ...cut,
      render: (title: string, row) =>
        hoverText(title, <a href={routeHref('trips', row.tripId)}>{title}</a>),
    },
    {
      title: t('calendar.activity'),
      key: 'activity',
      ...cut,
      render: (_: unknown, row) => hoverText(row.title || t(`trips.itemKind.${row.kind}`)),
    },
    {
      title: t('calendar.place'),
      dataIndex: 'place',
      ...cut,
      render: (place: string) => hoverText(place),
    },
    {
      title: t('calendar.clash'),
      key: 'clash',
      // A leader with no clash keeps the column to its heading: the names get the room.
      width: leader.clashCount > 0 ? '30%' : 64,
      render: (_: unknown, row) =>
        row.clashes.length > 0 ? (
          <Typography.Text type="danger">{row.clashes.join('；')}</Typography.Text>
        ) : null,
    },
  ];
  return (
    <Card
      size="small"
      className="block-gap-bottom"
      data-testid={`calendar-leader-${leader.key}`}
      title={
        <Space>
          <span>{leader.name}</span>
          <Typography.Text type="secondary">{leader.title}</Typography.Text>
          {leader.clashCount > 0 && (
            <Tag color="error" icon={<WarningOutlined />}>
              {t('calendar.clashTag', { count: leader.clashCount })}
            </Tag>
          )}
        </Space>
      }
    >
      <SmallTable<Row>
        columns={columns}
        dataSource={rows}
        rowClassName={(row) => (row.clashes.length > 0 ? 'trip-clash-row' : '')}
      />
    </Card>
  );
}

export function LeaderCalendarPage() {
  const t = useT();
  const [range, setRange] = useState<'upcoming' | 'all'>('upcoming');
  const calendars = useApiQuery('trips.calendar', range === 'upcoming' ? { from: todayIso() } : {});
  const list = calendars.data ?? [];
  const clashes = list.reduce((n, c) => n + c.clashCount, 0);
  return (
    <Card
      title={t('calendar.title')}
      data-testid="leader-calendar"
      extra={
        <Segmented
          value={range}
          onChange={(value) => setRange(value === 'all' ? 'all' : 'upcoming')}
          options={[
            { value: 'upcoming', label: t('calendar.upcoming') },
            { value: 'all', label: t('calendar.all') },
          ]}
        />
      }
    >
      <Typography.Paragraph type="secondary">{t('calendar.intro')}</Typography.Paragraph>
      <LoadError error={calendars.error} />
      {clashes > 0 && (
        <Alert
          type="warning"
          showIcon
          className="block-gap-bottom"
          data-testid="calendar-clashes"
          title={t('calendar.clashesTitle', { count: clashes })}
        />
      )}
      {list.length === 0 && !calendars.loading ? (
        <Empty description={t('calendar.empty')} />
      ) : (
        list.map((leader) => <LeaderCard key={leader.key} leader={leader} />)
      )}
    </Card>
  );
}
