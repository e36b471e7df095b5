// The test a folio must pass to be listed: every given filter, combined with AND.
import type { FolioFilter } from '../../api/views';
import type { FolioOutline } from '../../model/folio-outline';
import { isOpenBlocker, isOverdue, isStale } from '../../model/folio-status';

type FolioTest = (folio: FolioOutline) => boolean;

/**
 * One test per filter given. Empty text, an empty stage list and `false` mean "no filter", as a
 * cleared control in the list does, and give no test.
 */
function filterTests(filter: FolioFilter, today: string): FolioTest[] {
  const { groupId, leaderId, stewardId } = filter;
  const chain = filter.chain?.trim() ?? '';
  const location = filter.location?.trim() ?? '';
  const stages = filter.stages?.length ? new Set(filter.stages) : null;
  const tests: Array<FolioTest | false> = [
    groupId !== undefined && ((f) => f.groupId === groupId),
    chain !== '' && ((f) => f.chain === chain),
    stages !== null && ((f) => stages.has(f.stage)),
    location !== '' && ((f) => f.location.includes(location)),
    leaderId !== undefined && ((f) => f.leaderId === leaderId),
    stewardId !== undefined && ((f) => f.stewardId === stewardId),
    filter.overdue === true &&
      ((f) =>
        f.demandItems.some((i) => isOverdue(i, today)) ||
        f.supplyItems.some((i) => isOverdue(i, today))),
    filter.openBlockers === true && ((f) => f.blockers.some(isOpenBlocker)),
    filter.stale === true && ((f) => isStale(f, today)),
  ];
  return tests.filter((test): test is FolioTest => test !== false);
}

/** The test a folio must pass to be listed: every filter given, combined with AND. */
export function folioMatcher(filter: FolioFilter, today: string): FolioTest {
  const tests = filterTests(filter, today);
  return (f) => tests.every((test) => test(f));
}

/** Whether a filter keeps every folio (every control cleared). */
export function isEmptyFilter(filter: FolioFilter): boolean {
  return filterTests(filter, '').length === 0;
}
