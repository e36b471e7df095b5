// A trip's 日程 tab: clashes, then day by day the items; add, edit, delete, reorder, move.
import { useMemo, useState } from 'react';
import type { TripDetail } from '../../../api/contract-types';
import { useConfirm } from '../../../components/useConfirm';
import { useT } from '../../../i18n/I18nContext';
import type { TripItem } from '../types';
import type { TripEditor } from '../useTripEditor';
import { ClashList } from './ClashList';
import { DayTable } from './DayTable';
import { ItemModal } from './ItemModal';
import { clashesByItem, scheduleDays, withItem, withoutItem } from './schedule';

type Editing = { date: string; item?: TripItem } | null;

/** 日程: the clashes, then day by day a table of the items; add, edit, delete, reorder, move. */
export function ScheduleTab({ detail, editor }: { detail: TripDetail; editor: TripEditor }) {
  const t = useT();
  const confirm = useConfirm();
  const { trip } = editor;
  const [editing, setEditing] = useState<Editing>(null);
  const days = useMemo(() => scheduleDays(trip), [trip]);
  const clashes = useMemo(() => clashesByItem(detail.clashes), [detail.clashes]);
  const inRange = days.filter((d) => d.dayNumber !== null);

  const remove = (item: TripItem) =>
    confirm({
      title: t('trips.deleteItemTitle', {
        name: item.title || item.place || t(`trips.itemKind.${item.kind}`),
      }),
      okText: t('common.delete'),
      danger: true,
      onOk: () => editor.quickSave({ days: withoutItem(trip.days, item.id) }),
    });

  return (
    <div data-testid="trip-schedule">
      <ClashList clashes={detail.clashes} />
      {days.map((day) => (
        <DayTable
          key={day.date}
          day={day}
          otherDays={inRange.filter((d) => d.date !== day.date)}
          detail={{ ...detail, trip }}
          clashes={clashes}
          onAdd={() => setEditing({ date: day.date })}
          onEdit={(item) => setEditing({ date: day.date, item })}
          onDelete={remove}
          onMove={(item, toDate, toIndex) => void editor.move({ itemId: item.id, toDate, toIndex })}
        />
      ))}
      {editing && (
        <ItemModal
          trip={trip}
          date={editing.date}
          item={editing.item}
          onClose={() => setEditing(null)}
          onSubmit={async (draft) => {
            await editor.save({ days: withItem(trip.days, editing.date, draft) });
            setEditing(null);
          }}
        />
      )}
    </div>
  );
}
