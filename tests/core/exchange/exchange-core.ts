// Test helper: a core whose exports go to a folder and whose staging is inside the test's temp folder.
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { openCore, type CoreOptions, type DossierCore } from '../../../electron/core/app';
import { sequentialIds, steppingClock } from '../../../electron/core/clock';
import { TEST_START } from '../../helpers/core';
import { type Calls, callsOf } from '../../helpers/calls';
import { makeTempDir } from '../../helpers/temp-dir';

export interface ExchangeCore extends Calls {
  core: DossierCore;
  dir: string;
  stagingRoot: string;
}

/** A core whose exports go to `out` and whose staging folder is inside the test's temp folder. */
export async function openExchangeCore(
  options: { out?: string; limits?: NonNullable<CoreOptions['exchange']>['limits'] } = {},
): Promise<ExchangeCore> {
  const root = await makeTempDir();
  const dir = join(root, 'data');
  const stagingRoot = join(root, 'staging');
  const out = options.out;
  const core = await openCore({
    dataDir: dir,
    clock: steppingClock(TEST_START),
    ids: sequentialIds(`x${Math.random().toString(36).slice(2, 8)}`),
    exchange: {
      allowPaths: true,
      stagingRoot,
      limits: options.limits,
      chooseExportPath: out ? async () => out : undefined,
    },
  });
  onTestFinished(() => core.close());
  return {
    core,
    dir,
    stagingRoot,
    ...callsOf(core.registry),
  };
}
