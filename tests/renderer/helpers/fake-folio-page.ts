// A stand-in for 'folios.page' over fixed rows: the core's own text filter and column orders.
import { vi } from 'vitest';
import type {
  FolioFilter,
  FolioPage,
  FolioSummary,
  InputOf,
} from '../../../renderer/src/api/contract-types';
import { filterWords, rowOrder, rowText } from '../../../electron/core/services/folios/list-view';

/**
 * Pages `rows` as the core would: `pick` narrows them by the filter (the test decides what a
 * filter keeps), then the words, the sort and the slice.
 */
export function fakeFolioPage(
  rows: readonly FolioSummary[],
  pick: (filter: FolioFilter) => readonly FolioSummary[] = () => rows,
) {
  return vi.fn((input: InputOf<'folios.page'>): Promise<FolioPage> => {
    const words = filterWords(input.text ?? '');
    const order = rowOrder(input.sort ?? 'updatedAt');
    const sign = (input.order ?? 'descend') === 'ascend' ? 1 : -1;
    const all = pick(input.filter ?? {})
      .filter((row) => words.every((w) => rowText(row).includes(w)))
      .sort((a, b) => sign * order(a, b));
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 50;
    return Promise.resolve({
      total: all.length,
      totalInvestment: all.reduce((s, r) => s + r.totalInvestment, 0),
      fundsInPlace: all.reduce((s, r) => s + r.fundsInPlace, 0),
      offset,
      rows: all.slice(offset, offset + limit),
      ids: input.withIds ? all.map((r) => r.id) : null,
    });
  });
}
