import type { CollectionName, RecordOf } from '../model/collections';
import type { WorkspaceMeta } from '../model/workspace';

/** One atomic, durable change: either all of it reaches the disk or none of it does. */
export interface ChangeSet {
  put?: { [C in CollectionName]?: RecordOf<C>[] };
  delete?: { [C in CollectionName]?: string[] };
  /** Replaces the workspace meta when given. */
  meta?: WorkspaceMeta;
}

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: string;
  /** Whether every file of the backup parsed and validated when last checked. */
  valid: boolean;
  counts: Record<CollectionName, number>;
}

/** Why a data folder could not be opened. The bad files are always left where they are. */
export interface StoreProblem {
  kind: 'missing' | 'corrupt' | 'locked' | 'newer';
  /** The file that is missing, unreadable or invalid (relative to the data folder). */
  file: string;
  /** Plain-Chinese explanation for the user. */
  message: string;
  /** Backups that validated, newest first: what the app can offer to restore. */
  backups: BackupInfo[];
}

export interface Store {
  readonly dir: string;
  readonly meta: WorkspaceMeta;
  get<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined;
  all<C extends CollectionName>(collection: C): Iterable<RecordOf<C>>;
  count(collection: CollectionName): number;
  /** Durable atomic write. When it throws, neither memory nor disk has changed. */
  commit(change: ChangeSet): Promise<void>;
  backup(reason: string): Promise<BackupInfo>;
  listBackups(): Promise<BackupInfo[]>;
  /** Releases the lock. */
  close(): Promise<void>;
}
