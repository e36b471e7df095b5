/** The handlers of people.* (人员): the people folios, groups and trips name. */
import type { HandlerSet } from '../../api/registry';
import { personDefaults, personSchema } from '../../model/records';
import { mustGet, parseRecord, revise, stampNew } from '../record-edits';
import { trashRecord, updateRecord } from '../record-steps';
import { personDeleteCheck, refuseIfBlocked } from '../references';
import type { Session } from '../session';
import { byName } from '../summaries';
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

    'people.update': async ({ id, rev, ...patch }) =>
      updateRecord(session, 'people', '人员', { id, rev }, (current) =>
        revise(session, current, patch, personSchema),
      ),

    'people.delete': async (target) =>
      trashRecord(session, 'people', '人员', target, (current) =>
        refuseIfBlocked(personDeleteCheck(session.store(), current.id, current.name)),
      ),
  };
}
