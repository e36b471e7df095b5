// One day of a trip's schedule: a heading with 添加日程, its items in order, move and edit actions.
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Space, Typography } from 'antd';
import { SmallTable } from '../../../components/SmallTable';
import type { ColumnsType } from 'antd/es/table';
import type { TripDetail } from '../../../api/contract-types';
import { useT } from '../../../i18n/I18nContext';
import { rowTestId } from '../../folios/detail/row-testid';
import { IconAction } from '../IconAction';
import type { TripItem } from '../types';
import { hasNotes, ItemNotes, itemColumns } from './item-columns';
import type { ScheduleDay } from './schedule';

interface Props {
  day: ScheduleDay;
  /** The trip's other dates, where an item can be moved. */
  otherDays: readonly ScheduleDay[];
  detail: TripDetail;
  clashes: ReadonlyMap<string, string[]>;
  onAdd: () => void;
  onEdit: (item: TripItem) => void;
  onDelete: (item: TripItem) => void;
  /** Moves an item to `toIndex` of `toDate` (counted without the item itself). */
  onMove: (item: TripItem, toDate: string, toIndex: number) => void;
}

/** One day of the schedule: a heading with 添加日程, and its items in order. */
export function DayTable({
  day,
  otherDays,
  detail,
  clashes,
  onAdd,
  onEdit,
  onDelete,
  onMove,
}: Props) {
  const t = useT();
  const dayLabel = (d: ScheduleDay) =>
    d.dayNumber === null
      ? t('trips.dayOutside', { date: d.date })
      : t('trips.day', { date: d.date, n: d.dayNumber });
  const last = day.items.length - 1;

  const actions: ColumnsType<TripItem>[number] = {
    title: t('common.actions'),
    key: 'actions',
    // Five small icon buttons (24 px) and the cell's padding.
    width: 136,
    fixed: 'right',
    render: (_: unknown, item, index) => (
      <Space size={0}>
        <IconAction
          label={t('trips.moveUp')}
          icon={<ArrowUpOutlined />}
          disabled={index === 0}
          testId={`item-up-${item.id}`}
          onClick={() => onMove(item, day.date, index - 1)}
        />
        <IconAction
          label={t('trips.moveDown')}
          icon={<ArrowDownOutlined />}
          disabled={index === last}
          testId={`item-down-${item.id}`}
          onClick={() => onMove(item, day.date, index + 1)}
        />
        <Dropdown
          trigger={['click']}
          disabled={otherDays.length === 0}
          menu={{
            items: otherDays.map((d) => ({ key: d.date, label: dayLabel(d) })),
            onClick: ({ key }) =>
              onMove(item, key, otherDays.find((d) => d.date === key)?.items.length ?? 0),
          }}
        >
          {/* A plain button: the dropdown places its menu by the button's own element. */}
          <Button
            size="small"
            type="text"
            icon={<SwapOutlined />}
            aria-label={t('trips.moveToDay')}
            title={t('trips.moveToDay')}
            data-testid={`item-move-${item.id}`}
          />
        </Dropdown>
        <IconAction
          label={t('common.edit')}
          icon={<EditOutlined />}
          testId={`item-edit-${item.id}`}
          onClick={() => onEdit(item)}
        />
        <IconAction
          label={t('common.delete')}
          icon={<DeleteOutlined />}
          danger
          testId={`item-delete-${item.id}`}
          onClick={() => onDelete(item)}
        />
      </Space>
    ),
  };

  return (
    <section className="trip-day" data-testid={`schedule-day-${day.date}`}>
      <Space className="trip-section-head">
        <Typography.Title level={5}>{dayLabel(day)}</Typography.Title>
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={onAdd}
          data-testid={`item-add-${day.date}`}
        >
          {t('trips.addItem')}
        </Button>
      </Space>
      <SmallTable<TripItem>
        bordered
        columns={[...itemColumns(detail, clashes, t), actions]}
        dataSource={day.items}
        // Fits 1280×720 (about 960 px of table) without scrolling, so the 操作 column pinned on
        // the right never lies over 关联项目; narrower windows scroll.
        scroll={{ x: 940 }}
        expandable={{
          expandedRowRender: (item) => <ItemNotes item={item} t={t} />,
          rowExpandable: hasNotes,
          expandedRowKeys: day.items.filter(hasNotes).map((item) => item.id),
          showExpandColumn: false,
        }}
        rowClassName={(item) => (clashes.has(item.id) ? 'trip-clash-row' : '')}
        onRow={(item) => rowTestId(`schedule-item-${item.id}`)()}
        locale={{ emptyText: t('trips.noItems') }}
      />
    </section>
  );
}
