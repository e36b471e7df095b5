// A table of records (rows keyed by id, a quiet empty text), and the same fed by a load.
import { Table, Typography, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import type { Loaded } from '../hooks/useLoad';
import { usePainted } from '../hooks/usePainted';
import { LoadError } from './LoadError';

type RecordTableProps<T> = Omit<TableProps<T>, 'rowKey' | 'dataSource' | 'loading' | 'locale'> & {
  rows: readonly T[];
  loading?: boolean;
  testId: string;
  emptyText: ReactNode;
};

/** Records as a table: one row per record, keyed by id, `emptyText` in grey when there are none. */
export function RecordTable<T extends { id: string }>(props: RecordTableProps<T>) {
  const { rows, loading, testId, emptyText, ...table } = props;
  // The sortable headers' tooltips (点击升序…) are made once the table has shown: one each, with
  // its trigger and effects, was a good part of the list's first render, and none could open
  // within a frame anyway.
  const painted = usePainted();
  return (
    <Table<T>
      showSorterTooltip={painted}
      rowKey="id"
      data-testid={testId}
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
      {...table}
    />
  );
}

interface Props<T> {
  loaded: Loaded<T[]>;
  columns: ColumnsType<T>;
  testId: string;
  emptyText: ReactNode;
  pagination?: TableProps<T>['pagination'];
  size?: TableProps<T>['size'];
}

/** Pages of 50, no pager while one page holds them all. */
export const PAGED = { defaultPageSize: 50, hideOnSinglePage: true };

/** A loaded list of records as a table, with the load's error above it. */
export function LoadedTable<T extends { id: string }>(props: Props<T>) {
  const { loaded, pagination = PAGED, ...table } = props;
  return (
    <>
      <LoadError error={loaded.error} />
      <RecordTable<T>
        rows={loaded.data ?? []}
        loading={loaded.loading}
        pagination={pagination}
        {...table}
      />
    </>
  );
}
