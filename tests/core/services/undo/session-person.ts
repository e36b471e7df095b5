// Test helper: a Session on a fresh folder holding one person 张伟, created as an undoable edit.
import { sequentialIds, steppingClock } from '../../../../electron/core/clock';
import { Session } from '../../../../electron/core/services/session';
import { TEST_START } from '../../../helpers/core';
import { makeTempDir } from '../../../helpers/temp-dir';

/** A session whose undo stack holds 新建人员“张伟”; the caller closes it. */
export async function sessionWithPerson(idPrefix: string) {
  const session = await Session.open(
    await makeTempDir(),
    steppingClock(TEST_START),
    sequentialIds(idPrefix),
  );
  const store = session.store();
  const now = TEST_START.toISOString();
  const base = { rev: 1, createdAt: now, updatedAt: now, workspaceId: store.meta.id };
  const person = { ...base, id: 'person-0001', name: '张伟', title: '', unit: '', phone: '' };
  await session.exclusive(() => session.commit({ put: { people: [person] } }, '新建人员“张伟”'));
  return { session, store, person };
}
