// UndoStack: the session's last edits with the records before them, the undone ones for 重做, and the change that takes one back.
import { DossierError } from '../../api/errors';
import type { UndoStatus, UndoStep } from '../../api/views';
import type { Clock } from '../../clock';
import { COLLECTION_NAMES, type CollectionName, type RecordOf } from '../../model/collections';
import type { WorkspaceMeta } from '../../model/workspace';
import type { ChangeSet, Store } from '../../store/types';

type AnyRecord = RecordOf<CollectionName>;

interface UndoItem {
  collection: CollectionName;
  id: string;
  /** The record before the change; undefined when the change created it. */
  before: AnyRecord | undefined;
  /** Its rev right after the change; undefined when the change deleted it. */
  afterRev: number | undefined;
}

interface UndoEntry {
  /** Names this entry for a caller that asked first (撤销 after a question names what it asked about). */
  serial: number;
  label: string;
  items: UndoItem[];
  metaBefore: WorkspaceMeta | undefined;
  /** The change carried its own version stamps (a merge): undoing it restores them exactly. */
  stamped: boolean;
}

/** Which of the two stacks a step is taken from. */
export type UndoDirection = 'undo' | 'redo';

/** How many edits of this session can be undone. */
export const UNDO_DEPTH = 50;

function touched(change: ChangeSet): { collection: CollectionName; id: string }[] {
  const out: { collection: CollectionName; id: string }[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const r of change.put?.[collection] ?? []) out.push({ collection, id: r.id });
    for (const id of change.delete?.[collection] ?? []) out.push({ collection, id });
  }
  return out;
}

function stepOf(entry: UndoEntry | undefined): UndoStep | null {
  if (!entry) return null;
  return {
    serial: entry.serial,
    label: entry.label,
    records: entry.items.map(({ collection, id }) => ({ collection, id })),
    meta: entry.metaBefore !== undefined,
  };
}

/**
 * The edits made since the app was opened, newest last, and the ones undone since the last
 * edit (重做). Taking a step either way writes the other content back as a new revision (revs
 * only grow), and refuses when a record has been changed again since. A new edit empties the
 * redo stack: what was undone no longer follows from what is there.
 */
export class UndoStack {
  #entries: UndoEntry[] = [];
  #redo: UndoEntry[] = [];
  #serial = 0;

  /** Runs `commit` and remembers how to take it back. */
  async record(
    store: Store,
    change: ChangeSet,
    label: string,
    commit: () => Promise<void>,
    stamped = false,
  ) {
    const items = touched(change).map(({ collection, id }) => ({
      collection,
      id,
      before: store.get(collection, id),
    }));
    const metaBefore = change.meta ? store.meta : undefined;
    await commit();
    this.#entries.push({
      serial: ++this.#serial,
      label,
      metaBefore,
      stamped,
      items: items.map((item) => ({
        ...item,
        afterRev: store.get(item.collection, item.id)?.rev,
      })),
    });
    this.#redo = [];
    if (this.#entries.length > UNDO_DEPTH) this.#entries.shift();
  }

  peek(): UndoStatus {
    return {
      label: this.#entries.at(-1)?.label ?? null,
      count: this.#entries.length,
      next: stepOf(this.#entries.at(-1)),
      redo: stepOf(this.#redo.at(-1)),
      redoCount: this.#redo.length,
    };
  }

  clear(): void {
    this.#entries = [];
    this.#redo = [];
  }

  /**
   * The change that takes the newest step of `direction` back (undo: the newest edit; redo: the
   * newest undo). `serial`, when given, must name that step: a caller that asked the officer
   * first never takes a different step than the one it asked about. Call `done()` once the
   * change is committed: the step moves onto the other stack.
   */
  inverse(
    store: Store,
    clock: Clock,
    direction: UndoDirection,
    serial?: number,
  ): { label: string; change: ChangeSet; done: () => void; stamped: boolean } {
    const from = direction === 'undo' ? this.#entries : this.#redo;
    const entry = from.at(-1);
    if (!entry) {
      throw new DossierError(
        'conflict',
        direction === 'undo' ? '没有可以撤销的操作。' : '没有可以重做的操作。',
      );
    }
    const verb = direction === 'undo' ? '撤销' : '重做';
    if (serial !== undefined && serial !== entry.serial) {
      throw new DossierError(
        'conflict',
        `要${verb}的操作已经变了（现在是“${entry.label}”），请再试一次。`,
      );
    }
    const now = clock.now().toISOString();
    const put: { [C in CollectionName]?: AnyRecord[] } = {};
    const del: { [C in CollectionName]?: string[] } = {};
    /** Records written back: the rev they had before the edit, and the rev they get now. */
    const rewritten = new Map<string, { from: number; to: number }>();
    const current = entry.items.map((item) => store.get(item.collection, item.id));
    entry.items.forEach((item, i) => {
      const present = current[i];
      if (present?.rev !== item.afterRev) {
        throw new DossierError('conflict', `无法${verb}“${entry.label}”：相关记录之后又被修改过。`);
      }
      if (item.before === undefined) {
        (del[item.collection] ??= []).push(item.id);
      } else {
        const rev = Math.max(present?.rev ?? 0, item.before.rev) + 1;
        (put[item.collection] ??= []).push({ ...item.before, rev, updatedAt: now });
        rewritten.set(`${item.collection}/${item.id}`, { from: item.before.rev, to: rev });
      }
    });
    const change: ChangeSet = { put: put as ChangeSet['put'], delete: del };
    if (entry.metaBefore) change.meta = entry.metaBefore;
    const metaNow = entry.metaBefore ? store.meta : undefined;
    return {
      label: entry.label,
      change,
      stamped: entry.stamped,
      done: () => {
        const back: UndoEntry = {
          ...entry,
          metaBefore: metaNow,
          items: entry.items.map((item, i) => ({
            collection: item.collection,
            id: item.id,
            before: current[i],
            afterRev: store.get(item.collection, item.id)?.rev,
          })),
        };
        this.#move(direction, rewritten, back);
      },
    };
  }

  /**
   * Drops the step just taken from its stack and puts its reverse on the other. The records it
   * wrote back hold what the earlier entries left there, under a new rev: the earlier entries
   * now expect that rev, so the step before can be taken in turn.
   */
  #move(
    direction: UndoDirection,
    rewritten: ReadonlyMap<string, { from: number; to: number }>,
    back: UndoEntry,
  ): void {
    const remap = (entries: UndoEntry[]) =>
      entries.map((entry) => ({
        ...entry,
        items: entry.items.map((item) => {
          const revs = rewritten.get(`${item.collection}/${item.id}`);
          return revs && item.afterRev === revs.from ? { ...item, afterRev: revs.to } : item;
        }),
      }));
    if (direction === 'undo') {
      this.#entries = remap(this.#entries.slice(0, -1));
      this.#redo.push(back);
    } else {
      this.#redo = remap(this.#redo.slice(0, -1));
      this.#entries.push(back);
      if (this.#entries.length > UNDO_DEPTH) this.#entries.shift();
    }
  }
}
