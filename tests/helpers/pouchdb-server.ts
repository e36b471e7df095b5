// A PouchDB Server (in memory, 127.0.0.1, a free port) started and stopped by the test itself.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { makeTempDir } from './temp-dir';

export interface TestCouch {
  url: string;
  /** Creates a database; `members` limits who may read and write it. */
  createDb(name: string, members?: string[]): Promise<void>;
  createUser(name: string, password: string): Promise<void>;
  /** An admin-party request (the test's own setup and checks). */
  json(path: string, init?: RequestInit): Promise<unknown>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

const BIN = join(process.cwd(), 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');

/** Starts `pouchdb-server --in-memory`; resolves once it says it listens (60 s at most). */
export async function startCouch(): Promise<TestCouch> {
  const dir = await makeTempDir('dossier-couch-');
  const port = await freePort();
  const args = [
    '--in-memory',
    '-p',
    String(port),
    '-o',
    '127.0.0.1',
    '-c',
    join(dir, 'config.json'),
  ];
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  );
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`pouchdb-server did not start: ${seen}`)),
      60_000,
    );
    child.stderr.on('data', (d: Buffer) => (seen += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      seen += d.toString();
      if (seen.includes('has started')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pouchdb-server exited (${code}): ${seen}`));
    });
  });
  child.stdout.resume();
  const url = `http://127.0.0.1:${port}`;
  const json = async (path: string, init?: RequestInit) => {
    const res = await fetch(`${url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
    });
    return res.json() as Promise<unknown>;
  };
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
