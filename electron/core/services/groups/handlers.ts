// The groups.* (工作专班) methods: list, get, create, update and delete to the 回收站.
import { DossierError } from '../../api/errors';
import type { HandlerSet } from '../../api/registry';
import { type Folio, type Group, groupDefaults, groupSchema } from '../../model/records';
import { checkRef, checkRev, mustGet, parseRecord, revise, stampNew } from '../record-edits';
import { updateRecord } from '../record-steps';
import { moveToTrash } from '../trash/handlers';
import type { Session } from '../session';
import { draftFolioUpdate } from '../folios/handlers';
import { groupDeleteCheck, refuseIfBlocked } from '../references';
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

    'groups.deleteCheck': async ({ id }) =>
      groupDeleteCheck(session.store(), id, mustGet(session, 'groups', id, '专班').name),

    'groups.delete': async ({ id, rev, moveFolios }) => {
      const store = session.store();
      const current = mustGet(session, 'groups', id, '专班');
      checkRev(current, rev, '专班');
      // Only the folios the officer was shown move; one added meanwhile still refuses.
      const check = groupDeleteCheck(store, id, current.name);
      const folios = check.blockers.flatMap((b) => b.records);
      if (folios.some((f) => !moveFolios?.folioIds.includes(f.id))) refuseIfBlocked(check);
      let moved: Folio[] = [];
      let also = '';
      if (moveFolios && folios.length > 0) {
        const to = moveFolios.toGroupId;
        if (to === id) {
          throw new DossierError('validation', '请选择另一个专班来接收这些项目。', [
            { path: 'moveFolios.toGroupId', message: '请选择另一个专班' },
          ]);
        }
        const target = mustGet(session, 'groups', to, '接收项目的专班');
        moved = folios.map((f) =>
          draftFolioUpdate(session, mustGet(session, 'folios', f.id, '项目'), { groupId: to }),
        );
        also = `（${moved.length} 个项目移到“${target.name}”）`;
      }
      const change = moveToTrash(session, 'groups', current, current.name);
      await session.commit(
        { ...change, put: { ...change.put, folios: moved } },
        `删除专班“${current.name}”${also}`,
      );
      return { id };
    },
  };
}
