import type { HandlerSet } from '../api/registry';
import {
  enterpriseDefaults,
  enterpriseSchema,
  personDefaults,
  personSchema,
} from '../model/records';
import { parseRecord, stampNew } from './records';
import type { Session } from './session';
import { byName } from './summaries';

/** Enterprises (客商) and people: the directory folios and groups point into. */
export function directoryHandlers(session: Session): HandlerSet {
  return {
    'enterprises.list': async () => [...session.store().all('enterprises')].sort(byName),
    'enterprises.create': async (input) => {
      const record = parseRecord(enterpriseSchema, {
        ...enterpriseDefaults,
        ...input,
        ...stampNew(session),
      });
      await session.commit({ put: { enterprises: [record] } }, `新建客商“${record.name}”`);
      return record;
    },
    'people.list': async () => [...session.store().all('people')].sort(byName),
    'people.create': async (input) => {
      const record = parseRecord(personSchema, {
        ...personDefaults,
        ...input,
        ...stampNew(session),
      });
      await session.commit({ put: { people: [record] } }, `新建人员“${record.name}”`);
      return record;
    },
  };
}
