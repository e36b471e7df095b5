// Test helper: a core on a fresh temp folder whose "now" the test sets, day by day (09:00 Beijing time).
import { onTestFinished } from 'vitest';
import { openCore, type DossierCore } from '../../electron/core/app';
import { sequentialIds } from '../../electron/core/clock';
import { type Calls, callsOf } from './calls';
import { makeTempDir } from './temp-dir';

export interface CoreAt extends Calls {
  core: DossierCore;
  /** Moves the core's clock to 09:00 of another day. */
  setDay(day: string): void;
}

const nineOn = (day: string) => new Date(`${day}T09:00:00+08:00`);

/** A core whose clock stands at 09:00 on `day` until `setDay` moves it; ids are `<idPrefix>-…`. */
export async function openCoreAt(day: string, idPrefix: string): Promise<CoreAt> {
  let now = nineOn(day);
  const core = await openCore({
    dataDir: await makeTempDir(),
    clock: { now: () => now },
    ids: sequentialIds(idPrefix),
  });
  onTestFinished(() => core.close());
  return {
    core,
    ...callsOf(core.registry),
    setDay: (next) => {
      now = nineOn(next);
    },
  };
}
