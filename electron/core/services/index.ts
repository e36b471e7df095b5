import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { folioHandlers } from './folios';
import { groupHandlers } from './groups';
import { ledgerHandlers } from './ledger/handlers';
import { searchHandlers } from './search/handler';
import { type ExchangeDeps, exchangeBundleHandlers } from './exchange/handlers';
import { StagingArea } from './exchange/staging';
import { zipAttachmentHandlers } from './exchange/zip-attachments';
import { Session } from './session';
import { trashHandlers } from './trash';
import { tripHandlers } from './trips/handlers';
import { undoHandlers } from './undo-handlers';
import { workspaceHandlers } from './workspace';
import type { WriteFn } from '../store/durable-file';
import { backupHandlers } from './backups';
import { aboutHandlers, APP_VERSION, type AboutInfo } from './about';
import { syncHandlers, type SyncDeps } from './sync/handlers';

export interface CoreDeps {
  dataDir: string;
  clock: Clock;
  ids: IdGenerator;
  /** Desktop only: opens an attachment with the system's viewer. */
  openFile?: OpenFile;
  /** How briefings are written: the worker, the shipped faces, saving (desktop). */
  documents?: Omit<DocumentDeps, 'openFile'>;
  /** The store's durable write primitive; tests swap it to inject disk failures. */
  write?: WriteFn;
  /** What `app.about` answers, less the data folder (known here). */
  about?: Omit<AboutInfo, 'dataDir'>;
  /** 卷宗交换: dialogs (desktop), --out (CLI), where received bundles are staged. */
  exchange?: Partial<ExchangeDeps> & { stagingRoot?: string };
  /** 专班协同: where the password is kept (desktop: safeStorage). */
  sync?: SyncDeps;
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
  const session = await Session.open(deps.dataDir, deps.clock, deps.ids, deps.write);
  const staging = new StagingArea(
    deps.exchange?.stagingRoot ?? join(tmpdir(), `dossier-desk-staging-${process.pid}`),
  );
  const documents = documentHandlers(session, { ...deps.documents, openFile: deps.openFile });
  const registry = createRegistry(
    [
      workspaceHandlers(session),
      backupHandlers(session),
      groupHandlers(session),
      folioHandlers(session),
      directoryHandlers(session),
      dashboardHandlers(session),
      trashHandlers(session),
      undoHandlers(session),
      attachmentHandlers(session, deps.openFile),
      zipAttachmentHandlers(session, deps.exchange?.limits),
      searchHandlers(session),
      tripHandlers(session),
      ledgerHandlers(session),
      documents.handlers,
      aboutHandlers({
        version: APP_VERSION,
        shell: 'web',
        runtime: `Node ${process.versions.node}`,
        logFile: null,
        ...deps.about,
        dataDir: deps.dataDir,
      }),
      exchangeBundleHandlers(session, staging, { appVersion: APP_VERSION, ...deps.exchange }),
      exchangeMergeHandlers(session, staging),
      syncHandlers(session, staging, deps.sync),
    ],
    (task) => session.exclusive(task),
  );
  return {
    registry,
    staging,
    session,
    close: async () => {
      await documents.close();
      await staging.dropAll();
      await session.close();
    },
    attachmentFile: (folioId, attachmentId) => attachmentFile(session, folioId, attachmentId),
    generatedFile: (generationId, format) => {
      const generation = session.store().get('generations', generationId);
      return generation ? generatedFilePath(session.dataDir, generation, format) : null;
    },
  };
}
