// The core the shells open: the registry over a data folder, file lookups for downloads, and close.
import { type Clock, type IdGenerator, randomIds, systemClock } from './clock';
import type { Registry } from './api/registry';
import type { WriteFn } from './store/durable-file';
import type { AttachmentFile, OpenFile } from './services/attachments/stored-files';
import type { AboutInfo } from './services/app/handlers';
import type { DocumentDeps } from './services/documents/handlers';
import type { StagingArea } from './services/exchange/staging';
import type { CoreDeps } from './services/index';
import { createCoreRegistry } from './services/index';

export interface CoreOptions {
  /** The data folder: the store's files, backups and attachments live here. */
  dataDir: string;
  clock?: Clock;
  ids?: IdGenerator;
  /**
   * Desktop: opens an attachment with the system's viewer (`attachments.open` then answers
   * `opened: true`). Without it (web shell) `attachments.open` gives the /files address.
   */
  openFile?: OpenFile;
  /** The document worker, the shipped faces' folders and (desktop) the save-to-folder dialog. */
  documents?: Omit<DocumentDeps, 'openFile'>;
  /** The store's durable write primitive; tests swap it to inject disk failures. */
  write?: WriteFn;
  /** The shell's version, runtime and log file, for `app.about`. */
  about?: Omit<AboutInfo, 'dataDir'>;
  /** 卷宗交换: save/open dialogs (desktop), --out (CLI), the staging folder. */
  exchange?: CoreDeps['exchange'];
  /** 专班协同: where the password is kept (desktop: Electron safeStorage). */
  sync?: CoreDeps['sync'];
}

/** The whole core behind one registry: what both shells (IPC and HTTP) serve. */
export interface DossierCore {
  readonly dataDir: string;
  readonly registry: Registry;
  /** Received bundles waiting for 导入卷宗's preview and confirmation. */
  readonly staging: StagingArea;
  /** Not an API method: where the web shell's /files route finds an attachment's bytes. */
  attachmentFile(folioId: string, attachmentId: string): AttachmentFile | null;
  /** Not an API method: where the web shell's /generated route finds a generated file. */
  generatedFile(generationId: string, format: string): AttachmentFile | null;
  /** Not an API method: the folder exported bundles (web) and staged received ones live in. */
  readonly stagingRoot: string;
  /** Flushes nothing (every commit is already durable) and releases the data folder's lock. */
  close(): Promise<void>;
}

/**
 * Opens the data folder and builds the registry. Never throws for a bad data folder: the
 * registry then answers `workspace.status` with the problem and every other method with a
 * `store` error, so the UI can explain it and offer a backup.
 */
export async function openCore(options: CoreOptions): Promise<DossierCore> {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const { registry, staging, close, attachmentFile, generatedFile } = await createCoreRegistry({
    dataDir: options.dataDir,
    clock,
    ids,
    openFile: options.openFile,
    documents: options.documents,
    write: options.write,
    about: options.about,
    exchange: options.exchange,
    sync: options.sync,
  });
  return {
    dataDir: options.dataDir,
    registry,
    staging,
    close,
    attachmentFile,
    generatedFile,
    stagingRoot: staging.root,
  };
}
