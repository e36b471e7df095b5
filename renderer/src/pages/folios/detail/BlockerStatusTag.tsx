// A blocker's status as a coloured tag: 待办 · 办理中 · 已解决 · 无法解决.
import { Tag } from 'antd';
import { useT } from '../../../i18n/I18nContext';
import { BLOCKER_STATUS_COLORS } from './blocker-status';
import type { BlockerStatus } from './types';

/** 待办 · 办理中 · 已解决 · 无法解决 */
export function BlockerStatusTag({ status }: { status: BlockerStatus }) {
  const t = useT();
  return (
    <Tag color={BLOCKER_STATUS_COLORS[status]}>{t(`folioDetail.blockerStatus.${status}`)}</Tag>
  );
}
