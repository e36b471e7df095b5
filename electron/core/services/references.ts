// Who points at whom: refusing deletes of records in use, and resolving references on restore.
import { DossierError } from '../api/errors';
import type { DeleteBlocker, DeleteCheck } from '../api/delete-check-views';
import type { Trashable } from '../model/trash';
import type { Folio, Group } from '../model/records';
import type { Store } from '../store/types';
import type { Session } from './session';
import { tripsUsing } from './trips/links';

/*
 * Who points at whom. Folios point at a group, an enterprise and two people; groups point at
 * people; trips point at people, enterprises and folios (./trips/links). Deleting a record
 * still pointed at is refused (naming what points at it), so the references never dangle.
 * Restoring a record checks its own references again.
 */

/** How many names a refusal lists before it says 等. */
const NAMES_SHOWN = 3;

type Named = { id: string; name: string };

function blocker(
  role: DeleteBlocker['role'],
  collection: DeleteBlocker['collection'],
  records: Named[],
  text: (count: number) => string,
): DeleteBlocker[] {
  return records.length > 0 ? [{ role, collection, text: text(records.length), records }] : [];
}

function listNames(blockers: DeleteBlocker[]): string {
  const names = [...new Set(blockers.flatMap((b) => b.records.map((r) => r.name)))];
  const shown = names
    .slice(0, NAMES_SHOWN)
    .map((n) => `“${n}”`)
    .join('、');
  return names.length > NAMES_SHOWN ? `${shown}等 ${names.length} 项` : shown;
}

/** What a refused delete says of each kind of record: its name, what stands in the way, the fix. */
const REFUSALS = {
  person: ['人员', '该人员是', '请先在这些项目、专班和考察中改由他人担任，再删除。'],
  enterprise: ['客商', '该客商关联着', '请先在这些项目和考察中改选客商或取消关联，再删除。'],
  folio: ['项目', '该项目关联着', '请先在这些考察中取消关联该项目，再删除。'],
  group: ['专班', '该专班下还有', '请先把这些项目移到其他专班或删除，再删除专班。'],
} as const;

/** The check: the blockers, and the refusal they make (naming what points at the record). */
function check(kind: keyof typeof REFUSALS, name: string, blockers: DeleteBlocker[]): DeleteCheck {
  if (blockers.length === 0) return { blockers, message: null };
  const [what, subject, fix] = REFUSALS[kind];
  const roles = blockers.map((b) => b.text).join('、');
  return {
    blockers,
    message: `无法删除${what}“${name}”：${subject} ${roles}（${listNames(blockers)}）。${fix}`,
  };
}

/** Throws the refusal of a check that found something in the way. */
export function refuseIfBlocked({ message }: DeleteCheck): void {
  if (message !== null) throw new DossierError('conflict', message);
}

const named = (r: { id: string; name: string }): Named => ({ id: r.id, name: r.name });

/** A person still a folio's leader or steward, a group's head or member, or on a trip. */
export function personDeleteCheck(store: Store, id: string, name: string): DeleteCheck {
  const folios = [...store.all('folios')];
  const groups = [...store.all('groups')];
  const pickFolios = (pick: (f: Folio) => boolean) => folios.filter(pick).map(named);
  const pickGroups = (pick: (g: Group) => boolean) => groups.filter(pick).map(named);
  const blockers = [
    ...blocker(
      'leader',
      'folios',
      pickFolios((f) => f.leaderId === id),
      (n) => `${n} 个项目的包抓领导`,
    ),
    ...blocker(
      'steward',
      'folios',
      pickFolios((f) => f.stewardId === id),
      (n) => `${n} 个项目的项目管家`,
    ),
    ...blocker(
      'head',
      'groups',
      pickGroups((g) => g.headId === id),
      (n) => `${n} 个专班的组长`,
    ),
    ...blocker(
      'member',
      'groups',
      pickGroups((g) => g.memberIds.includes(id)),
      (n) => `${n} 个专班的成员`,
    ),
    ...blocker('trips', 'trips', tripsUsing(store, 'people', id), (n) => `${n} 个考察的我方人员`),
  ];
  return check('person', name, blockers);
}

/** An enterprise that folios or trips are still linked to. */
export function enterpriseDeleteCheck(store: Store, id: string, name: string): DeleteCheck {
  const folios = [...store.all('folios')].filter((f) => f.enterpriseId === id).map(named);
  const blockers = [
    ...blocker('folios', 'folios', folios, (n) => `${n} 个项目`),
    ...blocker('trips', 'trips', tripsUsing(store, 'enterprises', id), (n) => `${n} 个考察`),
  ];
  return check('enterprise', name, blockers);
}

/** A folio that a trip's schedule or links still name. */
export function folioDeleteCheck(store: Store, id: string, name: string): DeleteCheck {
  const blockers = blocker('trips', 'trips', tripsUsing(store, 'folios', id), (n) => `${n} 个考察`);
  return check('folio', name, blockers);
}

/** A group that still holds folios. */
export function groupDeleteCheck(store: Store, id: string, name: string): DeleteCheck {
  const folios = [...store.all('folios')].filter((f) => f.groupId === id).map(named);
  const blockers = blocker('folios', 'folios', folios, (n) => `${n} 个项目`);
  return check('group', name, blockers);
}

/** A referenced record that is in the recycle bin: it has to be restored first. */
export interface MissingReference {
  collection: Trashable;
  id: string;
  label: string;
}

/**
 * Looks a reference up: the id when the record exists; the id too, noted in `inTrash`, when
 * it is in the recycle bin; null when it is gone for good (purged), so it is cleared.
 */
export function resolver(session: Session, inTrash: MissingReference[]) {
  const store = session.store();
  const trashed = new Map<string, string>();
  for (const e of store.all('trash'))
    if (!e.purged) trashed.set(`${e.collection}/${e.recordId}`, e.label);
  return (collection: Trashable, id: string | null): string | null => {
    if (id === null || store.get(collection, id)) return id;
    const label = trashed.get(`${collection}/${id}`);
    if (label === undefined) return null;
    if (!inTrash.some((m) => m.collection === collection && m.id === id)) {
      inTrash.push({ collection, id, label });
    }
    return id;
  };
}

/** A record about to come back from the 回收站, and the records it links that wait there. */
export interface Restoring<T> {
  record: T;
  inTrash: MissingReference[];
}

/** Builds the record to restore with a resolver, noting the linked records still in the bin. */
export function restoring<T>(
  session: Session,
  build: (resolve: ReturnType<typeof resolver>) => T,
): Restoring<T> {
  const inTrash: MissingReference[] = [];
  const record = build(resolver(session, inTrash));
  return { record, inTrash };
}

/**
 * A folio about to be restored. Its group has to exist (or be restored first); an enterprise
 * or person deleted for good since is cleared rather than blocking the restore for ever.
 */
export function folioForRestore(session: Session, folio: Folio): Restoring<Folio> {
  return restoring(session, (resolve) => {
    if (resolve('groups', folio.groupId) === null) {
      throw new DossierError(
        'conflict',
        `无法恢复项目“${folio.name}”：它所属的专班已被彻底删除。可以新建一个项目代替。`,
      );
    }
    return {
      ...folio,
      enterpriseId: resolve('enterprises', folio.enterpriseId),
      leaderId: resolve('people', folio.leaderId),
      stewardId: resolve('people', folio.stewardId),
    };
  });
}

/** A group about to be restored: people in the bin come back first; people purged are dropped. */
export function groupForRestore(session: Session, group: Group): Restoring<Group> {
  return restoring(session, (resolve) => ({
    ...group,
    headId: resolve('people', group.headId),
    memberIds: group.memberIds.flatMap((m) => resolve('people', m) ?? []),
  }));
}
