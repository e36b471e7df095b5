import type { HandlerSet } from '../api/registry';
import { type Folio, folioDefaults, folioSchema } from '../model/records';
import { assignItemIds } from './folio-items';
import { checkRef, checkRev, mustGet, parseRecord, revise, stampNew } from './records';
import type { Session } from './session';
import { byName, folioSummary } from './summaries';

function checkRefs(session: Session, folio: Folio): void {
  checkRef(session, 'groups', folio.groupId, 'groupId', '专班');
  checkRef(session, 'enterprises', folio.enterpriseId, 'enterpriseId', '客商');
  checkRef(session, 'people', folio.leaderId, 'leaderId', '包抓领导');
  checkRef(session, 'people', folio.stewardId, 'stewardId', '项目管家');
}

/** A new folio's current stage carries the day it was entered, unless the user gave one. */
function withStageDate(session: Session, folio: Folio): Folio {
  if (folio.stageDates[folio.stage]) return folio;
  const today = session.clock.now().toISOString().slice(0, 10);
  return { ...folio, stageDates: { ...folio.stageDates, [folio.stage]: today } };
}

export function folioHandlers(session: Session): HandlerSet {
  return {
    'folios.list': async ({ groupId }) => {
      const store = session.store();
      return [...store.all('folios')]
        .filter((f) => groupId === undefined || f.groupId === groupId)
        .map((f) => folioSummary(store, f, session.today()))
        .sort(byName);
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
      const draft = parseRecord(folioSchema, {
        ...folioDefaults,
        ...assignItemIds(input, session.ids),
        ...stampNew(session),
      });
      const folio = withStageDate(session, draft);
      checkRefs(session, folio);
      await session.commit({ put: { folios: [folio] } }, `新建项目“${folio.name}”`);
      return folio;
    },

    'folios.update': async ({ id, rev, ...patch }) => {
      const current = mustGet(session, 'folios', id, '项目');
      checkRev(current, rev, '项目');
      const next = withStageDate(
        session,
        revise(session, current, assignItemIds(patch, session.ids), folioSchema),
      );
      checkRefs(session, next);
      await session.commit({ put: { folios: [next] } }, `修改项目“${next.name}”`);
      return next;
    },

    'folios.delete': async ({ id, rev }) => {
      const current = mustGet(session, 'folios', id, '项目');
      checkRev(current, rev, '项目');
      await session.commit({ delete: { folios: [id] } }, `删除项目“${current.name}”`);
      return { id };
    },
  };
}
