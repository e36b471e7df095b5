// A PouchDB Server (in memory, 127.0.0.1, a free port) started and stopped by the test itself.
import { onTestFinished } from 'vitest';
import { couchJson, launchCouch } from './couch-process';
import { makeTempDir } from './temp-dir';

export interface TestCouch {
  url: string;
  /** Creates a database; `members` limits who may read and write it. */
  createDb(name: string, members?: string[]): Promise<void>;
  createUser(name: string, password: string): Promise<void>;
  /** An admin-party request (the test's own setup and checks). */
  json(path: string, init?: RequestInit): Promise<unknown>;
}

/** Starts `pouchdb-server --in-memory`; stopped when the test finishes. */
export async function startCouch(): Promise<TestCouch> {
  const dir = await makeTempDir('dossier-couch-');
  const { url, stop } = await launchCouch(dir);
  onTestFinished(stop);
  const json = (path: string, init?: RequestInit) => couchJson(url, path, init);
  return {
    url,
    json,
    async createUser(name, password) {
      await json(`/_users/org.couchdb.user:${name}`, {
        method: 'PUT',
        body: JSON.stringify({ name, password, roles: [], type: 'user' }),
      });
    },
    async createDb(name, members) {
      await json(`/${name}`, { method: 'PUT' });
      if (members) {
        await json(`/${name}/_security`, {
          method: 'PUT',
          body: JSON.stringify({
            members: { names: members, roles: [] },
            admins: { names: [], roles: [] },
          }),
        });
      }
    },
  };
}
