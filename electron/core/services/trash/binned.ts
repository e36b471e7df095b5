// Deleted checklist items and progress entries in the 回收站: binning, listing, restoring, purging.
import { DossierError } from '../../api/errors';
import type { TrashItem } from '../../api/views';
import { BINNED_LIMIT, type BinnedItem, type BinnedList } from '../../model/binned-items';
import { checklistItemSchema, progressEntrySchema } from '../../model/folio-parts';
import { type Folio, folioSchema } from '../../model/records';
import type { Store } from '../../store/types';
import type { ChangeSet } from '../../store/types';
import { recordHistory } from '../history';
import { mustGet, revise } from '../record-edits';
import type { Session } from '../session';

const LISTS: readonly BinnedList[] = ['demandItems', 'supplyItems', 'progress'];

/** What an entry is called in the bin: its text, clipped. */
function labelOf(entry: BinnedItem): string {
  const text = typeof entry.item.text === 'string' ? entry.item.text : '';
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

const itemId = (entry: BinnedItem) => (typeof entry.item.id === 'string' ? entry.item.id : '');

/**
 * The folio as an update leaves it, with the checklist items and progress entries the update
 * removed kept in its bin (newest last; the oldest dropped past BINNED_LIMIT).
 */
export function withRemovedBinned(session: Session, before: Folio, after: Folio): Folio {
  if (after === before) return after;
  const deletedAt = after.updatedAt;
  const deletedBy = session.operator();
  const removed: BinnedItem[] = LISTS.flatMap((list) => {
    const kept = new Set(after[list].map((i) => i.id));
    return before[list]
      .filter((i) => !kept.has(i.id))
      .map((item) => ({ list, item: { ...item }, deletedAt, deletedBy }));
  });
  if (removed.length === 0) return after;
  const binned = [...(after.binned ?? []), ...removed];
  return { ...after, binned: binned.slice(Math.max(0, binned.length - BINNED_LIMIT)) };
}

function row(folio: Folio, entry: BinnedItem, folioInBin: boolean): TrashItem {
  return {
    id: itemId(entry),
    collection: 'folios',
    label: labelOf(entry),
    deletedAt: entry.deletedAt,
    deletedBy: entry.deletedBy,
    item: { folioId: folio.id, folioName: folio.name, list: entry.list, folioInBin },
  };
}

/** Every binned entry, of folios in use and of folios themselves in the bin. */
export function binnedTrashItems(store: Store): TrashItem[] {
  const rows: TrashItem[] = [];
  // Read for their binned entries only (rows are new objects): no freezing of every folio.
  for (const folio of store.scan('folios')) {
    for (const entry of folio.binned ?? []) rows.push(row(folio, entry, false));
  }
  for (const e of store.all('trash')) {
    if (e.purged || e.collection !== 'folios' || store.get('folios', e.recordId)) continue;
    const parsed = folioSchema.safeParse(e.record);
    if (!parsed.success) continue;
    for (const entry of parsed.data.binned ?? []) rows.push(row(parsed.data, entry, true));
  }
  return rows;
}

const LIST_LABEL: Readonly<Record<BinnedList, string>> = {
  demandItems: '需求清单事项',
  supplyItems: '供给清单事项',
  progress: '进度',
};

/** The folio and the binned entry asked for; a folio in the bin is named, to be restored first. */
function find(session: Session, folioId: string, id: string): { folio: Folio; entry: BinnedItem } {
  const store = session.store();
  if (!store.get('folios', folioId)) {
    const inBin = [...store.all('trash')].find(
      (e) => !e.purged && e.collection === 'folios' && e.recordId === folioId,
    );
    if (inBin) {
      throw new DossierError(
        'conflict',
        `所属项目“${inBin.label}”在回收站中。请先在回收站中恢复该项目，再恢复其中的条目。`,
      );
    }
  }
  const folio = mustGet(session, 'folios', folioId, '项目');
  const entry = (folio.binned ?? []).find((e) => itemId(e) === id);
  if (!entry) throw new DossierError('not_found', '找不到该条目，可能已被恢复或彻底删除。');
  return { folio, entry };
}

/** A step on one binned entry of a folio: the change to commit, and its undo label. */
type BinnedStep = (session: Session, folioId: string, id: string) => ChangeSet & { label: string };

/** Puts a binned entry back into its list (checked against today's schema), with history. */
export const restoreBinned: BinnedStep = (session, folioId, id) => {
  const { folio, entry } = find(session, folioId, id);
  const what = `${LIST_LABEL[entry.list]}“${labelOf(entry)}”`;
  if (folio[entry.list].some((i) => i.id === id)) {
    throw new DossierError('conflict', `${what}已在项目中，无需恢复。`);
  }
  const binned = (folio.binned ?? []).filter((e) => e !== entry);
  const schema = entry.list === 'progress' ? progressEntrySchema : checklistItemSchema;
  const parsed = schema.safeParse(entry.item);
  if (!parsed.success) {
    throw new DossierError('validation', `${what}不符合当前的数据要求，无法恢复。`);
  }
  const patch =
    entry.list === 'progress'
      ? { progress: [...folio.progress, progressEntrySchema.parse(entry.item)], binned }
      : { [entry.list]: [...folio[entry.list], checklistItemSchema.parse(entry.item)], binned };
  const next = recordHistory(session, folio, revise(session, folio, patch, folioSchema));
  return { put: { folios: [next] }, label: `恢复项目“${folio.name}”的${what}` };
};

/** Drops a binned entry for good. */
export const purgeBinned: BinnedStep = (session, folioId, id) => {
  const { folio, entry } = find(session, folioId, id);
  const binned = (folio.binned ?? []).filter((e) => e !== entry);
  const next = revise(session, folio, { binned }, folioSchema);
  return {
    put: { folios: [next] },
    label: `彻底删除项目“${folio.name}”的${LIST_LABEL[entry.list]}“${labelOf(entry)}”`,
  };
};
