// PouchDB Server (in memory, 127.0.0.1, a free port) as a child process: for tests and benches.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export function freePort(): Promise<number> {
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

export const BIN = join(process.cwd(), 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');

/** Starts `pouchdb-server --in-memory` in `dir`; resolves once it listens (60 s at most). */
export async function launchCouch(
  dir: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
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
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  try {
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
  } catch (e) {
    await stop();
    throw e;
  }
  child.stdout.resume();
  child.stderr.resume();
  return { url: `http://127.0.0.1:${port}`, stop };
}

/** An admin-party JSON request to the test server. */
export async function couchJson(url: string, path: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(`${url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
  });
  return res.json() as Promise<unknown>;
}
