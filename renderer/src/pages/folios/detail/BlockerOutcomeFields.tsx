// How a closed blocker ended: the resolution (or why it cannot be solved), and the day.
import { DateItem } from '../../../components/DateItem';
import { TextItem } from '../../../components/TextItem';
import { useT } from '../../../i18n/I18nContext';
import type { BlockerStatus } from './types';

/** How a closed blocker ended: the resolution (or why it cannot be solved), and the day. */
export function BlockerOutcomeFields({ status }: { status: BlockerStatus }) {
  const t = useT();
  const solved = status === 'solved';
  const label = solved ? t('folioDetail.resolution') : t('folioDetail.unsolvableReason');
  return (
    <>
      <TextItem
        name="resolution"
        label={label}
        rows={3}
        maxLength={2000}
        required
        // The same id in the blocker form and the 解决 form.
        testId="blocker-form-resolution"
      />
      {solved && (
        <DateItem
          name="solvedOn"
          label={t('folioDetail.solvedOn')}
          required
          testId="blocker-form-solved-on"
        />
      )}
    </>
  );
}
