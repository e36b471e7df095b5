// The folio table when the core pages and sorts: its columns, pagination and change handler.
import type { TablePaginationConfig } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import type { FolioFilter, FolioSortKey, FolioSummary, InputOf } from '../../api/contract-types';

export interface PageState {
  sort: FolioSortKey;
  order: 'ascend' | 'descend';
  /** 1-based, as antd counts. */
  page: number;
  pageSize: number;
}

/** Newest change first, 50 a page: what the list opens on. */
export const FIRST_PAGE: PageState = { sort: 'updatedAt', order: 'descend', page: 1, pageSize: 50 };

/** The `folios.page` request for a filter, a text and a page (the list and its early read). */
export function pageRequest(
  filter: FolioFilter,
  text: string,
  state: PageState,
): InputOf<'folios.page'> {
  return {
    filter,
    text,
    sort: state.sort,
    order: state.order,
    offset: (state.page - 1) * state.pageSize,
    limit: state.pageSize,
  };
}

export interface RemoteTable {
  state: PageState;
  /** Rows on every page. */
  total: number;
  onChange(next: PageState): void;
}

/** Every column the core sorts by; the type keeps it in step with the core's list. */
const SORT_KEYS: Record<FolioSortKey, true> = {
  name: true,
  groupName: true,
  chain: true,
  location: true,
  stage: true,
  overdueItems: true,
  openBlockers: true,
  totalInvestment: true,
  fundsInPlace: true,
  leaderName: true,
  enterpriseName: true,
  updatedAt: true,
};
const isSortKey = (value: unknown): value is FolioSortKey =>
  typeof value === 'string' && Object.hasOwn(SORT_KEYS, value);

/** The same columns, sorted by the core: the header shows the sort, the rows come sorted. */
export function remoteColumns(
  columns: ColumnsType<FolioSummary>,
  { state }: RemoteTable,
): ColumnsType<FolioSummary> {
  return columns.map((column) => {
    const key = 'dataIndex' in column ? column.dataIndex : undefined;
    if (!column.sorter || !isSortKey(key)) return column;
    return {
      ...column,
      key,
      sorter: true,
      defaultSortOrder: undefined,
      sortOrder: state.sort === key ? state.order : null,
    };
  });
}

export function remotePagination({ state, total }: RemoteTable): TablePaginationConfig {
  return {
    current: state.page,
    pageSize: state.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [20, 50, 100, 200],
    hideOnSinglePage: total <= 20,
  };
}

/** A click on a header or a page: the next request; a third click on a header goes back to the start. */
export function remoteChange(remote: RemoteTable) {
  return (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<FolioSummary> | SorterResult<FolioSummary>[],
  ) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = one?.columnKey ?? one?.field;
    const sorted = one?.order && isSortKey(key) ? { sort: key, order: one.order } : FIRST_PAGE;
    const sortChanged = sorted.sort !== remote.state.sort || sorted.order !== remote.state.order;
    const pageSize = pagination.pageSize ?? remote.state.pageSize;
    remote.onChange({
      sort: sorted.sort,
      order: sorted.order,
      pageSize,
      page: sortChanged || pageSize !== remote.state.pageSize ? 1 : (pagination.current ?? 1),
    });
  };
}
