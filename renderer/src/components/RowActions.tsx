// The 操作 column of a table: a row's link buttons (edit, delete, restore…).
import { Button, Space } from 'antd';
import type { ColumnType } from 'antd/es/table';

export interface RowAction {
  label: string;
  onClick: () => void;
  testId?: string;
  danger?: boolean;
}

/** The 操作 column of a table: a row's link buttons (edit, delete, restore…). */
export function actionsColumn<T>(
  title: string,
  actions: (row: T) => RowAction[],
  width?: number,
): ColumnType<T> {
  return {
    title,
    key: 'actions',
    ...(width === undefined ? {} : { width }),
    render: (_: unknown, row: T) => (
      <Space size="small">
        {actions(row).map(({ label, onClick, testId, danger }) => (
          <Button
            key={label}
            type="link"
            size="small"
            danger={danger}
            data-testid={testId}
            onClick={onClick}
          >
            {label}
          </Button>
        ))}
      </Space>
    ),
  };
}
