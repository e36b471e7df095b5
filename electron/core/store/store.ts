// DossierStore: the open data folder with every record in memory, serialized commits and daily backups.
import type { Clock } from '../clock';
import { COLLECTION_NAMES, type CollectionName, type RecordOf } from '../model/collections';
import type { Migration } from '../model/migrations';
import type { FolioOutline } from '../model/folio-outline';
import type { Folio } from '../model/records';
import type { WorkspaceMeta } from '../model/workspace';
import { diffRecords, type BackupPreview, type RecordMaps } from './backup-preview';
import { listBackups, takeBackup } from './backups';
import { copyWorkspaceTo } from './copy-out';
import { deepFreeze, prepareChange, type PreparedChange } from './change';
import { StoreUncertainError, allBuckets, writeCommit, type BucketWrite } from './commit-writer';
import type { WriteFn } from './durable-file';
import {
  MANIFEST_FILE,
  bucketOf,
  isCollectionName,
  parseShardKey,
  shardKey,
  type Layout,
  type Manifest,
} from './layout';
import {
  countsOf,
  emptyCollections,
  inPool,
  type CollectionMaps,
  type DeferredFolios,
} from './load';
import { corrupt } from './load-error';
import { readShard } from './shard-read';
import { addRecords, shardRecords } from './validate';
import { grownCount, recordBytes, shardBytes } from './sizing';
import type { BackupInfo, ChangeSet, LockHandle, Store } from './types';

/** YYYY-MM-DD in China time (UTC+8), where the officers work. */
const dayOf = (when: Date) => new Date(when.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** A backup every this many commits, besides the one before a session's first commit. */
export const BACKUP_EVERY_COMMITS = 50;

export interface StoreRuntime {
  clock: Clock;
  write: WriteFn;
  migrations?: readonly Migration[];
}

type Buckets = Record<CollectionName, Set<string>[]>;

function bucketSets(ids: Iterable<string>, name: CollectionName, count: number): Set<string>[] {
  const sets = Array.from({ length: count }, () => new Set<string>());
  for (const id of ids) sets[bucketOf(name, id, count)]?.add(id);
  return sets;
}

/** Each collection's buckets; the folios' from their shards' heads while they are still loading. */
function bucketsOf(
  records: CollectionMaps,
  layout: Layout,
  deferred: DeferredFolios | null,
): Buckets {
  const buckets = {} as Buckets;
  for (const name of COLLECTION_NAMES)
    buckets[name] = bucketSets(records[name].keys(), name, layout.buckets[name]);
  if (deferred) buckets.folios = headBuckets(deferred, layout.buckets.folios);
  return buckets;
}

/** The folio buckets as the heads list them (each head's outlines were checked to be in its bucket). */
function headBuckets({ entries, outlines }: DeferredFolios, count: number): Set<string>[] {
  const sets = Array.from({ length: count }, () => new Set<string>());
  entries.forEach((entry, i) => {
    const ids = sets[entry.bucket] ?? new Set<string>();
    for (const { id } of outlines[i] ?? []) {
      if (ids.has(id))
        throw corrupt(entry.file, `记录 ${id} 在 folios 中重复出现（${entry.file}）。`);
      ids.add(id);
    }
  });
  return sets;
}

/** Between two folio shards read after an open: requests waiting meanwhile are answered. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Folio shards read at once after an open (see READ_CONCURRENCY in load.ts). */
const LOAD_CONCURRENCY = 4;

/** Records put in one commit beyond which their size is estimated from the collection's average. */
const MEASURED_PUTS = 64;

/**
 * The open data folder: every record in memory, one writer (the lock), commits serialized.
 * Memory changes only after the new manifest is on disk.
 */
export class DossierStore implements Store {
  readonly dir: string;
  #manifest: Manifest;
  readonly #records: CollectionMaps;
  #buckets: Buckets;
  /** Each collection's shard bytes on disk, once asked for (see #shardBytes). */
  readonly #bytes = new Map<CollectionName, number>();
  readonly #lock: LockHandle;
  readonly #runtime: StoreRuntime;
  #queue: Promise<unknown> = Promise.resolve();
  #sessionBackupTaken = false;
  /** The (China) day of the last backup this session took: the first commit of a new day takes one. */
  #lastBackupDay: string | null = null;
  #closed = false;
  #broken: Error | null = null;
  /** The folios' outlines read on open, until the folios themselves are in memory. */
  #outlines: FolioOutline[] | null;
  readonly #loading: Promise<void>;

  constructor(
    dir: string,
    manifest: Manifest,
    records: CollectionMaps,
    lock: LockHandle,
    runtime: StoreRuntime,
    /** Folios an open left to read after it (loadFolder's `deferFolios`). */
    deferred: DeferredFolios | null = null,
  ) {
    this.dir = dir;
    deepFreeze(manifest.meta);
    this.#manifest = manifest;
    this.#records = records;
    this.#buckets = bucketsOf(records, manifest.layout, deferred);
    this.#lock = lock;
    this.#runtime = runtime;
    this.#outlines = deferred ? deferred.outlines.flat() : null;
    this.#loading = deferred ? this.#loadFolios(deferred) : Promise.resolve();
    // Nothing is written before every folio is in memory and checked.
    this.#queue = this.#loading.catch(() => undefined);
    this.#loading.catch(() => undefined);
  }

  /**
   * Reads the folio shards whose heads the open read: each checked against its whole digest, a
   * few at a time, letting waiting requests in between. A damaged one breaks the store (nothing
   * is written from then on) and rejects `whenLoaded` with the problem.
   */
  async #loadFolios({ entries, recorded, workspace, pool }: DeferredFolios) {
    const folios = this.#records.folios;
    const outlined = this.#buckets.folios;
    try {
      await inPool(entries, LOAD_CONCURRENCY, async (entry) => {
        await turn();
        if (this.#closed) throw new Error('工作区已关闭。');
        const shard = await readShard(this.dir, entry, recorded[entry.file], workspace, true);
        const list = shardRecords(shard, { trusted: true, pool });
        const ids = outlined[entry.bucket];
        if (list.length !== ids?.size || list.some(([id]) => !ids.has(id)))
          throw corrupt(entry.file, `分片文件 ${entry.file} 中的档案与它开头的概要不符。`);
        addRecords(this.#records, 'folios', entry.file, list);
      });
      if (folios.size !== this.#outlines?.length)
        throw corrupt(MANIFEST_FILE, `分片中的档案与它们开头的概要不符（${MANIFEST_FILE}）。`);
    } catch (e) {
      this.#broken ??= e instanceof Error ? e : new Error(String(e));
      throw e;
    }
    this.#outlines = null;
  }

  get loaded(): boolean {
    return this.#outlines === null;
  }

  whenLoaded(): Promise<void> {
    return this.#loading;
  }

  outlines(): Iterable<FolioOutline> {
    return this.#outlines ?? (this.#records.folios.values() as Iterable<Folio>);
  }

  /** A collection's records, which for folios must have loaded (the registry waits for them). */
  #map(collection: CollectionName): Map<string, object> {
    if (collection === 'folios' && this.#outlines !== null)
      throw new Error('folios read before they loaded: the method must wait (see `early`)');
    return this.#records[collection];
  }

  get meta(): WorkspaceMeta {
    return this.#manifest.meta;
  }

  /** The number of the last commit on disk. */
  get seq(): number {
    return this.#manifest.seq;
  }

  /*
   * Every value passed COLLECTION_SCHEMAS[collection] on commit, and again on load unless its
   * shard's bytes still match the digest that commit recorded. Records are frozen on the way
   * out (lazily: freezing 10,000 folios on open costs ~30 ms), so a caller that edits one in
   * place gets an error instead of silently changing memory.
   */
  get<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined {
    const record = this.#map(collection).get(id);
    return record === undefined ? undefined : (deepFreeze(record) as RecordOf<C>);
  }

  *all<C extends CollectionName>(collection: C): Iterable<RecordOf<C>> {
    for (const record of this.#map(collection).values()) yield deepFreeze(record) as RecordOf<C>;
  }

  peek<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined {
    return this.#map(collection).get(id) as RecordOf<C> | undefined;
  }

  scan<C extends CollectionName>(collection: C): Iterable<RecordOf<C>> {
    return this.#map(collection).values() as Iterable<RecordOf<C>>;
  }

  count(collection: CollectionName): number {
    return collection === 'folios' && this.#outlines
      ? this.#outlines.length
      : this.#records[collection].size;
  }

  commit(change: ChangeSet): Promise<void> {
    return this.#enqueue(() => this.#commit(change));
  }

  backup(reason: string, options: { keep?: number | null } = {}): Promise<BackupInfo> {
    return this.#enqueue(() => {
      this.#assertWritable();
      return this.#backup(reason, options.keep);
    });
  }

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.dir, { migrations: this.#runtime.migrations });
  }

  previewRestore(backupId: string, backup: { seq: number; records: RecordMaps }): BackupPreview {
    return diffRecords(backupId, backup, { seq: this.#manifest.seq, records: this.#records });
  }

  copyTo(parent: string): Promise<string> {
    return this.#enqueue(() =>
      copyWorkspaceTo(this.dir, parent, this.#manifest, this.#runtime.clock),
    );
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await (await this.closeKeepingLock()).release();
  }

  async closeKeepingLock(): Promise<LockHandle> {
    if (this.#closed) throw new Error('工作区已关闭。');
    this.#closed = true;
    await this.#queue;
    return this.#lock;
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #assertWritable(): void {
    if (this.#closed) throw new Error('工作区已关闭，无法保存。');
    if (this.#broken) throw this.#broken;
  }

  async #backup(reason: string, keep?: number | null): Promise<BackupInfo> {
    const info = await takeBackup(
      this.dir,
      reason,
      this.#runtime.clock,
      { manifest: this.#manifest, counts: countsOf(this.#records) },
      keep,
    );
    this.#lastBackupDay = dayOf(this.#runtime.clock.now());
    return info;
  }

  async #commit(change: ChangeSet): Promise<void> {
    this.#assertWritable();
    const prepared = prepareChange(change);
    const touched = this.#touchedBuckets(prepared);
    if (touched.size === 0 && prepared.meta === null) return;

    // Backups come first, so if one fails the commit has not happened either.
    const { seq } = this.#manifest;
    const today = dayOf(this.#runtime.clock.now());
    if (seq > 0 && !this.#sessionBackupTaken) {
      await this.#backup('open');
      this.#sessionBackupTaken = true;
    } else if (seq > 0 && this.#lastBackupDay !== today) {
      await this.#backup('daily');
    } else if (seq > 0 && (seq + 1) % BACKUP_EVERY_COMMITS === 0) {
      await this.#backup('auto');
    }

    const layout = this.#grownLayout(prepared);
    const relaid = COLLECTION_NAMES.filter(
      (name) => layout.buckets[name] !== this.#manifest.layout.buckets[name],
    );
    const writes: BucketWrite[] = [];
    for (const { collection, bucket, ids } of touched.values()) {
      if (relaid.includes(collection)) continue;
      const puts = prepared.puts.get(collection);
      const current = this.#records[collection];
      const records = [...ids].sort().map((id) => puts?.get(id) ?? current.get(id));
      writes.push({ collection, bucket, records: records.length > 0 ? records : null });
    }
    // A collection that outgrew its buckets is written whole in twice (or more) as many: a
    // one-time cost each time it doubles, after which an edit again rewrites one small shard.
    const after = relaid.length > 0 ? this.#recordsAfter(prepared, relaid) : null;
    if (after) writes.push(...allBuckets(after, layout, relaid));

    let next: Manifest;
    try {
      next = await writeCommit({
        dir: this.dir,
        prev: this.#manifest,
        buckets: writes,
        meta: prepared.meta ?? this.#manifest.meta,
        write: this.#runtime.write,
        layout,
      });
    } catch (e) {
      if (e instanceof StoreUncertainError) this.#broken = e;
      throw e;
    }

    // The manifest is on disk: now, and only now, memory follows.
    for (const [collection, removed] of prepared.deletes) {
      for (const id of removed) this.#records[collection].delete(id);
    }
    for (const [collection, puts] of prepared.puts) {
      for (const [id, record] of puts) this.#records[collection].set(id, record);
    }
    for (const { collection, bucket, ids } of touched.values())
      if (!relaid.includes(collection)) this.#buckets[collection][bucket] = ids;
    for (const name of relaid)
      this.#buckets[name] = bucketSets(this.#records[name].keys(), name, layout.buckets[name]);
    this.#followSizes(next, touched.keys(), relaid);
    this.#manifest = next;
  }

  /** The layout after this change: a collection growing past twice its target size a shard gets more buckets. */
  #grownLayout(prepared: PreparedChange): Layout {
    const { layout } = this.#manifest;
    let buckets: Record<CollectionName, number> | null = null;
    for (const [collection, puts] of prepared.puts) {
      const count = layout.buckets[collection];
      const onDisk = this.#shardBytes(collection);
      const size = this.#records[collection].size;
      // Replaced versions are not subtracted: the estimate errs towards splitting early.
      const added =
        puts.size > MEASURED_PUTS && size > 0
          ? Math.ceil((onDisk / size) * puts.size)
          : recordBytes(puts.values());
      const grown = grownCount(onDisk + added, count);
      if (grown !== null) (buckets ??= { ...layout.buckets })[collection] = grown;
    }
    return buckets ? { ...layout, buckets } : layout;
  }

  /**
   * The bytes of a collection's shards on disk (0 when a shard has no digest), kept from commit
   * to commit: summing every shard's digest on each edit would cost more than the edit's write.
   */
  #shardBytes(collection: CollectionName): number {
    let bytes = this.#bytes.get(collection);
    if (bytes === undefined) {
      bytes = shardBytes(this.#manifest, collection) ?? 0;
      this.#bytes.set(collection, bytes);
    }
    return bytes;
  }

  /** Brings the kept sizes to the manifest `next`, which changed only the `touched` buckets. */
  #followSizes(next: Manifest, touched: Iterable<string>, relaid: readonly CollectionName[]) {
    const prev = this.#manifest;
    for (const name of relaid) this.#bytes.delete(name);
    const size = (manifest: Manifest, key: string) => {
      const file = manifest.shards.get(key);
      return file === undefined ? 0 : manifest.digests.get(file)?.bytes;
    };
    for (const key of touched) {
      const collection = parseShardKey(key)?.collection;
      if (collection === undefined || !isCollectionName(collection)) continue;
      const kept = this.#bytes.get(collection);
      const before = size(prev, key);
      const after = size(next, key);
      if (kept === undefined) continue;
      if (before === undefined || after === undefined) this.#bytes.delete(collection);
      else this.#bytes.set(collection, kept - before + after);
    }
  }

  /** The records of `collections` as they will be after the change (fresh maps). */
  #recordsAfter(prepared: PreparedChange, collections: CollectionName[]): CollectionMaps {
    const maps = emptyCollections();
    for (const name of collections) {
      const map = new Map(this.#records[name]);
      for (const id of prepared.deletes.get(name) ?? []) map.delete(id);
      for (const [id, record] of prepared.puts.get(name) ?? []) map.set(id, record);
      maps[name] = map;
    }
    return maps;
  }

  /** The new membership of every bucket the change touches (copies; the live sets stay as they are). */
  #touchedBuckets(
    prepared: PreparedChange,
  ): Map<string, { collection: CollectionName; bucket: number; ids: Set<string> }> {
    const touched = new Map<
      string,
      { collection: CollectionName; bucket: number; ids: Set<string> }
    >();
    const bucketFor = (collection: CollectionName, id: string) => {
      const bucket = bucketOf(collection, id, this.#manifest.layout.buckets[collection]);
      const key = shardKey(collection, bucket);
      let entry = touched.get(key);
      if (!entry) {
        entry = { collection, bucket, ids: new Set(this.#buckets[collection][bucket]) };
        touched.set(key, entry);
      }
      return entry.ids;
    };
    for (const [collection, removed] of prepared.deletes) {
      for (const id of removed)
        if (this.#records[collection].has(id)) bucketFor(collection, id).delete(id);
    }
    for (const [collection, puts] of prepared.puts) {
      for (const id of puts.keys()) bucketFor(collection, id).add(id);
    }
    return touched;
  }
}
