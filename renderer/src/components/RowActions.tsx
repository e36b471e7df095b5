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

/** A row's 编辑 and 删除 (`<prefix>-edit-<id>`, `<prefix>-delete-<id>`). */
export function editAndDelete(
  t: Translate,
  testIdPrefix: string,
  id: string,
  onEdit: () => void,
  onDelete: () => void,
): RowAction[] {
  return [
    { label: t('common.edit'), testId: `${testIdPrefix}-edit-${id}`, onClick: onEdit },
    {
      label: t('common.delete'),
      testId: `${testIdPrefix}-delete-${id}`,
      danger: true,
      onClick: onDelete,
    },
  ];
}

/** What a delete started from a list does: reload the list, whether it went through or was stale. */
export const reloadAfterDelete = (reload: () => void) => ({ onDeleted: reload, onStale: reload });
