import type { Covers } from './covers';
import type { Option } from '../../../components/enum-options';
import type { Translate } from '../../../i18n/translate';
import type { Blocker, BlockerStatus } from './types';

/** 待办 → 办理中 → 已解决 / 无法解决 (repeated from the model: the renderer imports types only). */
export const BLOCKER_STATUS_VALUES = [
  'open',
  'inProgress',
  'solved',
  'unsolvable',
] as const satisfies readonly BlockerStatus[];
const covered: Covers<BlockerStatus, (typeof BLOCKER_STATUS_VALUES)[number]> = true;
void covered;

export const BLOCKER_STATUS_COLORS: Record<BlockerStatus, string> = {
  open: 'orange',
  inProgress: 'blue',
  solved: 'green',
  unsolvable: 'red',
};

export function blockerStatusOptions(t: Translate): Option<BlockerStatus>[] {
  return BLOCKER_STATUS_VALUES.map((value) => ({
    value,
    label: t(`folioDetail.blockerStatus.${value}`),
  }));
}

/** Still in the way: 待办 or 办理中. */
export function isOpenBlocker(blocker: Pick<Blocker, 'status'>): boolean {
  return blocker.status === 'open' || blocker.status === 'inProgress';
}

/** Closed blockers record how they ended; 已解决 also the day. */
export function isClosedStatus(status: BlockerStatus): boolean {
  return status === 'solved' || status === 'unsolvable';
}

/** Open ones first (oldest problem first), then closed ones, newest solved first. */
export function blockerOrder(a: Blocker, b: Blocker): number {
  if (isOpenBlocker(a) !== isOpenBlocker(b)) return isOpenBlocker(a) ? -1 : 1;
  if (isOpenBlocker(a)) return a.raisedOn.localeCompare(b.raisedOn);
  return (b.solvedOn ?? b.raisedOn).localeCompare(a.solvedOn ?? a.raisedOn);
}
