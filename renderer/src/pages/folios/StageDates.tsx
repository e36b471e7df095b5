// A folio's stage timeline: 线索 → … → 达效 with the date each was reached, 暂缓 / 终止 beside it.
import { Alert, Steps } from 'antd';
import type { Folio } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { isOffPath, STAGE_PATH } from './detail/stage-change';

type Props = { folio: Pick<Folio, 'stage' | 'stageDates' | 'stageReason'> };

/** The last stage of the path the folio has reached (by its dates), or -1. */
function lastReached(dates: Folio['stageDates']): number {
  return STAGE_PATH.reduce((last, stage, index) => (dates[stage] ? index : last), -1);
}

/**
 * The stage timeline: 线索 → … → 达效 with the date each was reached. 暂缓 / 终止 (and a
 * move back) are shown below with their date and reason.
 */
export function StageDates({ folio }: Props) {
  const t = useT();
  const { stage, stageDates, stageReason } = folio;
  const offPath = isOffPath(stage);
  const current = offPath ? lastReached(stageDates) : STAGE_PATH.indexOf(stage);
  const offPathDate = offPath ? stageDates[stage] : undefined;

  return (
    <div data-testid="folio-stage-dates">
      <Steps
        size="small"
        titlePlacement="vertical"
        current={current}
        status={offPath ? 'wait' : 'process'}
        items={STAGE_PATH.map((pathStage, index) => ({
          title: t(`stage.${pathStage}`),
          content: stageDates[pathStage] ?? (index <= current ? t('common.empty') : ''),
          status: index < current || (offPath && index === current) ? 'finish' : undefined,
        }))}
      />
      {offPath && (
        <Alert
          className="block-gap"
          showIcon
          type={stage === 'dropped' ? 'error' : 'warning'}
          data-testid="folio-stage-off-path"
          title={t('folioDetail.offPathTitle', {
            stage: t(`stage.${stage}`),
            date: offPathDate ?? t('common.empty'),
          })}
          description={stageReason || undefined}
        />
      )}
      {!offPath && stageReason && (
        <Alert
          className="block-gap"
          showIcon
          type="info"
          title={t('folioDetail.stageReason')}
          description={stageReason}
        />
      )}
    </div>
  );
}
