// A loaded list of records as a table, with the load's error above it.
import { Table, Typography, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import type { Loaded } from '../hooks/useLoad';
import { LoadError } from './LoadError';

interface Props<T> {
  loaded: Loaded<T[]>;
  columns: ColumnsType<T>;
  testId: string;
  emptyText: ReactNode;
  pagination?: TableProps<T>['pagination'];
  size?: TableProps<T>['size'];
}

const PAGED = { defaultPageSize: 50, hideOnSinglePage: true };

/** A loaded list of records as a table, with the load's error above it. */
export function LoadedTable<T extends { id: string }>(props: Props<T>) {
  const { loaded, columns, testId, emptyText, pagination = PAGED, size } = props;
  return (
    <>
      <LoadError error={loaded.error} />
      <Table<T>
        rowKey="id"
        size={size}
        data-testid={testId}
        loading={loaded.loading}
        columns={columns}
        dataSource={loaded.data ?? []}
        pagination={pagination}
        locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
      />
    </>
  );
}
