// The dashboard charts' words in the user's language (the chart options live in the core).
import type { ChartLabels } from '../../../../electron/core/api/chart-options';
import type { Stage } from '../../api/contract-types';
import { STAGES } from '../../components/enum-options';
import type { Translate } from '../../i18n/translate';

/** The dashboard charts' words, in the user's language (the options live in the core). */
export function chartLabels(t: Translate): ChartLabels {
  const stages = Object.fromEntries(STAGES.map((s) => [s, t(`stage.${s}`)])) as Record<
    Stage,
    string
  >;
  return {
    stages,
    noChain: t('dashboard.noChain'),
    count: t('dashboard.series.count'),
    total: t('dashboard.series.total'),
    funds: t('dashboard.series.funds'),
    countAxis: t('dashboard.axis.count'),
    yi: t('unit.yi'),
    rate: t('dashboard.gauge.rate'),
  };
}
