// Team sync tests: desks syncing a group through a test CouchDB, and what they hold.
import type { Desk } from '../../helpers/exchange';
import type { TestCouch } from '../../helpers/pouchdb-server';
import { syncGroup, type SyncOptions } from '../../../electron/core/sync/client';
import { DEFAULT_LIMITS, type FetchLimits } from '../../../electron/core/sync/http';
import { databaseOf } from '../../../electron/core/sync/mapping';
import { openRemote, type Remote } from '../../../electron/core/sync/remote';

export const PASSWORD = 'pw-2024';

export function remoteFor(
  couch: { url: string },
  groupId: string,
  user: string,
  extra: { limits?: Partial<FetchLimits>; signal?: AbortSignal; password?: string } = {},
): Remote {
  return openRemote({
    url: couch.url,
    database: databaseOf(groupId),
    username: user,
    password: extra.password ?? PASSWORD,
    limits: { ...DEFAULT_LIMITS, ...extra.limits },
    signal: extra.signal,
  });
}

/** A group database on the server that `users` (created here) may read and write. */
export async function groupDb(couch: TestCouch, groupId: string, users: string[]) {
  for (const u of users) await couch.createUser(u, PASSWORD);
  await couch.createDb(databaseOf(groupId), users);
}

export function sync(
  desk: Desk,
  couch: { url: string },
  groupId: string,
  user: string,
  options: Partial<SyncOptions> = {},
) {
  return syncGroup({
    session: desk.session,
    remote: remoteFor(couch, groupId, user),
    groupId,
    ...options,
  });
}

/** 设置 → 协同 on a desk: the test server, `user` with the test password, and these groups. */
export function syncSettings(desk: Desk, couch: { url: string }, user: string, groups: string[]) {
  return desk.call('sync.settings.set', {
    enabled: true,
    url: couch.url,
    username: user,
    password: PASSWORD,
    groups,
  });
}
