/** The handlers of enterprises.* (客商): list, detail with their folios, create, update, delete. */
import type { HandlerSet } from '../../api/registry';
import type { IdGenerator } from '../../clock';
import type { Contact } from '../../model/folio-parts';
import { enterpriseDefaults, enterpriseSchema } from '../../model/records';
import { mustGet, parseRecord, revise, stampNew } from '../record-edits';
import { trashRecord, updateRecord } from '../record-steps';
import { enterpriseDeleteCheck, refuseIfBlocked } from '../references';
import type { Session } from '../session';
import { byName, folioSummariesWhere } from '../summaries';

type ContactInput = Omit<Contact, 'id'> & { id?: string };

/** New key people come without ids; the store keeps every contact with one. */
function withKeyPeopleIds<T extends { keyPeople?: ContactInput[] }>(input: T, ids: IdGenerator): T {
  if (!input.keyPeople) return input;
  return { ...input, keyPeople: input.keyPeople.map((p) => ({ ...p, id: p.id ?? ids() })) };
}

/** Enterprises (客商): the directory folios and groups point into. */
export function enterpriseHandlers(session: Session): HandlerSet {
  return {
    'enterprises.list': async () => [...session.store().all('enterprises')].sort(byName),

    'enterprises.get': async ({ id }) => {
      const enterprise = mustGet(session, 'enterprises', id, '客商');
      const folios = folioSummariesWhere(
        session.store(),
        session.today(),
        (f) => f.enterpriseId === id,
      );
      return { enterprise, folios };
    },

    'enterprises.deleteCheck': async ({ id }) =>
      enterpriseDeleteCheck(session.store(), id, mustGet(session, 'enterprises', id, '客商').name),

    'enterprises.create': async (input) => {
      const record = parseRecord(enterpriseSchema, {
        ...enterpriseDefaults,
        ...withKeyPeopleIds(input, session.ids),
        ...stampNew(session),
      });
      await session.commit({ put: { enterprises: [record] } }, `新建客商“${record.name}”`);
      return record;
    },

    'enterprises.update': async ({ id, rev, ...patch }) =>
      updateRecord(session, 'enterprises', '客商', { id, rev }, (current) =>
        revise(session, current, withKeyPeopleIds(patch, session.ids), enterpriseSchema),
      ),

    'enterprises.delete': async (target) =>
      trashRecord(session, 'enterprises', '客商', target, (current) =>
        refuseIfBlocked(enterpriseDeleteCheck(session.store(), current.id, current.name)),
      ),
  };
}
