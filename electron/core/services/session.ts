// Session: the open data folder for services, with the writers' exclusive queue, commits and undo.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { WorkspaceStatus } from '../api/views';
import { DossierError } from '../api/errors';
import type { Clock, IdGenerator } from '../clock';
import { Hlc, nodeOf } from '../exchange/hlc';
import { stampChange } from '../exchange/stamps';
import { openStore, restoreBackup } from '../store/open-store';
import { COLLECTION_NAMES } from '../model/collections';
import { checkBackup } from '../store/restore';
import { LoadError } from '../store/load-error';
import { problemFor } from '../store/problems';
import type { WriteFn } from '../store/durable-file';
import type { BackupInfo, ChangeSet, LockHandle, Store, StoreProblem } from '../store/types';
import type { Folio } from '../model/records';
import { todayOf } from '../model/folio-status';
import { UndoStack, type UndoDirection } from './undo/undo-log';

type OpenResult = Awaited<ReturnType<typeof openStore>>;

/**
 * What a change replaced, for a listener that keeps numbers up to date: the commit it followed
 * and the folios it touches as they were. A listener whose numbers were made at another commit
 * (one it was not told of) starts afresh instead.
 */
export interface ChangeBefore {
  seq: number;
  folio(id: string): Folio | undefined;
}

export type ChangeListener = (change: ChangeSet | null, before: ChangeBefore | null) => void;

/** The folios `change` touches, as the store holds them before it is committed. */
function beforeOf(store: Store, change: ChangeSet): ChangeBefore {
  const folios = new Map<string, Folio | undefined>();
  for (const folio of change.put?.folios ?? []) folios.set(folio.id, store.get('folios', folio.id));
  for (const id of change.delete?.folios ?? []) folios.set(id, store.get('folios', id));
  return { seq: store.seq, folio: (id) => folios.get(id) };
}

/**
 * The change without the records it would put back exactly as stored (`revise` hands back the
 * stored record itself when a patch changes nothing); null when nothing is left to write.
 */
function withoutUnchanged(store: Store, change: ChangeSet): ChangeSet | null {
  const put: NonNullable<ChangeSet['put']> = {};
  let changed =
    change.meta !== undefined && JSON.stringify(change.meta) !== JSON.stringify(store.meta);
  for (const collection of COLLECTION_NAMES) {
    const records = change.put?.[collection];
    if (records === undefined) continue;
    const kept = records.filter((r) => store.get(collection, r.id) !== r);
    if (kept.length > 0) changed = true;
    Object.assign(put, { [collection]: kept });
  }
  for (const collection of COLLECTION_NAMES) {
    if ((change.delete?.[collection]?.length ?? 0) > 0) changed = true;
  }
  return changed ? { ...change, put } : null;
}

/**
 * The open data folder: a ready store, or the problem that stopped it from opening. Services
 * reach the store only through `store()`, which explains the problem instead of failing oddly.
 */
export class Session {
  private current: { store: Store } | { problem: StoreProblem };
  readonly undo = new UndoStack();
  readonly #listeners = new Set<ChangeListener>();
  readonly #loadedListeners = new Set<() => void>();
  /** The tail of the writers' queue: each exclusive task starts when the one before it ends. */
  #writers: Promise<unknown> = Promise.resolve();
  /** Set inside an exclusive task, so a commit can tell it runs where its checks ran. */
  readonly #inside = new AsyncLocalStorage<true>();
  /** This desk's version clock (exchange/hlc.ts), made from the workspace meta on first use. */
  #hlc: Hlc | null = null;
  /** The stamp of the edit being prepared: one per commit, shared by revise() and the commit. */
  #editStamp: string | null = null;

  /** Settles once the open store's folios are in memory, or it has turned into a problem. */
  #loading: Promise<void> = Promise.resolve();

  private constructor(
    readonly dataDir: string,
    readonly clock: Clock,
    readonly ids: IdGenerator,
    opened: OpenResult,
    readonly write?: WriteFn,
  ) {
    this.current = this.#use(opened);
  }

  /**
   * The state an open (or a restore) left. A store whose folios are still loading is watched: a
   * folio shard found damaged then closes it and makes the session answer with the problem, as
   * an open that found it at once would have.
   */
  #use(opened: OpenResult): { store: Store } | { problem: StoreProblem } {
    const current = Session.fromResult(opened);
    if ('store' in current && !current.store.loaded) {
      const { store } = current;
      // Loaded: nothing changed, but the views holding outlines can let go of them.
      const loaded = () => {
        if (this.current !== current) return;
        for (const listener of this.#loadedListeners) listener();
      };
      this.#loading = store.whenLoaded().then(loaded, async (e: unknown) => {
        if (!(e instanceof LoadError) || this.current !== current) return;
        await store.close();
        const { problem } = await problemFor(this.dataDir, e.failure);
        if (this.current !== current) return;
        this.current = { problem };
        this.undo.clear();
        this.#notify(null, null);
      });
    }
    return current;
  }

  /** Resolves once the folios are in memory, or the store could not read them (a problem). */
  whenLoaded(): Promise<void> {
    return this.#loading;
  }

  static async open(
    dataDir: string,
    clock: Clock,
    ids: IdGenerator,
    write?: WriteFn,
  ): Promise<Session> {
    const opened = await openStore(dataDir, { clock, ids, write, deferFolios: true });
    return new Session(dataDir, clock, ids, opened, write);
  }

  private static fromResult(opened: OpenResult): { store: Store } | { problem: StoreProblem } {
    return opened.ok ? { store: opened.store } : { problem: opened.problem };
  }

  store(): Store {
    if ('store' in this.current) return this.current.store;
    throw new DossierError('store', `数据文件夹无法打开：${this.current.problem.message}`);
  }

  /**
   * Runs `task` alone among the writers: no other exclusive task starts until it has ended, so
   * everything it reads (a rev, a reference, whether the workspace is empty) is the state its
   * commit changes. The registry runs every writing method through here; background work that
   * commits (a finished document job) calls it itself. Not re-entrant: a task must not wait
   * for another exclusive task.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    if (this.#inside.getStore()) {
      return Promise.reject(new Error('Session.exclusive called inside an exclusive task'));
    }
    const run = this.#writers.then(() => this.#inside.run(true, task));
    this.#writers = run.catch(() => undefined);
    return run;
  }

  /**
   * Resolves once no exclusive task (a save) is under way or waiting. Background work that would
   * slow a save down waits for it (the search index's build: see SearchSource.idle).
   */
  async idle(): Promise<void> {
    for (let writers = this.#writers; ; writers = this.#writers) {
      await writers;
      if (writers !== this.#writers) continue;
      // The task's caller takes its answer first (it may be a few promise turns away).
      await new Promise((resolve) => setImmediate(resolve));
      if (writers === this.#writers) return;
    }
  }

  #assertExclusive(): void {
    if (!this.#inside.getStore()) {
      throw new Error('a commit must run inside Session.exclusive (its checks could be stale)');
    }
  }

  /** This desk's version clock; its last stamp is kept in the workspace meta by every commit. */
  hlc(): Hlc {
    const meta = this.store().meta;
    const node = nodeOf(meta.id);
    if (!this.#hlc || this.#hlc.node !== node) {
      this.#hlc = new Hlc(node, () => this.clock.now().getTime(), meta.clock);
    } else if (meta.clock) {
      this.#hlc.recv(meta.clock);
    }
    return this.#hlc;
  }

  /**
   * The version stamp of the edit being prepared. Every record an edit revises and the commit
   * that writes them share it; the next edit gets a new one.
   */
  editStamp(): string {
    this.#editStamp ??= this.hlc().send();
    return this.#editStamp;
  }

  /**
   * The change as it is written: the records it puts stamped as one local edit (unless the
   * caller stamped them, as the merge does), and the clock's state in the workspace meta.
   */
  #stamped(change: ChangeSet, stamped: boolean): ChangeSet {
    const store = this.store();
    const hlc = this.hlc();
    const out = stamped ? change : stampChange(store, change, this.editStamp());
    this.#editStamp = null;
    return { ...out, meta: { ...(change.meta ?? store.meta), clock: hlc.last() } };
  }

  /**
   * Every edit goes through here, inside an exclusive task. With a label it can be undone (撤销)
   * until the app closes; without one (demo load, restore) it cannot. `stamped`: the records
   * carry their version stamps already (a merge); undoing such a change puts the earlier
   * records back exactly, stamps and all.
   */
  async commit(
    given: ChangeSet,
    label: string | null,
    options: { stamped?: boolean } = {},
  ): Promise<void> {
    this.#assertExclusive();
    const store = this.store();
    const change = withoutUnchanged(store, given);
    if (change === null) return;
    const stamped = options.stamped === true;
    const before = beforeOf(store, change);
    if (label === null) {
      await store.commit(this.#stamped(change, stamped));
      this.undo.clear();
    } else {
      await this.undo.record(
        store,
        change,
        label,
        () => store.commit(this.#stamped(change, stamped)),
        stamped,
      );
    }
    this.#notify(change, before);
  }

  /**
   * A commit that is a log entry, not an edit of the dossier (a generation record): it cannot be
   * undone and, unlike an unlabelled commit, leaves the user's undo stack as it was.
   */
  async log(change: ChangeSet): Promise<void> {
    this.#assertExclusive();
    const store = this.store();
    const before = beforeOf(store, change);
    await store.commit(this.#stamped(change, false));
    this.#notify(change, before);
  }

  /**
   * Tells `listener` of every change once it is on disk (edits, undo, demo load); a restore
   * replaces everything and is announced as `null`, as is a store that failed to load after its
   * open. Returns the unsubscribe function.
   */
  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Tells `listener` when the folios of the open store have loaded after its open. The data is
   * the same commit the outlines gave (no change is announced): a view made from the outlines
   * can now hold the folios instead, letting the outlines go. Returns the unsubscribe function.
   */
  onLoaded(listener: () => void): () => void {
    this.#loadedListeners.add(listener);
    return () => this.#loadedListeners.delete(listener);
  }

  #notify(change: ChangeSet | null, before: ChangeBefore | null): void {
    for (const listener of this.#listeners) listener(change, before);
  }

  /**
   * Takes back the newest labelled edit (undo), or puts back the newest undone one (redo);
   * returns its label. `serial`, when given, must name that step (see UndoStack.inverse).
   */
  async undoLast(direction: UndoDirection = 'undo', serial?: number): Promise<string> {
    this.#assertExclusive();
    const store = this.store();
    const { label, change, done, stamped } = this.undo.inverse(
      store,
      this.clock,
      direction,
      serial,
    );
    const before = beforeOf(store, change);
    await store.commit(this.#stamped(change, stamped));
    done();
    this.#notify(change, before);
    return label;
  }

  /** Today (YYYY-MM-DD, China time) by the injected clock. */
  today(): string {
    return todayOf(this.clock.now());
  }

  /** Who is at the desk, for history entries; a plain word when no name is set. */
  operator(): string {
    return this.store().meta.operator || '本机用户';
  }

  problem(): StoreProblem | null {
    return 'problem' in this.current ? this.current.problem : null;
  }

  status(): WorkspaceStatus {
    if ('problem' in this.current) {
      return { state: 'problem', dataDir: this.dataDir, problem: this.current.problem };
    }
    const store = this.current.store;
    const counts = {
      groups: store.count('groups'),
      folios: store.count('folios'),
      enterprises: store.count('enterprises'),
      people: store.count('people'),
    };
    const empty = Object.values(counts).every((n) => n === 0);
    // The version clock is the desk's bookkeeping, not a setting: it is not shown.
    const meta = { ...store.meta };
    delete meta.clock;
    return { state: 'ready', meta, dataDir: this.dataDir, counts, empty };
  }

  /**
   * Checks the backup first (an unknown, malformed or damaged id changes nothing: the store stays
   * open and keeps its lock), keeps the current state as a backup, then restores and reopens,
   * holding the folder's lock throughout.
   */
  async restore(backupId: string): Promise<void> {
    const problem = this.problem();
    if (problem && problem.kind === 'locked') {
      throw new DossierError('locked', problem.message);
    }
    const check = await checkBackup(this.dataDir, backupId);
    if (!check.ok) {
      throw new DossierError('validation', check.message, [
        { path: 'backupId', message: check.message },
      ]);
    }
    let lock: LockHandle | undefined;
    if ('store' in this.current) {
      const store = this.current.store;
      await store.backup('before-restore', { keep: null });
      lock = await store.closeKeepingLock();
    }
    this.undo.clear();
    const options = {
      clock: this.clock,
      ids: this.ids,
      lock,
      write: this.write,
      deferFolios: true,
    };
    try {
      this.current = this.#use(await restoreBackup(this.dataDir, backupId, options));
    } catch (e) {
      // The files are in quarantine and the backup could not be put in place: say so.
      this.current = this.#use(await openStore(this.dataDir, options));
      throw e;
    } finally {
      this.#notify(null, null);
    }
  }

  /**
   * Keeps the committed state as a backup before a risky operation (a restore, removing the
   * demo, an import). Call it from inside the exclusive task that then makes the change.
   */
  async backupBefore(reason: string): Promise<BackupInfo> {
    this.#assertExclusive();
    return this.store().backup(reason);
  }

  async close(): Promise<void> {
    if ('store' in this.current) await this.current.store.close();
  }
}
