/** The handlers of people.* (人员): the people folios, groups and trips name. */
import type { HandlerSet } from '../../api/registry';
import { personDefaults, personSchema } from '../../model/records';
import { checkRev, mustGet, parseRecord, revise, stampNew } from '../record-edits';
import { personDeleteCheck, refuseIfBlocked } from '../references';
import type { Session } from '../session';
import { byName } from '../summaries';
import { moveToTrash } from '../trash/handlers';
import { personDetail } from './person-detail';

export function personHandlers(session: Session): HandlerSet {
  return {
    'people.list': async () => [...session.store().all('people')].sort(byName),

    'people.get': async ({ id }) =>
      personDetail(session.store(), mustGet(session, 'people', id, '人员'), session.today()),

    'people.deleteCheck': async ({ id }) =>
      personDeleteCheck(session.store(), id, mustGet(session, 'people', id, '人员').name),

    'people.create': async (input) => {
      const record = parseRecord(personSchema, {
        ...personDefaults,
        ...input,
        ...stampNew(session),
      });
      await session.commit({ put: { people: [record] } }, `新建人员“${record.name}”`);
      return record;
    },

    'people.update': async ({ id, rev, ...patch }) => {
      const current = mustGet(session, 'people', id, '人员');
      checkRev(current, rev, '人员');
      const next = revise(session, current, patch, personSchema);
      await session.commit({ put: { people: [next] } }, `修改人员“${next.name}”`);
      return next;
    },

    'people.delete': async ({ id, rev }) => {
      const current = mustGet(session, 'people', id, '人员');
      checkRev(current, rev, '人员');
      refuseIfBlocked(personDeleteCheck(session.store(), id, current.name));
      await session.commit(
        moveToTrash(session, 'people', current, current.name),
        `删除人员“${current.name}”`,
      );
      return { id };
    },
  };
}
