// 工作台: stat cards, money by stage and chain charts, and the follow-up lists; all lead to folios.
import { Alert, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useMemo } from 'react';
import type { DashboardStats } from '../../api/contract-types';
import { STAGES } from '../../components/enum-options';
import { useErrorText } from '../../components/useNotifyError';
import { formatYi } from '../../format/money';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { foliosHref } from '../folios/folio-filter';
import {
  chainChartHeight,
  chainChartOption,
  fundsGaugeOption,
  stageChartOption,
} from '../../../../electron/core/api/chart-options';
import { chartLabels } from './chart-labels';
import { EChart } from './EChart';
import { AskWho, FirstRunSteps } from './FirstRunSteps';
import { FollowUpLists } from './FollowUpLists';
import { StatCards } from './StatCards';
import './dashboard.css';

const open = (href: string) => {
  window.location.hash = href;
};

function Charts({ stats }: { stats: DashboardStats }) {
  const t = useT();
  const labels = useMemo(() => chartLabels(t), [t]);
  const stageOption = useMemo(() => stageChartOption(stats, labels), [stats, labels]);
  const chainOption = useMemo(() => chainChartOption(stats, labels), [stats, labels]);
  const gaugeOption = useMemo(() => fundsGaugeOption(stats, labels), [stats, labels]);
  const hint = <Typography.Text type="secondary">{t('dashboard.chart.hint')}</Typography.Text>;

  const openStage = (index: number) => {
    const stage = STAGES.find((s) => s === stats.byStage[index]?.key);
    if (stage) open(foliosHref({ stages: [stage] }));
  };
  const openChain = (index: number) => {
    const chain = stats.byChain[index]?.key;
    if (chain) open(foliosHref({ chain }));
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card size="small" title={t('dashboard.chart.stage')} extra={hint}>
          <EChart
            option={stageOption}
            height={320}
            testId="chart-stage"
            onCategoryClick={openStage}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title={t('dashboard.chart.funds')}>
          <EChart option={gaugeOption} height={280} testId="chart-funds" />
          <Typography.Paragraph type="secondary" className="dashboard-funds-detail">
            {t('dashboard.chart.fundsDetail', {
              funds: formatYi(stats.totals.fundsInPlace, t('unit.yi')),
              total: formatYi(stats.totals.totalInvestment, t('unit.yi')),
            })}
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24}>
        <Card size="small" title={t('dashboard.chart.chain')} extra={hint}>
          <EChart
            option={chainOption}
            height={chainChartHeight(stats)}
            testId="chart-chain"
            categoryAxis="y"
            onCategoryClick={openChain}
          />
        </Card>
      </Col>
    </Row>
  );
}

/** 工作台: the numbers by stage and chain, and what needs following up; all lead to folios. */
export function DashboardPage() {
  const errorText = useErrorText();
  const stats = useApiQuery('dashboard.stats', {});
  const data = stats.data;

  return (
    <div data-testid="dashboard">
      {stats.error !== undefined && (
        <Alert type="error" showIcon title={errorText(stats.error)} className="block-gap-bottom" />
      )}
      {data === undefined ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" size={16} className="full-width">
          <StatCards stats={data} />
          {data.totals.count === 0 ? (
            <FirstRunSteps />
          ) : (
            <>
              <AskWho />
              <Charts stats={data} />
              <FollowUpLists stats={data} />
            </>
          )}
        </Space>
      )}
    </div>
  );
}
