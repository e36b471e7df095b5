// The store's types: the ChangeSet of one atomic commit, backup info, problems and the Store interface.
import type { CollectionName, RecordOf } from '../model/collections';
import type { FolioOutline } from '../model/folio-outline';
import type { WorkspaceMeta } from '../model/workspace';
import type { BackupPreview, RecordMaps } from './backup-preview';

/** The folder's lock as its holder sees it (a DirLock). */
export interface LockHandle {
  release(): Promise<void>;
}

/** One atomic, durable change: either all of it reaches the disk or none of it does. */
export interface ChangeSet {
  put?: { [C in CollectionName]?: RecordOf<C>[] };
  delete?: { [C in CollectionName]?: string[] };
  /** Replaces the workspace meta when given. */
  meta?: WorkspaceMeta;
}

export interface BackupInfo {
  id: string;
  /** The commit the backup holds the state after. */
  seq: number;
  createdAt: string;
  reason: string;
  /** The size of its shard files (0 when it did not validate). */
  bytes: number;
  /** Commits made after it, when listed by an open workspace. */
  commitsSince?: number;
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
  /** The number of the last commit on disk. */
  readonly seq: number;
  readonly meta: WorkspaceMeta;
  get<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined;
  all<C extends CollectionName>(collection: C): Iterable<RecordOf<C>>;
  /**
   * Every record as `all` gives it, but not frozen on the way out: for a pass over a whole
   * collection that only reads and hands no record on (the list's and the dashboard's numbers).
   * Freezing 100,000 folios costs ~140 ms, the first such pass's largest part.
   */
  scan<C extends CollectionName>(collection: C): Iterable<RecordOf<C>>;
  /** One record as `get` gives it, but not frozen: for a reader that reads a few fields of it. */
  peek<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined;
  count(collection: CollectionName): number;
  /**
   * Every folio's outline: what the list, 工作台 and the groups' totals read. Answered from the
   * moment the store opens; the folios themselves may still be loading (see `whenLoaded`).
   */
  outlines(): Iterable<FolioOutline>;
  /** Whether every folio is in memory: `get`, `all`, `scan` and `peek` of folios need it. */
  readonly loaded: boolean;
  /**
   * Resolves once every folio is in memory (at once for most opens); rejects with the problem
   * when a folio shard read after the open turns out damaged.
   */
  whenLoaded(): Promise<void>;
  /** Durable atomic write. When it throws, neither memory nor disk has changed. */
  commit(change: ChangeSet): Promise<void>;
  /** An independent, digest-checked copy of the committed state; `keep: null` prunes nothing. */
  backup(reason: string, options?: { keep?: number | null }): Promise<BackupInfo>;
  listBackups(): Promise<BackupInfo[]>;
  /** What restoring the (already checked) backup would take back. Reads only. */
  previewRestore(backupId: string, backup: { seq: number; records: RecordMaps }): BackupPreview;
  /** An independent copy of the committed state in a new folder inside `parent`; its path. */
  copyTo(parent: string): Promise<string>;
  /** Releases the lock. */
  close(): Promise<void>;
  /** Closes the store but hands its lock to the caller (a restore holds it throughout). */
  closeKeepingLock(): Promise<LockHandle>;
}
