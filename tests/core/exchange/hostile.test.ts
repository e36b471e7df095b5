// Checks that every hostile received file is refused and nothing of it is kept.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotDir } from '../../helpers/dir-snapshot';
import { makeTempDir } from '../../helpers/temp-dir';
import { openExchangeCore } from './exchange-core';
import { HOSTILE, SMALL_LIMITS } from './hostile-corpus';

async function remaining(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

describe('a received file that is hostile is refused, and nothing of it is kept', () => {
  it('has at least 20 cases', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
  });

  it.each(HOSTILE)('$name', async (hostile) => {
    const x = await openExchangeCore({ limits: hostile.smallLimits ? SMALL_LIMITS : undefined });
    await x.call('workspace.loadDemo', {});
    const before = await snapshotDir(x.dir);
    const file = join(await makeTempDir(), 'received.dossier');
    await writeFile(file, hostile.bytes());
    const error = await x.fail('exchange.stage', { path: file });
    expect(error.kind).toBe('validation');
    expect(error.message).toContain(hostile.expect);
    expect(await remaining(x.stagingRoot)).toEqual([]);
    expect(await snapshotDir(x.dir)).toEqual(before);
  });
});
