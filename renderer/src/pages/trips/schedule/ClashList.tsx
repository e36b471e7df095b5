// The schedule's clashes, as warnings above the days; they never stop a save.
import { Alert } from 'antd';
import type { TripClash } from '../../../api/contract-types';
import { useT } from '../../../i18n/I18nContext';

/** The schedule's clashes, as warnings above the days: they never stop a save. */
export function ClashList({ clashes }: { clashes: readonly TripClash[] }) {
  const t = useT();
  if (clashes.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="block-gap-bottom"
      data-testid="trip-clashes"
      title={t('trips.clashesTitle', { count: clashes.length })}
      description={
        <ul className="trip-clash-list">
          {clashes.map((clash, i) => (
            <li key={`${clash.kind}-${i}`}>{clash.message}</li>
          ))}
        </ul>
      }
    />
  );
}
