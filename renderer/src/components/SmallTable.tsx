// A small table with no pages: the lists inside a record, a calendar, a register, the backups.
import { Table, type TableProps } from 'antd';
import { rowTestId } from '../pages/folios/detail/row-testid';

type Props<T> = Omit<TableProps<T>, 'size' | 'pagination'> & {
  /** `data-testid` of every row (instead of an `onRow`). */
  rowTestId?: string;
};

/** A small table with every row on one page; rows are keyed by `id` unless `rowKey` says. */
export function SmallTable<T>({ rowTestId: rowId, rowKey, onRow, ...props }: Props<T>) {
  return (
    <Table<T>
      {...props}
      rowKey={rowKey ?? 'id'}
      size="small"
      pagination={false}
      onRow={rowId === undefined ? onRow : rowTestId(rowId)}
    />
  );
}
