// A project stage as a coloured tag: grey to gold along the path, 暂缓 orange, 终止 red.
import { Tag } from 'antd';
import type { Stage } from '../api/contract-types';
import { useT } from '../i18n/I18nContext';

/** One colour per stage: the forward path warms up from grey to gold; 暂缓 orange, 终止 red. */
export const STAGE_COLORS: Record<Stage, string> = {
  lead: 'default',
  talks: 'blue',
  ready: 'cyan',
  signed: 'geekblue',
  started: 'purple',
  producing: 'green',
  atTarget: 'gold',
  paused: 'orange',
  dropped: 'red',
};

export function StageTag({ stage }: { stage: Stage }) {
  const t = useT();
  return <Tag color={STAGE_COLORS[stage]}>{t(`stage.${stage}`)}</Tag>;
}
