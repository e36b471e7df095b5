import { type Registry, createRegistry } from '../api/registry';
import type { Clock, IdGenerator } from '../clock';
import {
  attachmentFile,
  attachmentHandlers,
  type AttachmentFile,
  type OpenFile,
} from './attachments';
import { dashboardHandlers } from './dashboard';
import { directoryHandlers } from './directory';
import { folioHandlers } from './folios';
import { groupHandlers } from './groups';
import { searchHandlers } from './search/handler';
import { Session } from './session';
import { trashHandlers } from './trash';
import { undoHandlers } from './undo-handlers';
import { workspaceHandlers } from './workspace';

export interface CoreDeps {
  dataDir: string;
  clock: Clock;
  ids: IdGenerator;
  /** Desktop only: opens an attachment with the system's viewer. */
  openFile?: OpenFile;
}

export async function createCoreRegistry(deps: CoreDeps): Promise<{
  registry: Registry;
  close: () => Promise<void>;
  attachmentFile: (folioId: string, attachmentId: string) => AttachmentFile | null;
}> {
  const session = await Session.open(deps.dataDir, deps.clock, deps.ids);
  const registry = createRegistry([
    workspaceHandlers(session),
    groupHandlers(session),
    folioHandlers(session),
    directoryHandlers(session),
    dashboardHandlers(session),
    trashHandlers(session),
    undoHandlers(session),
    attachmentHandlers(session, deps.openFile),
    searchHandlers(session),
  ]);
  return {
    registry,
    close: () => session.close(),
    attachmentFile: (folioId, attachmentId) => attachmentFile(session, folioId, attachmentId),
  };
}
