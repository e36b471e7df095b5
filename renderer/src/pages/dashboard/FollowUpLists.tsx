// 六督六促 lists of 工作台: overdue items, open blockers and quiet folios, each row opening its folio.
import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { DashboardStats, FolioFilter } from '../../api/contract-types';
import { StageTag } from '../../components/StageTag';
import { useT } from '../../i18n/I18nContext';
import { routeHref } from '../../router/hash-router';
import { foliosHref } from '../folios/folio-filter';
import { daysBetween } from './days';

/** Rows shown per list (the core sends as many); the rest are a click away in the filtered folio list. */
const SHOWN = 8;

interface FollowUpRow {
  key: string;
  folioId: string;
  folioName: string;
  title: ReactNode;
  detail: string;
}

interface ListProps {
  title: string;
  testId: string;
  /** The first SHOWN rows. */
  rows: FollowUpRow[];
  total: number;
  empty: string;
  filter: FolioFilter;
}

function FollowUpList({ title, testId, rows, total, empty, filter }: ListProps) {
  const t = useT();
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        total > rows.length && (
          <a href={foliosHref(filter)}>{t('dashboard.list.viewAll', { count: total })}</a>
        )
      }
    >
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      ) : (
        <ul className="follow-up-list">
          {rows.map((row) => (
            <li key={row.key}>
              <Space size={4} wrap>
                <a href={routeHref('folios', row.folioId)}>{row.folioName}</a>
                {row.title}
              </Space>
              <div>
                <Typography.Text type="secondary">{row.detail}</Typography.Text>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** 六督六促: what is overdue, stuck or quiet, oldest first; each row opens its folio. */
export function FollowUpLists({ stats }: { stats: DashboardStats }) {
  const t = useT();
  const { today } = stats;
  const overdue: FollowUpRow[] = stats.overdueItems.slice(0, SHOWN).map((item) => ({
    key: item.itemId,
    folioId: item.folioId,
    folioName: item.folioName,
    title: (
      <Typography.Text>
        <Tag>{t(`dashboard.list.${item.list}`)}</Tag>
        {item.text}
      </Typography.Text>
    ),
    detail: [
      item.owner,
      t('dashboard.list.due', { due: item.due, days: daysBetween(item.due, today) }),
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  const blockers: FollowUpRow[] = stats.openBlockers.slice(0, SHOWN).map((b) => ({
    key: b.blockerId,
    folioId: b.folioId,
    folioName: b.folioName,
    title: (
      <Typography.Text>
        <Tag color={b.status === 'open' ? 'red' : 'orange'}>
          {t(`dashboard.blocker.${b.status}`)}
        </Tag>
        {b.problem}
      </Typography.Text>
    ),
    detail: [
      b.department,
      t('dashboard.list.raised', { date: b.raisedOn, days: daysBetween(b.raisedOn, today) }),
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  const stale: FollowUpRow[] = stats.staleFolios.slice(0, SHOWN).map((f) => ({
    key: f.folioId,
    folioId: f.folioId,
    folioName: f.folioName,
    title: <StageTag stage={f.stage} />,
    detail: f.lastProgressOn
      ? t('dashboard.list.lastProgress', {
          date: f.lastProgressOn,
          days: daysBetween(f.lastProgressOn, today),
        })
      : t('dashboard.list.noProgress'),
  }));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <FollowUpList
          title={t('dashboard.stat.overdue')}
          testId="list-overdue"
          rows={overdue}
          total={stats.counts.overdueItems}
          empty={t('dashboard.list.overdueEmpty')}
          filter={{ overdue: true }}
        />
      </Col>
      <Col xs={24} xl={8}>
        <FollowUpList
          title={t('dashboard.stat.blockers')}
          testId="list-blockers"
          rows={blockers}
          total={stats.counts.openBlockers}
          empty={t('dashboard.list.blockersEmpty')}
          filter={{ openBlockers: true }}
        />
      </Col>
      <Col xs={24} xl={8}>
        <FollowUpList
          title={t('dashboard.stat.stale')}
          testId="list-stale"
          rows={stale}
          total={stats.counts.staleFolios}
          empty={t('dashboard.list.staleEmpty')}
          filter={{ stale: true }}
        />
      </Col>
    </Row>
  );
}
