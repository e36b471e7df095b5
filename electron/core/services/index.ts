import { type Registry, createRegistry } from '../api/registry';
import type { Clock, IdGenerator } from '../clock';
import { directoryHandlers } from './directory';
import { folioHandlers } from './folios';
import { groupHandlers } from './groups';
import { pendingHandlers } from './pending';
import { Session } from './session';
import { workspaceHandlers } from './workspace';

export interface CoreDeps {
  dataDir: string;
  clock: Clock;
  ids: IdGenerator;
}

export async function createCoreRegistry(
  deps: CoreDeps,
): Promise<{ registry: Registry; close: () => Promise<void> }> {
  const session = await Session.open(deps.dataDir, deps.clock, deps.ids);
  const registry = createRegistry([
    workspaceHandlers(session),
    groupHandlers(session),
    folioHandlers(session),
    directoryHandlers(session),
    pendingHandlers(),
  ]);
  return { registry, close: () => session.close() };
}
