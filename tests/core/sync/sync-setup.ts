// Team sync tests' set-up: a test CouchDB with desks opened on it, and the settings that turn sync on.
import type { InputOf } from '../../../electron/core/api/contract';
import { type Desk, openDesk } from '../../helpers/exchange';
import { startCouch, type TestCouch } from '../../helpers/pouchdb-server';
import { PASSWORD } from './sync-helpers';

/** A fresh test CouchDB and desks 甲 and 乙 (operator set to each), opened in that order. */
export async function twoDesks(): Promise<{ couch: TestCouch; a: Desk; b: Desk }> {
  const couch = await startCouch();
  return { couch, a: await openDesk('甲'), b: await openDesk('乙') };
}

/** As `twoDesks`, with a third desk 丙. */
export async function threeDesks(): Promise<{ couch: TestCouch; a: Desk; b: Desk; c: Desk }> {
  const { couch, a, b } = await twoDesks();
  return { couch, a, b, c: await openDesk('丙') };
}

/** `sync.settings.set` input that turns sync on for `groups` as `username` (password PASSWORD). */
export function syncOn(
  couch: { url: string },
  username: string,
  groups: string[],
): InputOf<'sync.settings.set'> {
  return { enabled: true, url: couch.url, username, password: PASSWORD, groups };
}
