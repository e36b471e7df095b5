import { type Registry, createRegistry } from '../api/registry';
import type { Clock, IdGenerator } from '../clock';
import {
  attachmentFile,
  attachmentHandlers,
  type AttachmentFile,
  type OpenFile,
} from './attachments';
import { dashboardHandlers } from './dashboard';
import { documentHandlers, type DocumentDeps } from './documents/handlers';
import { generatedFilePath } from './documents/generated-files';
import { directoryHandlers } from './directory';
import { exchangeMergeHandlers } from './exchange/merge-handlers';
import { StagingArea } from './exchange/staging';
import { folioHandlers } from './folios';
import { groupHandlers } from './groups';
import { searchHandlers } from './search/handler';
import { Session } from './session';
import { trashHandlers } from './trash';
import { tripHandlers } from './trips/handlers';
import { undoHandlers } from './undo-handlers';
import { workspaceHandlers } from './workspace';

export interface CoreDeps {
  dataDir: string;
  clock: Clock;
  ids: IdGenerator;
  /** Desktop only: opens an attachment with the system's viewer. */
  openFile?: OpenFile;
  /** How briefings are written: the worker, the shipped faces, saving (desktop). */
  documents?: Omit<DocumentDeps, 'openFile'>;
}

export async function createCoreRegistry(deps: CoreDeps): Promise<{
  registry: Registry;
  /** Received bundles waiting for the officer's confirmation. */
  staging: StagingArea;
  /** For tests and tools that read the store behind the registry. */
  session: Session;
  close: () => Promise<void>;
  attachmentFile: (folioId: string, attachmentId: string) => AttachmentFile | null;
  generatedFile: (generationId: string, format: string) => AttachmentFile | null;
}> {
  const session = await Session.open(deps.dataDir, deps.clock, deps.ids);
  const staging = new StagingArea();
  const documents = documentHandlers(session, { ...deps.documents, openFile: deps.openFile });
  const registry = createRegistry(
    [
      workspaceHandlers(session),
      groupHandlers(session),
      folioHandlers(session),
      directoryHandlers(session),
      dashboardHandlers(session),
      trashHandlers(session),
      undoHandlers(session),
      attachmentHandlers(session, deps.openFile),
      searchHandlers(session),
      tripHandlers(session),
      documents.handlers,
      exchangeMergeHandlers(session, staging),
    ],
    (task) => session.exclusive(task),
  );
  return {
    registry,
    staging,
    session,
    close: async () => {
      await documents.close();
      await session.close();
    },
    attachmentFile: (folioId, attachmentId) => attachmentFile(session, folioId, attachmentId),
    generatedFile: (generationId, format) => {
      const generation = session.store().get('generations', generationId);
      return generation ? generatedFilePath(session.dataDir, generation, format) : null;
    },
  };
}
