// The folios.* methods, and the drafts of a new or updated folio (rules, stage move, history).
import type { ParsedInputOf } from '../../api/contract';
import type { HandlerSet } from '../../api/registry';
import type { FolioSummary } from '../../api/views';
import { STAGES } from '../../model/enums';
import { type Folio, folioDefaults, folioSchema } from '../../model/records';
import { rejectFields } from '../field-errors';
import { folioMatcher } from './filter';
import { FolioListView } from './list-view';
import { itemProblems, prepareItems } from './items';
import { recordHistory } from '../history';
import { checkRef, checkRev, mustGet, parseRecord, revise, stampNew } from '../record-edits';
import { folioDeleteCheck, refuseIfBlocked } from '../references';
import { updateRecord } from '../record-steps';
import { moveToTrash } from '../trash/handlers';
import { tripSchema } from '../../model/trip';
import { withoutFolio } from '../trips/links';
import type { Session } from '../session';
import { CHANGE_STAGE_PATHS, moveStage, stageDateProblems } from './stage';
import { STAGE_LABELS } from '../../model/display-text';
import { byName, folioSummary, nameLookup } from '../summaries';
import { withRemovedBinned } from '../trash/binned';

type FolioPatch = Partial<Pick<Folio, 'stage' | 'stageDates' | 'stageReason'>>;

/** Ids of records made in the same commit (a ledger import): they count as existing. */
type Pending = ReadonlySet<string>;
const NONE: Pending = new Set();

function checkRefs(session: Session, folio: Folio, pending: Pending): void {
  const ref = (id: string | null) => (id !== null && pending.has(id) ? null : id);
  checkRef(session, 'groups', ref(folio.groupId), 'groupId', '专班');
  checkRef(session, 'enterprises', ref(folio.enterpriseId), 'enterpriseId', '客商');
  checkRef(session, 'people', ref(folio.leaderId), 'leaderId', '包抓领导');
  checkRef(session, 'people', ref(folio.stewardId), 'stewardId', '项目管家');
}

export type FolioCreate = ParsedInputOf<'folios.create'>;
export type FolioEdit = Omit<ParsedInputOf<'folios.update'>, 'id' | 'rev'>;

/** A new folio as 'folios.create' makes it (checked, with its first history entry), not saved. */
export function draftNewFolio(session: Session, input: FolioCreate, pending = NONE): Folio {
  const draft = parseRecord(folioSchema, {
    ...folioDefaults,
    ...prepareItems(input, session.ids, session.operator()),
    ...stampNew(session),
  });
  const created = withStageDate(session, draft);
  checkRefs(session, created, pending);
  checkRules(session, null, created);
  return recordHistory(session, null, created);
}

/** The next version of a folio as 'folios.update' makes it (rules, stage move, history), not saved. */
export function draftFolioUpdate(
  session: Session,
  current: Folio,
  patch: FolioEdit,
  pending = NONE,
): Folio {
  const move = stageMoveOf(current, patch, session.today());
  const edited = revise(
    session,
    current,
    { ...prepareItems(patch, session.ids, session.operator()), ...move?.fields },
    folioSchema,
  );
  checkRefs(session, edited, pending);
  checkRules(session, current, edited);
  return recordHistory(session, current, edited, move?.date);
}

/** A new folio's current stage carries the day it was entered, unless the user gave one. */
function withStageDate(session: Session, folio: Folio): Folio {
  if (folio.stageDates[folio.stage]) return folio;
  return { ...folio, stageDates: { ...folio.stageDates, [folio.stage]: session.today() } };
}

/**
 * The rules the schema cannot check alone (they need today or the earlier version). Stage
 * dates an edit leaves untouched are not judged again, so an old record stays editable.
 */
function checkRules(session: Session, before: Folio | null, after: Folio): void {
  const today = session.today();
  const stageTouched =
    before === null ||
    before.stage !== after.stage ||
    STAGES.some((s) => before.stageDates[s] !== after.stageDates[s]);
  rejectFields([
    ...(stageTouched ? stageDateProblems(after, today) : []),
    ...itemProblems(before, after, today),
  ]);
}

/**
 * An update that changes the stage follows the same rules as 'folios.changeStage': the move's
 * day is the date given for the new stage (else today), its reason the stageReason given.
 */
function stageMoveOf(current: Folio, patch: FolioPatch, today: string) {
  const to = patch.stage;
  if (to === undefined || to === current.stage) return null;
  const date = patch.stageDates?.[to] ?? today;
  const fields = moveStage(
    { stage: current.stage, stageDates: patch.stageDates ?? current.stageDates },
    { stage: to, date, reason: patch.stageReason ?? '' },
    today,
    { stage: 'stage', date: `stageDates.${to}`, reason: 'stageReason' },
  );
  return { fields, date };
}

export function folioHandlers(session: Session): HandlerSet {
  // 'folios.page': the list a page at a time, filtered and sorted in the core.
  const view = new FolioListView(session);
  return {
    'folios.page': async (request) => view.page(request),
    'folios.list': async (filter) => {
      const store = session.store();
      const today = session.today();
      const names = nameLookup(store);
      const matches = folioMatcher(filter, today);
      const rows: FolioSummary[] = [];
      for (const folio of store.all('folios')) {
        if (matches(folio)) rows.push(folioSummary(store, folio, today, names));
      }
      return rows.sort(byName);
    },

    'folios.get': async ({ id }) => {
      const store = session.store();
      const folio = mustGet(session, 'folios', id, '项目');
      const person = (pid: string | null) => (pid ? (store.get('people', pid) ?? null) : null);
      return {
        folio,
        group: mustGet(session, 'groups', folio.groupId, '专班'),
        enterprise: folio.enterpriseId
          ? (store.get('enterprises', folio.enterpriseId) ?? null)
          : null,
        leader: person(folio.leaderId),
        steward: person(folio.stewardId),
      };
    },

    'folios.create': async (input) => {
      const folio = draftNewFolio(session, input);
      await session.commit({ put: { folios: [folio] } }, `新建项目“${folio.name}”`);
      return folio;
    },

    'folios.update': async ({ id, rev, ...patch }) =>
      updateRecord(session, 'folios', '项目', { id, rev }, (current) =>
        // Checklist items and progress entries it removes go to the 回收站 (kept in the folio).
        withRemovedBinned(session, current, draftFolioUpdate(session, current, patch)),
      ),

    'folios.changeStage': async ({ id, rev, stage, date, reason }) => {
      const current = mustGet(session, 'folios', id, '项目');
      checkRev(current, rev, '项目');
      const move = moveStage(current, { stage, date, reason }, session.today(), CHANGE_STAGE_PATHS);
      const edited = revise(session, current, move, folioSchema);
      checkRules(session, current, edited);
      const next = recordHistory(session, current, edited, date);
      const label = `项目“${next.name}”阶段变更为“${STAGE_LABELS[stage]}”`;
      await session.commit({ put: { folios: [next] } }, label);
      return next;
    },

    'folios.deleteCheck': async ({ id }) =>
      folioDeleteCheck(session.store(), id, mustGet(session, 'folios', id, '项目').name),

    'folios.delete': async ({ id, rev, unlinkTripIds = [] }) => {
      const store = session.store();
      const current = mustGet(session, 'folios', id, '项目');
      checkRev(current, rev, '项目');
      // Only the trips the officer was shown are unlinked; one linked meanwhile still refuses.
      const check = folioDeleteCheck(store, id, current.name);
      const trips = check.blockers.flatMap((b) => b.records);
      if (trips.some((t) => !unlinkTripIds.includes(t.id))) refuseIfBlocked(check);
      const unlinked = trips.flatMap(({ id: tripId }) => {
        const trip = store.get('trips', tripId);
        return trip ? [revise(session, trip, withoutFolio(trip, id), tripSchema)] : [];
      });
      const change = moveToTrash(session, 'folios', current, current.name);
      const also = unlinked.length > 0 ? `（并从 ${unlinked.length} 个考察中取消关联）` : '';
      await session.commit(
        { ...change, put: { ...change.put, trips: unlinked } },
        `删除项目“${current.name}”${also}`,
      );
      return { id };
    },
  };
}
