// The groups.* (工作专班) methods: list, get, create, update and delete to the 回收站.
import { DossierError } from '../../api/errors';
import type { HandlerSet } from '../../api/registry';
import { type Group, groupDefaults, groupSchema } from '../../model/records';
import { checkRef, mustGet, parseRecord, revise, stampNew } from '../record-edits';
import { trashRecord, updateRecord } from '../record-steps';
import type { Session } from '../session';
import { byName, folioSummariesWhere, groupSummaries } from '../summaries';

function checkPeople(session: Session, group: Pick<Group, 'headId' | 'memberIds'>): void {
  checkRef(session, 'people', group.headId, 'headId', '组长');
  group.memberIds.forEach((id, i) => checkRef(session, 'people', id, `memberIds.${i}`, '成员'));
}

export function groupHandlers(session: Session): HandlerSet {
  return {
    'groups.list': async () => groupSummaries(session.store()).sort(byName),

    'groups.get': async ({ id }) => {
      const store = session.store();
      const group = mustGet(session, 'groups', id, '专班');
      const folios = folioSummariesWhere(store, session.today(), (f) => f.groupId === id);
      return {
        group,
        head: group.headId ? (store.get('people', group.headId) ?? null) : null,
        members: group.memberIds.flatMap((m) => store.get('people', m) ?? []),
        folios,
      };
    },

    'groups.create': async (input) => {
      const group = parseRecord(groupSchema, { ...groupDefaults, ...input, ...stampNew(session) });
      checkPeople(session, group);
      await session.commit({ put: { groups: [group] } }, `新建专班“${group.name}”`);
      return group;
    },

    'groups.update': async ({ id, rev, ...patch }) =>
      updateRecord(session, 'groups', '专班', { id, rev }, (current) => {
        const next = revise(session, current, patch, groupSchema);
        checkPeople(session, next);
        return next;
      }),

    'groups.delete': async (target) =>
      trashRecord(session, 'groups', '专班', target, (current) => {
        const folios = [...session.store().all('folios')].filter((f) => f.groupId === current.id);
        if (folios.length > 0) {
          throw new DossierError(
            'conflict',
            `专班“${current.name}”下还有 ${folios.length} 个项目，请先把项目移到其他专班或删除后再删除专班。`,
          );
        }
      }),
  };
}
