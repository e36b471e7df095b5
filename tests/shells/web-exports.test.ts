// Checks GET /exports/: the bundle downloads under its Chinese name with the token, nothing else served.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { exportedFileLookup } from '../../electron/web/exports';
import { startWebServer } from '../../electron/web/server';
import { openTestCore } from '../helpers/core';
import { makeTempDir } from '../helpers/temp-dir';
import { send } from './helpers/http';

const TOKEN = 'exports-token-0123456789abcdefghij';

async function serverWithExport() {
  const t = await openTestCore();
  await t.call('workspace.loadDemo', {});
  const [group] = await t.call('groups.list', {});
  const exported = await t.call('exchange.export', {
    scope: { kind: 'group', id: group?.id ?? '' },
    includeGenerated: false,
  });
  const server = await startWebServer({
    registry: t.core.registry,
    exportedFile: exportedFileLookup(() => t.core.stagingRoot),
    rendererRoot: await makeTempDir('dossier-exports-renderer-'),
    token: TOKEN,
    port: 0,
  });
  onTestFinished(() => server.close());
  return { t, server, exported };
}

describe('web shell: GET /exports/<folder>/<fileName>', () => {
  it('downloads the exported bundle under its Chinese name, with the token only', async () => {
    const { server, exported } = await serverWithExport();
    expect(exported.url).toMatch(/^\/exports\/[0-9a-f]{24}\/.+\.dossier$/);
    const url = exported.url ?? '';
    expect((await send(server.port, { path: url })).status).toBe(401);
    const download = await send(server.port, { path: `${url}?token=${TOKEN}` });
    expect(download.status).toBe(200);
    expect(Number(download.headers['content-length'])).toBe(exported.bytes);
    expect(download.body.startsWith('PK')).toBe(true);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(exported.fileName)}`,
    );
    expect(download.headers['content-security-policy']).toBe('sandbox');
  });

  it('serves nothing outside one export folder: traversal, other files and unknown folders are 404', async () => {
    const { t, server, exported } = await serverWithExport();
    const folder = (exported.url ?? '').split('/')[2] ?? '';
    await writeFile(join(t.core.stagingRoot, 'exports', folder, 'secret.txt'), 'x');
    const paths = [
      `/exports/${folder}/secret.txt`,
      `/exports/${folder}/..%2F..%2Fstore.dossier`,
      `/exports/${folder}/%2E%2E`,
      `/exports/../${folder}/${encodeURIComponent(exported.fileName)}`,
      `/exports/${'0'.repeat(24)}/${encodeURIComponent(exported.fileName)}`,
      `/exports/abc/${encodeURIComponent(exported.fileName)}`,
      `/exports/${folder}`,
      `/exports/${folder}/a/b.dossier`,
    ];
    for (const path of paths) {
      const res = await send(server.port, { path: `${path}?token=${TOKEN}` });
      expect(res.status, path).toBe(404);
    }
  });
});
