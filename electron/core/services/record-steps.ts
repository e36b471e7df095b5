// The update and delete-to-回收站 steps the record handlers share (folios, groups, enterprises, people).
import type { RecordOf } from '../model/collections';
import type { ChangeSet } from '../store/types';
import { checkRev, mustGet } from './record-edits';
import type { Session } from './session';
import { moveToTrash } from './trash/handlers';

/** The kinds of record that carry a name and go to the 回收站 when deleted. */
type Named = 'folios' | 'groups' | 'enterprises' | 'people';

/** Which version of which record an edit is based on. */
interface Target {
  id: string;
  rev: number;
}

/**
 * 'x.update': finds the record, checks the rev, lets `draft` make the next version (revise plus
 * the kind's own checks) and commits it as 修改<label>“<name>”.
 */
export async function updateRecord<C extends Named>(
  session: Session,
  collection: C,
  label: string,
  { id, rev }: Target,
  draft: (current: RecordOf<C>) => RecordOf<C>,
): Promise<RecordOf<C>> {
  const current = mustGet(session, collection, id, label);
  checkRev(current, rev, label);
  const next = draft(current);
  const change: ChangeSet = { put: { [collection]: [next] } };
  await session.commit(change, `修改${label}“${next.name}”`);
  return next;
}

/**
 * 'x.delete': finds the record, checks the rev, runs the kind's in-use check (it throws when
 * something still points at the record), then moves it to the 回收站 as 删除<label>“<name>”.
 */
export async function trashRecord<C extends Named>(
  session: Session,
  collection: C,
  label: string,
  { id, rev }: Target,
  refuseIfInUse: (current: RecordOf<C>) => void,
): Promise<{ id: string }> {
  const current = mustGet(session, collection, id, label);
  checkRev(current, rev, label);
  refuseIfInUse(current);
  await session.commit(
    moveToTrash(session, collection, current, current.name),
    `删除${label}“${current.name}”`,
  );
  return { id };
}
