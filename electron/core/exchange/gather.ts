// Gathers what a bundle of a scope holds: its records, everything they refer to, attachments, documents.
import { join } from 'node:path';
import { DossierError } from '../api/errors';
import type { AttachmentRef } from '../model/folio-parts';
import type { Enterprise, Folio, Group, Person } from '../model/records';
import type { Trip } from '../model/trip';
import { SCHEMA_VERSION } from '../model/collections';
import { attachmentPath } from '../store/attachments';
import type { Store } from '../store/types';
import { generationDir } from '../store/layout';
import { tombstonesFor } from './tombstones';
import type { ExchangePayload, ExchangeScope } from './types';

/** One attachment file to put in the bundle, with the folio it belongs to. */
export interface GatheredAttachment {
  folio: Pick<Folio, 'id' | 'name'>;
  ref: AttachmentRef;
  path: string;
}

/** One generated document (Word or PDF) to put in the bundle. */
export interface GatheredDocument {
  name: string;
  path: string;
  size: number;
  sha256: string;
}

export interface Gathered {
  payload: ExchangePayload;
  attachments: GatheredAttachment[];
  documents: GatheredDocument[];
}

/** The records of a scope, collected by id so each goes in once. */
class Picked {
  folios = new Map<string, Folio>();
  groups = new Map<string, Group>();
  enterprises = new Map<string, Enterprise>();
  people = new Map<string, Person>();
  trips = new Map<string, Trip>();

  constructor(private readonly store: Store) {}

  person(id: string | null): void {
    const p = id ? this.store.get('people', id) : undefined;
    if (p) this.people.set(p.id, p);
  }

  enterprise(id: string | null): void {
    const e = id ? this.store.get('enterprises', id) : undefined;
    if (e) this.enterprises.set(e.id, e);
  }

  group(id: string): void {
    const g = this.store.get('groups', id);
    if (!g || this.groups.has(g.id)) return;
    this.groups.set(g.id, g);
    this.person(g.headId);
    g.memberIds.forEach((m) => this.person(m));
  }

  folio(f: Folio): void {
    this.folios.set(f.id, f);
    this.group(f.groupId);
    this.enterprise(f.enterpriseId);
    this.person(f.leaderId);
    this.person(f.stewardId);
  }

  trip(t: Trip): void {
    this.trips.set(t.id, t);
    const folioIds = new Set([
      ...t.folioIds,
      ...t.days.flatMap((d) => d.items.flatMap((i) => i.folioIds)),
    ]);
    for (const id of folioIds) {
      const f = this.store.get('folios', id);
      if (f) this.folio(f);
    }
    t.enterpriseIds.forEach((e) => this.enterprise(e));
    t.ourDelegation.forEach((m) => this.person(m.personId));
    t.theirDelegation.forEach((m) => this.enterprise(m.enterpriseId));
  }
}

function mustFind<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined)
    throw new DossierError('not_found', `找不到要导出的${what}（${id}），可能已被删除。`);
  return value;
}

function pick(store: Store, scope: ExchangeScope): Picked {
  const picked = new Picked(store);
  if (scope.kind === 'all') {
    for (const f of store.all('folios')) picked.folio(f);
    for (const g of store.all('groups')) picked.group(g.id);
    for (const t of store.all('trips')) picked.trip(t);
    for (const e of store.all('enterprises')) picked.enterprises.set(e.id, e);
    for (const p of store.all('people')) picked.people.set(p.id, p);
  } else if (scope.kind === 'group') {
    mustFind(store.get('groups', scope.id), '专班', scope.id);
    picked.group(scope.id);
    for (const f of store.all('folios')) if (f.groupId === scope.id) picked.folio(f);
  } else if (scope.kind === 'trip') {
    picked.trip(mustFind(store.get('trips', scope.id), '考察', scope.id));
  } else {
    for (const id of scope.ids) picked.folio(mustFind(store.get('folios', id), '项目', id));
  }
  return picked;
}

/**
 * What a bundle of `scope` holds: its records as stored with everything they refer to (a
 * folio's group, enterprise and people; a trip's folios), the deletions that travel, the
 * attachment files, and the generated documents of those records when asked for.
 */
export function gather(
  store: Store,
  scope: ExchangeScope,
  { includeGenerated }: { includeGenerated: boolean },
): Gathered {
  const picked = pick(store, scope);
  const folios = [...picked.folios.values()];
  const payload: ExchangePayload = {
    schemaVersion: SCHEMA_VERSION,
    workspaceId: store.meta.id,
    records: {
      folios,
      groups: [...picked.groups.values()],
      enterprises: [...picked.enterprises.values()],
      people: [...picked.people.values()],
      trips: [...picked.trips.values()],
    },
    tombstones: tombstonesFor(store, scope),
  };
  const attachments = folios.flatMap((folio) =>
    folio.attachments.map((ref) => ({
      folio: { id: folio.id, name: folio.name },
      ref,
      path: attachmentPath(store.dir, ref.sha256),
    })),
  );
  return {
    payload,
    attachments,
    documents: includeGenerated ? documentsOf(store, picked, scope) : [],
  };
}

function documentsOf(store: Store, picked: Picked, scope: ExchangeScope): GatheredDocument[] {
  const ids = new Set<string>([
    ...picked.folios.keys(),
    ...picked.groups.keys(),
    ...picked.trips.keys(),
    ...picked.enterprises.keys(),
  ]);
  const out: GatheredDocument[] = [];
  for (const generation of store.all('generations')) {
    if (scope.kind !== 'all' && !generation.recordIds.some((id) => ids.has(id))) continue;
    for (const file of generation.files) {
      out.push({
        name: file.name,
        path: join(generationDir(store.dir, generation.id), file.name),
        size: file.bytes,
        sha256: file.sha256,
      });
    }
  }
  return out;
}
