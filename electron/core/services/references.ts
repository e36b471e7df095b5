// Who points at whom: refusing deletes of records in use, and resolving references on restore.
import { DossierError } from '../api/errors';
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

interface Use {
  /** e.g. `3 个项目的包抓领导` */
  text: string;
  names: string[];
}

function use(names: string[], text: (count: number) => string): Use[] {
  return names.length > 0 ? [{ text: text(names.length), names }] : [];
}

function listNames(uses: Use[]): string {
  const names = [...new Set(uses.flatMap((u) => u.names))];
  const shown = names
    .slice(0, NAMES_SHOWN)
    .map((n) => `“${n}”`)
    .join('、');
  return names.length > NAMES_SHOWN ? `${shown}等 ${names.length} 项` : shown;
}

function refuse(what: string, subject: string, uses: Use[], fix: string): never {
  const roles = uses.map((u) => u.text).join('、');
  throw new DossierError(
    'conflict',
    `无法删除${what}：${subject} ${roles}（${listNames(uses)}）。${fix}`,
  );
}

/** Refuses to delete a person who is still a folio's leader or steward, or a group's head or member. */
export function refuseIfPersonInUse(store: Store, id: string, name: string): void {
  const folios = [...store.all('folios')];
  const groups = [...store.all('groups')];
  const folioNames = (pick: (f: Folio) => boolean) => folios.filter(pick).map((f) => f.name);
  const groupNames = (pick: (g: Group) => boolean) => groups.filter(pick).map((g) => g.name);
  const uses = [
    ...use(
      folioNames((f) => f.leaderId === id),
      (n) => `${n} 个项目的包抓领导`,
    ),
    ...use(
      folioNames((f) => f.stewardId === id),
      (n) => `${n} 个项目的项目管家`,
    ),
    ...use(
      groupNames((g) => g.headId === id),
      (n) => `${n} 个专班的组长`,
    ),
    ...use(
      groupNames((g) => g.memberIds.includes(id)),
      (n) => `${n} 个专班的成员`,
    ),
    ...use(tripsUsing(store, 'people', id), (n) => `${n} 个考察的我方人员`),
  ];
  if (uses.length > 0) {
    refuse(`人员“${name}”`, '该人员是', uses, '请先在这些项目、专班和考察中改由他人担任，再删除。');
  }
}

/** Refuses to delete an enterprise that folios or trips are still linked to. */
export function refuseIfEnterpriseInUse(store: Store, id: string, name: string): void {
  const names = [...store.all('folios')].filter((f) => f.enterpriseId === id).map((f) => f.name);
  const uses = [
    ...use(names, (n) => `${n} 个项目`),
    ...use(tripsUsing(store, 'enterprises', id), (n) => `${n} 个考察`),
  ];
  if (uses.length > 0) {
    refuse(
      `客商“${name}”`,
      '该客商关联着',
      uses,
      '请先在这些项目和考察中改选客商或取消关联，再删除。',
    );
  }
}

/** Refuses to delete a folio that a trip's schedule or links still name. */
export function refuseIfFolioInUse(store: Store, id: string, name: string): void {
  const uses = use(tripsUsing(store, 'folios', id), (n) => `${n} 个考察`);
  if (uses.length > 0) {
    refuse(`项目“${name}”`, '该项目关联着', uses, '请先在这些考察中取消关联该项目，再删除。');
  }
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
