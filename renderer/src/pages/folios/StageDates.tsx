import { Descriptions, Typography } from 'antd';
import type { Folio } from '../../api/contract-types';
import { STAGE_VALUES } from '../../components/enum-options';
import { StageTag } from '../../components/StageTag';
import { useT } from '../../i18n/I18nContext';

/** The date each stage was reached, in the order of the path (暂缓 / 终止 last). */
export function StageDates({ dates }: { dates: Folio['stageDates'] }) {
  const t = useT();
  const reached = STAGE_VALUES.flatMap((stage) => {
    const date = dates[stage];
    return date ? [{ stage, date }] : [];
  });
  if (reached.length === 0) {
    return <Typography.Text type="secondary">{t('folios.noStageDates')}</Typography.Text>;
  }
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 4 }}
      data-testid="folio-stage-dates"
      items={reached.map(({ stage, date }) => ({
        key: stage,
        label: <StageTag stage={stage} />,
        children: date,
      }))}
    />
  );
}
