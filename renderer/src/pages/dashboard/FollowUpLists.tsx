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

/** A row of a list: what it is about, opening its folio. */
function row(
  key: string,
  folio: { folioId: string; folioName: string },
  title: ReactNode,
  detail: string,
): FollowUpRow {
  return { key, folioId: folio.folioId, folioName: folio.folioName, title, detail };
}

/** A row's title: its tag (list, status), then its text. */
const tagged = (tag: ReactNode, text: string) => (
  <Typography.Text>
    {tag}
    {text}
  </Typography.Text>
);

/** A row's detail: the parts that are there, joined by ' · '. */
const dotted = (...parts: string[]) => parts.filter(Boolean).join(' · ');

/** The three lists: 逾期事项, 堵点难点, 久未推进. */
type ListKey = 'overdue' | 'blockers' | 'stale';

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
  const overdue = stats.overdueItems
    .slice(0, SHOWN)
    .map((item) =>
      row(
        item.itemId,
        item,
        tagged(<Tag>{t(`dashboard.list.${item.list}`)}</Tag>, item.text),
        dotted(
          item.owner,
          t('dashboard.list.due', { due: item.due, days: daysBetween(item.due, today) }),
        ),
      ),
    );
  const blockers = stats.openBlockers
    .slice(0, SHOWN)
    .map((b) =>
      row(
        b.blockerId,
        b,
        tagged(
          <Tag color={b.status === 'open' ? 'red' : 'orange'}>
            {t(`dashboard.blocker.${b.status}`)}
          </Tag>,
          b.problem,
        ),
        dotted(
          b.department,
          t('dashboard.list.raised', { date: b.raisedOn, days: daysBetween(b.raisedOn, today) }),
        ),
      ),
    );
  const stale = stats.staleFolios.slice(0, SHOWN).map((f) =>
    row(
      f.folioId,
      f,
      <StageTag stage={f.stage} />,
      f.lastProgressOn
        ? t('dashboard.list.lastProgress', {
            date: f.lastProgressOn,
            days: daysBetween(f.lastProgressOn, today),
          })
        : t('dashboard.list.noProgress'),
    ),
  );
  const lists: { key: ListKey; rows: FollowUpRow[]; total: number; filter: FolioFilter }[] = [
    { key: 'overdue', rows: overdue, total: stats.counts.overdueItems, filter: { overdue: true } },
    {
      key: 'blockers',
      rows: blockers,
      total: stats.counts.openBlockers,
      filter: { openBlockers: true },
    },
    { key: 'stale', rows: stale, total: stats.counts.staleFolios, filter: { stale: true } },
  ];
  return (
    <Row gutter={[16, 16]}>
      {lists.map(({ key, rows, total, filter }) => (
        <Col key={key} xs={24} xl={8}>
          <FollowUpList
            title={t(`dashboard.stat.${key}`)}
            testId={`list-${key}`}
            rows={rows}
            total={total}
            empty={t(`dashboard.list.${key}Empty`)}
            filter={filter}
          />
        </Col>
      ))}
    </Row>
  );
}
