// The test a folio must pass to be listed: every given filter, combined with AND.
import type { FolioFilter } from '../../api/views';
import type { Folio } from '../../model/records';
import { isOverdue, isStale, openBlockers } from '../../model/folio-status';

/**
 * The test a folio must pass to be listed: every filter given, combined with AND. Empty text,
 * an empty stage list and `false` mean "no filter", as a cleared control in the list does.
 */
export function folioMatcher(filter: FolioFilter, today: string): (folio: Folio) => boolean {
  const { groupId, leaderId, stewardId } = filter;
  const chain = filter.chain?.trim() ?? '';
  const location = filter.location?.trim() ?? '';
  const stages = filter.stages?.length ? new Set(filter.stages) : null;
  return (f) =>
    (groupId === undefined || f.groupId === groupId) &&
    (chain === '' || f.chain === chain) &&
    (stages === null || stages.has(f.stage)) &&
    (location === '' || f.location.includes(location)) &&
    (leaderId === undefined || f.leaderId === leaderId) &&
    (stewardId === undefined || f.stewardId === stewardId) &&
    (!filter.overdue ||
      f.demandItems.some((i) => isOverdue(i, today)) ||
      f.supplyItems.some((i) => isOverdue(i, today))) &&
    (!filter.openBlockers || openBlockers(f).length > 0) &&
    (!filter.stale || isStale(f, today));
}

/** Whether a filter keeps every folio (every control cleared). */
export function isEmptyFilter(filter: FolioFilter): boolean {
  const { groupId, leaderId, stewardId } = filter;
  return (
    groupId === undefined &&
    leaderId === undefined &&
    stewardId === undefined &&
    (filter.chain?.trim() ?? '') === '' &&
    (filter.location?.trim() ?? '') === '' &&
    !filter.stages?.length &&
    !filter.overdue &&
    !filter.openBlockers &&
    !filter.stale
  );
}
