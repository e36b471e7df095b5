// Checks the web shell over the real core: workspace.status round trip, data folder released on close.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWebServer } from '../../electron/web/server';
import { envelope, send } from './helpers/http';
import { makeTempDir } from '../helpers/temp-dir';

/** The real core (dynamic import, so the other shell tests still run while it is unfinished). */
async function openRealCore(dataDir: string) {
  const { openCore } = await import('../../electron/core/app');
  return openCore({ dataDir });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

describe('web shell over the real core', () => {
  it('round-trips workspace.status to a fresh data folder and releases it on close', async () => {
    const dataDir = await makeTempDir('dossier-web-data-');
    const core = await openRealCore(dataDir);
    const server = await startWebServer({
      registry: core.registry,
      rendererRoot: await makeTempDir('dossier-web-renderer-'),
      token: 'round-trip-token',
      port: 0,
    });
    try {
      const res = await send(server.port, {
        method: 'POST',
        path: '/api/workspace.status',
        headers: { 'x-dossier-token': 'round-trip-token', 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(200);
      const body = envelope(res);
      expect(body.ok).toBe(true);
      expect(body.result).toMatchObject({ state: 'ready', dataDir, empty: true });
      expect(await exists(join(dataDir, 'dossier.json'))).toBe(true);
      expect(await exists(join(dataDir, 'dossier.lock'))).toBe(true);
    } finally {
      await server.close();
      await core.close();
    }
    expect(await exists(join(dataDir, 'dossier.lock'))).toBe(false);
  });
});
