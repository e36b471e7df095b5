// Test helper: a core on a fresh temp data folder, with calls that must succeed or must fail.
import { onTestFinished } from 'vitest';
import { openCore, type CoreOptions, type DossierCore } from '../../electron/core/app';
import { sequentialIds, steppingClock } from '../../electron/core/clock';
import { type Calls, callsOf } from './calls';
import { makeTempDir } from './temp-dir';

export interface TestCore extends Calls {
  core: DossierCore;
  dir: string;
}

export const TEST_START = new Date('2024-04-01T09:00:00+08:00');

/** A core on a fresh temp data folder, with a stepping clock and sequential ids. */
export async function openTestCore(
  dir?: string,
  options: Pick<CoreOptions, 'documents' | 'openFile' | 'write'> = {},
): Promise<TestCore> {
  const dataDir = dir ?? (await makeTempDir());
  const core = await openCore({
    ...options,
    dataDir,
    clock: steppingClock(TEST_START),
    ids: sequentialIds(`t${Math.random().toString(36).slice(2, 8)}`),
  });
  onTestFinished(() => core.close());
  return {
    core,
    dir: dataDir,
    ...callsOf(core.registry),
  };
}
