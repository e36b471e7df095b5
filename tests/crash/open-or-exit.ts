// The crash workers' start: open the store, or print why not and exit 1 (the parent reads stdout).
import { systemClock } from '../../electron/core/clock';
import { openStore } from '../../electron/core/store/open-store';
import type { DossierStore } from '../../electron/core/store/store';

/** The opened store; when it does not open, prints `error <kind> <message>` and exits with 1. */
export async function openOrExit(dir: string): Promise<DossierStore> {
  const opened = await openStore(dir, { clock: systemClock });
  if (!opened.ok) {
    process.stdout.write(`error ${opened.problem.kind} ${opened.problem.message}\n`);
    process.exit(1);
  }
  return opened.store;
}
