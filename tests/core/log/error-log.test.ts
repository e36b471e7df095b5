// Checks the error log: time, scope and stack written, size bounded, no token or password ever written.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createErrorLog, redact } from '../../../electron/core/log/error-log';
import { makeTempDir } from '../../helpers/temp-dir';

const fixed = () => new Date('2026-03-01T08:00:00.000Z');

describe('the error log', () => {
  it('writes the time, the scope and the error with its stack into <dir>/dossier.log', async () => {
    const dir = join(await makeTempDir(), 'logs');
    const log = createErrorLog({ dir, now: fixed });
    log.error('document-worker', new Error('字体文件损坏'));
    const text = readFileSync(log.file, 'utf8');
    expect(log.file).toBe(join(dir, 'dossier.log'));
    expect(text).toMatch(
      /^2026-03-01T08:00:00.000Z \[document-worker\] Error: 字体文件损坏\n\s+at /,
    );
  });

  it('stays within its size and keeps only the newest files', async () => {
    const dir = await makeTempDir();
    const log = createErrorLog({ dir, maxBytes: 2_000, keep: 2, now: fixed });
    for (let i = 0; i < 60; i += 1) log.error('main', `failure number ${i} ${'x'.repeat(100)}`);
    expect(readdirSync(dir).sort()).toEqual(['dossier.log', 'dossier.log.1', 'dossier.log.2']);
    for (const name of readdirSync(dir)) {
      expect(readFileSync(join(dir, name)).length).toBeLessThanOrEqual(2_000);
    }
    expect(readFileSync(log.file, 'utf8')).toContain('failure number 59');
    expect(existsSync(join(dir, 'dossier.log.3'))).toBe(false);
  });

  it('never writes a token, a password or a bearer value', async () => {
    const dir = await makeTempDir();
    const log = createErrorLog({ dir, now: fixed });
    log.error(
      'web',
      'GET http://127.0.0.1:5000/?token=abcDEF123_secret failed; password=hunter2 Authorization: Bearer eyJhbGci.x',
    );
    const text = readFileSync(log.file, 'utf8');
    expect(text).not.toContain('abcDEF123_secret');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('eyJhbGci');
    expect(text).toContain('?token=***');
    expect(redact('{"password":"p4ss"}')).toBe('{"password":"***"}');
  });
});
