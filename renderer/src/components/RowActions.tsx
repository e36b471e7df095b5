// The 操作 column of a table: a row's link buttons (edit, delete, restore…).
import { Button, Space } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { Translate } from '../i18n/translate';

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

/** Each row's 编辑 and 删除 (`<prefix>-edit-<id>`, `<prefix>-delete-<id>`), for `actionsColumn`. */
export function editAndDelete<T extends { id: string }>(
  t: Translate,
  testIdPrefix: string,
  onEdit: (row: T) => void,
  onDelete: (row: T) => void,
): (row: T) => RowAction[] {
  return (row) => [
    {
      label: t('common.edit'),
      testId: `${testIdPrefix}-edit-${row.id}`,
      onClick: () => onEdit(row),
    },
    {
      label: t('common.delete'),
      testId: `${testIdPrefix}-delete-${row.id}`,
      danger: true,
      onClick: () => onDelete(row),
    },
  ];
}

/** What a delete started from a list does: reload the list, whether it went through or was stale. */
export const reloadAfterDelete = (reload: () => void) => ({ onDeleted: reload, onStale: reload });
