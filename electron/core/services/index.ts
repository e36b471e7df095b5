/** The core's wiring: opens the session and hands every domain's handlers to one registry. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Registry, createRegistry } from '../api/registry';
import type { Clock, IdGenerator } from '../clock';
import { attachmentHandlers } from './attachments/handlers';
import { attachmentFile, type AttachmentFile, type OpenFile } from './attachments/stored-files';
import { dashboardHandlers } from './dashboard/handlers';
import { documentHandlers, type DocumentDeps } from './documents/handlers';
import { generatedFilePath } from './documents/generated-files';
import { enterpriseHandlers } from './enterprises/handlers';
import { folioHandlers } from './folios/handlers';
import { groupHandlers } from './groups/handlers';
import { ledgerHandlers } from './ledger/handlers';
import { searchHandlers } from './search/handlers';
import { type ExchangeDeps, exchangeHandlers } from './exchange/handlers';
import { StagingArea } from './exchange/staging';
import { DEFAULT_LIMITS } from '../exchange/bundle/zip-reader';
import { personHandlers } from './people/handlers';
import { Session } from './session';
import { trashHandlers } from './trash/handlers';
import { tripHandlers } from './trips/handlers';
import { undoHandlers } from './undo/handlers';
import { workspaceHandlers } from './workspace/handlers';
import type { WriteFn } from '../store/durable-file';
import { aboutHandlers, APP_VERSION, type AboutInfo } from './app/handlers';
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
  const sync = syncHandlers(session, staging, deps.sync);
  const search = searchHandlers(session);
  const registry = createRegistry(
    [
      workspaceHandlers(session),
      groupHandlers(session),
      folioHandlers(session),
      enterpriseHandlers(session),
      personHandlers(session),
      dashboardHandlers(session),
      trashHandlers(session),
      undoHandlers(session),
      attachmentHandlers(session, deps.openFile, deps.exchange?.limits ?? DEFAULT_LIMITS),
      search.handlers,
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
      exchangeHandlers(session, staging, { appVersion: APP_VERSION, ...deps.exchange }),
      sync.handlers,
    ],
    (task) => session.exclusive(task),
    () => session.whenLoaded(),
  );
  return {
    registry,
    staging,
    session,
    close: async () => {
      search.close();
      await documents.close();
      await sync.close();
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
