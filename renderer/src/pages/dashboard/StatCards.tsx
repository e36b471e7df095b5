// The six numbers on top of 工作台; each card opens the folio list filtered to its folios.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { DashboardStats, FolioFilter } from '../../api/contract-types';
import { yiNumber } from '../../format/money';
import { useT } from '../../i18n/I18nContext';
import { foliosHref } from '../folios/folio-filter';
import { fundsRate } from '../../../../electron/core/api/chart-options';

interface StatCard {
  testId: string;
  title: string;
  value: string | number;
  suffix?: string;
  note: string;
  /** The folios behind the number. */
  filter: FolioFilter;
  /** Shown in red when above zero: something waits for someone. */
  alert?: boolean;
}

/** The six numbers on top of 工作台; each card opens the folio list filtered to its folios. */
export function StatCards({ stats }: { stats: DashboardStats }) {
  const t = useT();
  const { totals } = stats;
  const { counts } = stats;
  const inFolios = (count: number) => t('dashboard.stat.inFolios', { count });
  const cards: StatCard[] = [
    {
      testId: 'stat-folios',
      title: t('dashboard.stat.folios'),
      value: totals.count,
      note: t('dashboard.stat.asOf', { today: stats.today }),
      filter: {},
    },
    {
      testId: 'stat-total',
      title: t('dashboard.stat.total'),
      value: yiNumber(totals.totalInvestment),
      suffix: t('unit.yi'),
      note: t('dashboard.stat.asOf', { today: stats.today }),
      filter: {},
    },
    {
      testId: 'stat-funds',
      title: t('dashboard.stat.funds'),
      value: yiNumber(totals.fundsInPlace),
      suffix: t('unit.yi'),
      note: t('dashboard.stat.fundsRate', { rate: fundsRate(totals).toFixed(1) }),
      filter: {},
    },
    {
      testId: 'stat-overdue',
      title: t('dashboard.stat.overdue'),
      value: counts.overdueItems,
      note: inFolios(counts.overdueFolios),
      filter: { overdue: true },
      alert: true,
    },
    {
      testId: 'stat-blockers',
      title: t('dashboard.stat.blockers'),
      value: counts.openBlockers,
      note: inFolios(counts.blockerFolios),
      filter: { openBlockers: true },
      alert: true,
    },
    {
      testId: 'stat-stale',
      title: t('dashboard.stat.stale'),
      value: counts.staleFolios,
      note: t('dashboard.stat.asOf', { today: stats.today }),
      filter: { stale: true },
      alert: true,
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.testId} xs={12} md={8} xxl={4}>
          <a
            href={foliosHref(card.filter)}
            data-testid={card.testId}
            className="dashboard-card-link"
          >
            <Card hoverable size="small">
              <Statistic
                title={card.title}
                value={card.value}
                suffix={card.suffix}
                styles={{
                  content: card.alert && Number(card.value) > 0 ? { color: '#cf1322' } : undefined,
                }}
              />
              <Typography.Text type="secondary">{card.note}</Typography.Text>
            </Card>
          </a>
        </Col>
      ))}
    </Row>
  );
}
