// Checks that a durable write lets go of every file and folder handle it opens, whichever step the disk refuses.
import type * as FsPromises from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeDurableWith, type DurableStep } from '../../../electron/core/store/durable-file';
import { makeTempDir } from '../../helpers/temp-dir';
import { refusing } from './support';

/** Handles opened through node:fs/promises, and how many of them were closed. */
const handles = vi.hoisted(() => ({ opened: 0, closed: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const open: typeof actual.open = async (...args) => {
    const handle = await actual.open(...args);
    handles.opened++;
    const close = handle.close.bind(handle);
    handle.close = () => {
      handles.closed++;
      return close();
    };
    return handle;
  };
  return { ...actual, open };
});

/** Waits, turn by turn of the event loop, for the closes that run in the background. */
async function allClosed(): Promise<boolean> {
  for (let turn = 0; turn < 100_000 && handles.closed < handles.opened; turn++)
    await new Promise((resolve) => setImmediate(resolve));
  return handles.closed === handles.opened;
}

describe('a durable write', () => {
  const steps: Array<DurableStep | null> = ['write', 'fsync', 'rename', 'dirsync', null];
  for (const fresh of [false, true]) {
    for (const step of steps) {
      if (fresh && step === 'rename') continue;
      it(`closes every handle it opened${fresh ? ' (a fresh file)' : ''} when ${step ?? 'nothing'} fails`, async () => {
        const dir = await makeTempDir();
        const writing = writeDurableWith(
          refusing(step, 'EROFS'),
          join(dir, 'dossier.json'),
          '{"seq":1}',
          {
            fresh,
          },
        );
        if (step === null) await writing;
        else await expect(writing).rejects.toMatchObject({ code: 'EROFS' });
        // The file and its folder at least (a folder's close is not waited for).
        expect(handles.opened).toBeGreaterThanOrEqual(2);
        expect(await allClosed()).toBe(true);
        expect(await readdir(dir)).toEqual(
          step === null || step === 'dirsync' ? ['dossier.json'] : [],
        );
      });
    }
  }
});
