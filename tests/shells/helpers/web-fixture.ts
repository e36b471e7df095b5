// Test fixture: a renderer folder beside a secret file, and a web server started for one test.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Registry } from '../../../electron/core/api/registry';
import { type RunningWebServer, startWebServer } from '../../../electron/web/server';
import { makeTempDir } from '../../helpers/temp-dir';

export const TOKEN = 'test-token-0123456789abcdefghijklmn';
export const SECRET = 'TOP-SECRET-OUTSIDE-RENDERER';

const running: RunningWebServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** A renderer folder (index.html, one asset) beside a secret file the server must not serve. */
export async function rendererRoot(): Promise<string> {
  const base = await makeTempDir();
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>招商卷宗</title>');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), SECRET);
  return root;
}

/** Starts the web server on a free port; it is closed after the test. */
export async function startTestServer(
  registry: Pick<Registry, 'call'>,
  options: { maxBodyBytes?: number } = {},
): Promise<RunningWebServer> {
  const server = await startWebServer({
    registry,
    rendererRoot: await rendererRoot(),
    token: TOKEN,
    port: 0,
    ...options,
  });
  running.push(server);
  return server;
}
