// A trip's kind as a tag: 来访考察 or 外出招商.
import { Tag } from 'antd';
import { useT } from '../../i18n/I18nContext';
import type { TripKind } from './types';

const COLORS: Readonly<Record<TripKind, string>> = { inbound: 'blue', outbound: 'purple' };

/** 来访考察 / 外出招商 */
export function TripKindTag({ kind }: { kind: TripKind }) {
  const t = useT();
  return <Tag color={COLORS[kind]}>{t(`trips.kind.${kind}`)}</Tag>;
}
