// The store's public face: the store class, opening, errors, durable files, attachments and backups.
export type { BackupInfo, ChangeSet, Store, StoreProblem } from './types';
export {
  openStore,
  restoreBackup,
  NEW_WORKSPACE_NAME,
  type OpenStoreOptions,
  type OpenStoreResult,
} from './open-store';
export { DossierStore, BACKUP_EVERY_COMMITS } from './store';
export { InvalidChangeError } from './change';
export { StoreUncertainError } from './commit-writer';
export { DurableJsonFile, UnparsableFileError, writeDurable, type WriteFn } from './durable-file';
export { putAttachment, attachmentPath, hasAttachment, type AttachmentRef } from './attachments';
export { BACKUP_RING_SIZE } from './backups';
