// A trip's ordered list (delegation, contacts) with up / down, edit and delete on each row.
import { EditDeleteButtons } from '../../components/EditDeleteButtons';
import { SmallTable } from '../../components/SmallTable';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useConfirmDelete } from '../../components/useConfirmDelete';
import { useT } from '../../i18n/I18nContext';
import { removeItem } from '../folios/detail/list-edit';
import { IconAction } from './IconAction';
import { moveBy } from './list-order';

interface Props<T extends { id: string }> {
  rows: readonly T[];
  columns: ColumnsType<T>;
  /** `data-testid` of the table; each row is `<testId>-row`. */
  testId: string;
  emptyText: string;
  /** How the delete confirmation names a row. */
  nameOf: (row: T) => string;
  /** Saves the whole list after a reorder or a delete. */
  onChange: (rows: T[]) => Promise<void>;
  onEdit: (row: T) => void;
}

/** A trip's list (delegation, contacts) with up / down, edit and delete on each row. */
export function OrderedTable<T extends { id: string }>(props: Props<T>) {
  const { rows, columns, testId, emptyText, nameOf, onChange, onEdit } = props;
  const t = useT();
  const confirmDelete = useConfirmDelete();

  const remove = (row: T) =>
    confirmDelete({
      title: t('trips.deleteItemTitle', { name: nameOf(row) }),
      onOk: () => onChange(removeItem(rows, row.id)),
    });

  const actions: ColumnsType<T>[number] = {
    title: t('common.actions'),
    key: 'actions',
    width: 190,
    render: (_: unknown, row: T, index: number) => (
      <Space size={0}>
        <IconAction
          label={t('trips.moveUp')}
          icon={<ArrowUpOutlined />}
          disabled={index === 0}
          testId={`${testId}-up`}
          onClick={() => void onChange(moveBy(rows, index, -1))}
        />
        <IconAction
          label={t('trips.moveDown')}
          icon={<ArrowDownOutlined />}
          disabled={index === rows.length - 1}
          testId={`${testId}-down`}
          onClick={() => void onChange(moveBy(rows, index, 1))}
        />
        <EditDeleteButtons onEdit={() => onEdit(row)} onDelete={() => remove(row)} />
      </Space>
    ),
  };

  return (
    <SmallTable<T>
      data-testid={testId}
      columns={[...columns, actions]}
      dataSource={[...rows]}
      rowTestId={`${testId}-row`}
      locale={{ emptyText }}
    />
  );
}
