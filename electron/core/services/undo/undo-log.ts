// UndoStack: the session's last edits with the records before them, and the change that undoes one.
import { DossierError } from '../../api/errors';
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
  label: string;
  items: UndoItem[];
  metaBefore: WorkspaceMeta | undefined;
  /** The change carried its own version stamps (a merge): undoing it restores them exactly. */
  stamped: boolean;
}

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

/**
 * The edits made since the app was opened, newest last. Undoing one writes the earlier
 * content back as a new revision (revs only grow), and refuses when the record has been
 * changed again since.
 */
export class UndoStack {
  #entries: UndoEntry[] = [];

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
      label,
      metaBefore,
      stamped,
      items: items.map((item) => ({
        ...item,
        afterRev: store.get(item.collection, item.id)?.rev,
      })),
    });
    if (this.#entries.length > UNDO_DEPTH) this.#entries.shift();
  }

  peek(): { label: string | null; count: number } {
    return { label: this.#entries.at(-1)?.label ?? null, count: this.#entries.length };
  }

  clear(): void {
    this.#entries = [];
  }

  /** The change that takes back the newest edit; the entry is dropped once it is committed. */
  inverse(
    store: Store,
    clock: Clock,
  ): { label: string; change: ChangeSet; done: () => void; stamped: boolean } {
    const entry = this.#entries.at(-1);
    if (!entry) throw new DossierError('conflict', '没有可以撤销的操作。');
    const now = clock.now().toISOString();
    const put: { [C in CollectionName]?: AnyRecord[] } = {};
    const del: { [C in CollectionName]?: string[] } = {};
    /** Records written back: the rev they had before the edit, and the rev they get now. */
    const rewritten = new Map<string, { from: number; to: number }>();
    for (const item of entry.items) {
      const current = store.get(item.collection, item.id);
      if (current?.rev !== item.afterRev) {
        throw new DossierError('conflict', `无法撤销“${entry.label}”：相关记录之后又被修改过。`);
      }
      if (item.before === undefined) {
        (del[item.collection] ??= []).push(item.id);
      } else {
        const rev = Math.max(current?.rev ?? 0, item.before.rev) + 1;
        (put[item.collection] ??= []).push({ ...item.before, rev, updatedAt: now });
        rewritten.set(`${item.collection}/${item.id}`, { from: item.before.rev, to: rev });
      }
    }
    const change: ChangeSet = { put: put as ChangeSet['put'], delete: del };
    if (entry.metaBefore) change.meta = entry.metaBefore;
    return {
      label: entry.label,
      change,
      stamped: entry.stamped,
      done: () => this.#dropNewest(rewritten),
    };
  }

  /**
   * Drops the undone entry. The records it wrote back hold what the earlier entries left
   * there, under a new rev: the earlier entries now expect that rev, so the edit before can
   * be undone in turn.
   */
  #dropNewest(rewritten: ReadonlyMap<string, { from: number; to: number }>): void {
    this.#entries.pop();
    this.#entries = this.#entries.map((entry) => ({
      ...entry,
      items: entry.items.map((item) => {
        const revs = rewritten.get(`${item.collection}/${item.id}`);
        return revs && item.afterRev === revs.from ? { ...item, afterRev: revs.to } : item;
      }),
    }));
  }
}
