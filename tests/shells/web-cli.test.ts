// Checks the web shell entry: one URL line, /api served with its token, SIGTERM releases the folder.
import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { envelope, send } from './helpers/http';
import { makeTempDir } from '../helpers/temp-dir';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = join(ROOT, 'electron/web/index.ts');
const TSX = createRequire(import.meta.url).resolve('tsx');
const URL_LINE = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)$/;

describe('web shell entry (node --import tsx electron/web/index.ts)', () => {
  it('prints one URL line, serves /api with that token, and SIGTERM releases the data folder', async () => {
    const dataDir = await makeTempDir('dossier-web-cli-');
    const child = spawn(
      process.execPath,
      ['--import', TSX, ENTRY, '--data-dir', dataDir, '--port', '0'],
      {
        cwd: ROOT,
        env: { ...process.env, DOSSIER_DATA_DIR: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const stderr: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const lines: string[] = [];
    const urlLine = await new Promise<string>((found, failed) => {
      const reader = createInterface({ input: child.stdout });
      reader.on('line', (line) => {
        lines.push(line);
        if (line.startsWith('http://')) found(line);
      });
      void exited.then((code) => failed(new Error(`exited ${code}: ${stderr.join('')}`)));
    });

    const match = URL_LINE.exec(urlLine);
    expect(match, urlLine).not.toBeNull();
    const port = Number(match?.[1]);
    const token = match?.[2] ?? '';
    expect(token).toHaveLength(32);

    const res = await send(port, {
      method: 'POST',
      path: '/api/workspace.status',
      headers: { 'x-dossier-token': token },
      body: '{}',
    });
    expect(envelope(res)).toMatchObject({ ok: true, result: { state: 'ready', dataDir } });
    expect(
      (await send(port, { method: 'POST', path: '/api/workspace.status', body: '{}' })).status,
    ).toBe(401);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines.filter((line) => line.startsWith('http://'))).toHaveLength(1);
    await expect(access(join(dataDir, 'dossier.lock'))).rejects.toThrow();
  }, 30_000);
});
