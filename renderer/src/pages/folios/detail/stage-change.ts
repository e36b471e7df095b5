// Stage moves in the renderer: the forward path, off-path stages, and whether a move needs a reason.
import type { Stage } from '../../../api/contract-types';
import { STAGES } from '../../../components/enum-options';

/** The forward path 线索 → … → 达效; 暂缓 and 终止 sit beside it. */
export const STAGE_PATH = STAGES.slice(0, 7);

export function isOffPath(stage: Stage): boolean {
  return stage === 'paused' || stage === 'dropped';
}

/**
 * Whether a move from one stage to another calls for a reason: moving back along the path,
 * or pausing / dropping the folio. The core decides; this only lets the form say so early.
 */
export function needsReason(from: Stage, to: Stage): boolean {
  if (isOffPath(to)) return to !== from;
  if (isOffPath(from)) return false;
  return STAGE_PATH.indexOf(to) < STAGE_PATH.indexOf(from);
}
