// Test helpers for exchange: desks with their API, payloads of a store, staging and full exchanges.
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { sequentialIds, steppingClock, type Clock } from '../../electron/core/clock';
import { tombstonesFor } from '../../electron/core/exchange/tombstones';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type ExchangePayload,
  type StagedBundle,
} from '../../electron/core/exchange/types';
import type { InputOf } from '../../electron/core/api/contract';
import { SCHEMA_VERSION } from '../../electron/core/model/collections';
import { TRASHABLE } from '../../electron/core/model/trash';
import type { Session } from '../../electron/core/services/session';
import type { StagingArea } from '../../electron/core/services/exchange/staging';
import { createCoreRegistry } from '../../electron/core/services/index';
import type { Store } from '../../electron/core/store/types';
import { type Calls, callsOf } from './calls';
import { makeTempDir } from './temp-dir';

/** A workspace for exchange tests: the API, and the session and staging behind it. */
export interface Desk extends Calls {
  name: string;
  dir: string;
  session: Session;
  staging: StagingArea;
}

export async function openDesk(name: string, clock?: Clock, dir?: string): Promise<Desk> {
  const dataDir = dir ?? (await makeTempDir());
  const core = await createCoreRegistry({
    dataDir,
    clock: clock ?? steppingClock(new Date('2024-04-01T01:00:00Z')),
    ids: sequentialIds(`${name}${Math.random().toString(36).slice(2, 8)}`),
  });
  onTestFinished(() => core.close());
  await core.registry.call('workspace.update', { operator: name });
  return {
    name,
    dir: dataDir,
    session: core.session,
    staging: core.staging,
    ...callsOf(core.registry),
  };
}

/** A 产业链专班 named `group` on `desk` with one folio in it: how most exchange and sync tests begin. */
export async function chainWithFolio(
  desk: Calls,
  group: string,
  folio: Omit<InputOf<'folios.create'>, 'groupId'>,
) {
  const created = await desk.call('groups.create', { name: group, kind: 'chain' });
  return {
    group: created,
    folio: await desk.call('folios.create', { ...folio, groupId: created.id }),
  };
}

/** Desks 甲 and 乙 that both hold 新能源专班 and `folio` in it: 甲 made them and sent them to 乙. */
export async function sharedFolio(folio: Omit<InputOf<'folios.create'>, 'groupId'>) {
  const a = await openDesk('甲');
  const b = await openDesk('乙');
  const made = await chainWithFolio(a, '新能源专班', folio);
  await exchange(a, b);
  return { a, b, groupId: made.group.id, folioId: made.folio.id };
}

/** The folio `id` as `desk` holds it now. */
export const folioOf = (desk: Calls, id: string) =>
  desk.call('folios.get', { id }).then((x) => x.folio);

/** Everything a store holds that travels: every record and every deletion. */
export function payloadOf(store: Store): ExchangePayload {
  const records = Object.fromEntries(
    TRASHABLE.map((c) => [c, [...store.all(c)].map((r) => JSON.parse(JSON.stringify(r)))]),
  ) as ExchangePayload['records'];
  return {
    schemaVersion: SCHEMA_VERSION,
    workspaceId: store.meta.id,
    records,
    tombstones: tombstonesFor(store, { kind: 'all' }),
  };
}

let staged = 0;
/** Stages `payload` on `to` as a bundle from `from`; returns its staged id. */
export function stage(
  to: Desk,
  payload: unknown,
  sender = 'sender',
  files: ReadonlyMap<string, string> = new Map(),
): string {
  const id = `staged-${++staged}`;
  const bundle: StagedBundle = {
    id,
    fileName: `${sender}.dossier`,
    manifest: {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      appVersion: 'test',
      schemaVersion: SCHEMA_VERSION,
      workspaceId: 'test-workspace',
      workspaceName: `${sender}的工作区`,
      sender,
      createdAt: new Date().toISOString(),
      scope: { kind: 'all' },
      counts: {},
      entries: [],
      attachments: [],
    },
    payload,
    attachmentFiles: files,
  };
  to.staging.put(bundle, join(to.staging.root, id));
  return id;
}

/** Sends everything `from` holds to `to`, previewing then applying with `prefer`. */
export async function exchange(from: Desk, to: Desk, prefer: 'ours' | 'theirs' = 'theirs') {
  const stagedId = stage(to, payloadOf(from.session.store()), from.name);
  const preview = await to.call('exchange.preview', { stagedId });
  const result = await to.call('exchange.apply', { stagedId, prefer });
  return { preview, result };
}

/** A store's records without bookkeeping that differs between desks by design. */
export function contentOf(store: Store): unknown {
  const out: Record<string, unknown> = {};
  for (const c of TRASHABLE) {
    out[c] = [...store.all(c)]
      .map((r) => {
        const rest: Record<string, unknown> = { ...r };
        delete rest.rev;
        delete rest.updatedAt;
        if (Array.isArray(rest.history)) {
          rest.history = (rest.history as { via?: string }[]).map((e) => {
            const entry = { ...e };
            delete entry.via;
            return entry;
          });
        }
        return rest;
      })
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return out;
}
