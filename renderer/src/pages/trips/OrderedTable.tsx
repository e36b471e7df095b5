// A trip's ordered list (delegation, contacts) with up / down, edit and delete on each row.
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useConfirm } from '../../components/useConfirm';
import { useT } from '../../i18n/I18nContext';
import { removeItem } from '../folios/detail/list-edit';
import { rowTestId } from '../folios/detail/row-testid';
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
  const confirm = useConfirm();

  const remove = (row: T) =>
    confirm({
      title: t('trips.deleteItemTitle', { name: nameOf(row) }),
      okText: t('common.delete'),
      danger: true,
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
        <Button size="small" type="link" onClick={() => onEdit(row)}>
          {t('common.edit')}
        </Button>
        <Button size="small" type="link" danger onClick={() => remove(row)}>
          {t('common.delete')}
        </Button>
      </Space>
    ),
  };

  return (
    <Table<T>
      rowKey="id"
      size="small"
      data-testid={testId}
      columns={[...columns, actions]}
      dataSource={[...rows]}
      pagination={false}
      onRow={rowTestId(`${testId}-row`)}
      locale={{ emptyText }}
    />
  );
}
