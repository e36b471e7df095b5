// Test helper: the core's registry and session over a data folder seeded with `n` fixture folios.
import { onTestFinished } from 'vitest';
import { sequentialIds, steppingClock, systemClock } from '../../electron/core/clock';
import { createCoreRegistry } from '../../electron/core/services/index';
import type { Session } from '../../electron/core/services/session';
import { openStore } from '../../electron/core/store/open-store';
import { type Calls, callsOf } from './calls';
import { buildFixture, fixtureChange } from './fixtures';
import { makeTempDir } from './temp-dir';

export interface FixtureDesk extends Calls {
  /** For what no method does: reading the store whole, or committing behind the services. */
  session: Session;
}

/** `n` folios of the fixture, opened as the app opens a folder; the clock steps from `start`. */
export async function fixtureDesk(n: number, start: Date, idPrefix: string): Promise<FixtureDesk> {
  const dir = await makeTempDir();
  const seeded = await openStore(dir, { clock: systemClock });
  if (!seeded.ok) throw new Error(seeded.problem.message);
  await seeded.store.commit(fixtureChange(buildFixture(n)));
  await seeded.store.close();
  const core = await createCoreRegistry({
    dataDir: dir,
    clock: steppingClock(start),
    ids: sequentialIds(idPrefix),
  });
  onTestFinished(() => core.close());
  // The tests read the store whole: the folios must have loaded (the methods wait by themselves).
  await core.session.whenLoaded();
  return { session: core.session, ...callsOf(core.registry) };
}
