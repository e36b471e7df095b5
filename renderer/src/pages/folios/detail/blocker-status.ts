/** 堵点 statuses: their tag colours, which are open or closed, and the order blockers list in. */
import type { Blocker, BlockerStatus } from './types';

export const BLOCKER_STATUS_COLORS: Record<BlockerStatus, string> = {
  open: 'orange',
  inProgress: 'blue',
  solved: 'green',
  unsolvable: 'red',
};

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
