// Merges two folios' history in time order, marking entries taken in from a colleague (来自 X 的卷宗).
import { HISTORY_LIMIT, type HistoryEntry } from '../../model/folio-parts';

const keyOf = (e: HistoryEntry) =>
  `${e.at}\u0000${e.by}\u0000${e.field}\u0000${e.from}\u0000${e.to}`;

/** 来自 X 的卷宗: what marks an entry taken in from a colleague. */
export const viaText = (sender: string): string => `来自 ${sender} 的卷宗`.slice(0, 120);

/**
 * Both sides' history in time order: every entry of ours, and each of theirs we lack marked
 * with where it came from (an entry already marked keeps its mark). Beyond the limit the
 * oldest go.
 */
export function mergeHistory(
  ours: readonly HistoryEntry[],
  theirs: readonly HistoryEntry[],
  via: string,
): { history: HistoryEntry[]; added: number; differs: boolean } {
  const known = new Set(ours.map(keyOf));
  const added = theirs.filter((e) => !known.has(keyOf(e))).map((e) => (e.via ? e : { ...e, via }));
  // Time order, then the entry itself: both desks arrive at the same order.
  const merged = [...ours, ...added]
    .map((e) => ({ e, k: keyOf(e) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.e);
  const history = merged.slice(Math.max(0, merged.length - HISTORY_LIMIT));
  const differs = added.length > 0 || history.some((e, i) => e !== ours[i]);
  return { history, added: added.length, differs };
}

/** A record's own history marked as coming from the sender (a record new to us). */
export function markHistory(history: readonly HistoryEntry[], via: string): HistoryEntry[] {
  return history.map((e) => (e.via ? e : { ...e, via }));
}

/** The key the merge matches history entries by (for team sync's version digest). */
export { keyOf as historyKey };
