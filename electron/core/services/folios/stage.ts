// Project stages: labels, checks that stage dates tell a possible story, and moving a folio's stage.
import type { FieldError } from '../../api/errors';
import { STAGES, STAGE_PATH, type Stage } from '../../model/enums';
import { STAGE_LABELS } from '../../model/enum-values';
import type { StageDates } from '../../model/records';
import { rejectFields } from '../field-errors';

const SIDE_STAGES = ['paused', 'dropped'] as const;

interface StageState {
  stage: Stage;
  stageDates: StageDates;
}

const quoted = (stage: Stage) => `“${STAGE_LABELS[stage]}”`;

/** Position on the path: the stage itself, or for 暂缓/终止 the last path stage with a date. */
function standing({ stage, stageDates }: StageState): number {
  const own = STAGE_PATH.indexOf(stage);
  if (own >= 0) return own;
  return STAGE_PATH.reduce((last, s, i) => (stageDates[s] ? i : last), -1);
}

/** The latest date among the stage dates, with its stage. */
function latestDate(dates: StageDates): { stage: Stage; date: string } | null {
  let latest: { stage: Stage; date: string } | null = null;
  for (const stage of STAGES) {
    const date = dates[stage];
    if (date && (!latest || date > latest.date)) latest = { stage, date };
  }
  return latest;
}

/**
 * Whether the stage and its dates tell a possible story: the current stage has its date, dates
 * along the path do not go backwards, no path stage ahead of the current one is dated, 暂缓/终止
 * come after the path dates, and nothing is dated after today.
 */
export function stageDateProblems(state: StageState, today: string): FieldError[] {
  const { stage, stageDates } = state;
  const out: FieldError[] = [];
  const at = (s: Stage, message: string) => out.push({ path: `stageDates.${s}`, message });
  if (!stageDates[stage]) at(stage, `当前阶段${quoted(stage)}缺少日期`);
  for (const s of STAGES) {
    const date = stageDates[s];
    if (date && date > today) at(s, `${quoted(s)}日期（${date}）不能晚于今天（${today}）`);
  }
  const current = STAGE_PATH.indexOf(stage);
  let latest: { stage: Stage; date: string } | null = null;
  for (const [i, s] of STAGE_PATH.entries()) {
    const date = stageDates[s];
    if (!date) continue;
    if (current >= 0 && i > current) {
      at(s, `项目尚未到${quoted(s)}阶段，不能填写该阶段日期`);
    } else if (latest && date < latest.date) {
      at(s, `${quoted(s)}日期（${date}）不能早于${quoted(latest.stage)}日期（${latest.date}）`);
    } else {
      latest = { stage: s, date };
    }
  }
  for (const side of SIDE_STAGES) {
    const date = stageDates[side];
    if (!date) continue;
    if (side !== stage) {
      at(side, `项目当前不是${quoted(side)}状态，不能填写该日期`);
    } else if (latest && date < latest.date) {
      at(
        side,
        `${quoted(side)}日期（${date}）不能早于${quoted(latest.stage)}日期（${latest.date}）`,
      );
    }
  }
  return out;
}

/** Why a move needs a reason, or null when it does not. */
function reasonNeeded(current: StageState, to: Stage): string | null {
  if (to === 'paused') return '暂缓项目需要填写原因';
  if (to === 'dropped') return '终止项目需要填写原因';
  if (current.stage === 'dropped') return '重新启动已终止的项目需要填写原因';
  if (STAGE_PATH.indexOf(to) < standing(current)) return '退回到前一阶段需要填写原因';
  return null;
}

export interface StageMove {
  stage: Stage;
  /** The day of the move. */
  date: string;
  reason: string;
}

/** Which input fields an error of the move is reported on. */
export interface StageMovePaths {
  stage: string;
  date: string;
  reason: string;
}

export const CHANGE_STAGE_PATHS: StageMovePaths = {
  stage: 'stage',
  date: 'date',
  reason: 'reason',
};

/**
 * Moves a folio to another stage. Forward: the new stage gets the day of the move (stages
 * skipped on the way get none). Back along the path, to 暂缓/终止, or out of 终止: a reason is
 * required, and the dates of path stages after the new position are dropped. A stage already
 * reached keeps the day it was first reached; the move itself is told in the history.
 */
export function moveStage(
  current: StageState,
  move: StageMove,
  today: string,
  paths: StageMovePaths,
): { stage: Stage; stageDates: StageDates; stageReason: string } {
  const to = move.stage;
  if (to === current.stage) {
    rejectFields([{ path: paths.stage, message: `项目已处于${quoted(to)}阶段` }]);
  }
  const problems: FieldError[] = [];
  if (move.date > today) {
    problems.push({ path: paths.date, message: `日期（${move.date}）不能晚于今天（${today}）` });
  }
  const latest = latestDate(current.stageDates);
  if (latest && move.date < latest.date) {
    problems.push({
      path: paths.date,
      message: `日期（${move.date}）不能早于${quoted(latest.stage)}日期（${latest.date}）`,
    });
  }
  const needed = reasonNeeded(current, to);
  if (needed && !move.reason.trim()) problems.push({ path: paths.reason, message: needed });
  rejectFields(problems);

  const target = STAGE_PATH.indexOf(to);
  const keepUpTo = target >= 0 ? Math.min(target, standing(current)) : standing(current);
  const stageDates: StageDates = {};
  STAGE_PATH.forEach((s, i) => {
    const date = current.stageDates[s];
    if (date && i <= keepUpTo) stageDates[s] = date;
  });
  stageDates[to] ??= move.date;
  return { stage: to, stageDates, stageReason: move.reason.trim() };
}
