// A trip's 联系人 tab: hosts and contacts on both sides, with their phones and roles.
import type { ColumnsType } from 'antd/es/table';
import { AddButton } from '../../components/AddButton';
import { useT } from '../../i18n/I18nContext';
import { upsertItem } from '../folios/detail/list-edit';
import type { Draft } from '../folios/detail/types';
import { HostModal } from './HostModal';
import { OrderedTable } from './OrderedTable';
import type { TripHost } from './types';
import { useItemEditing } from '../folios/detail/useItemEditing';
import type { TripEditor } from './useTripEditor';

/** 联系人: hosts and contacts on both sides, with their phones and roles. */
export function HostsTab({ editor }: { editor: TripEditor }) {
  const t = useT();
  const editing = useItemEditing<TripHost>((draft) =>
    editor.save({ hosts: upsertItem<Draft<TripHost>>(editor.trip.hosts, draft) }),
  );
  const { hosts } = editor.trip;
  const orEmpty = (text: string) => text || t('common.empty');

  const columns: ColumnsType<TripHost> = [
    { title: t('trips.hostName'), dataIndex: 'name', width: 100 },
    { title: t('trips.hostTitle'), dataIndex: 'title', width: 180, render: orEmpty },
    { title: t('trips.hostUnit'), dataIndex: 'unit', render: orEmpty },
    { title: t('trips.hostPhone'), dataIndex: 'phone', width: 130, render: orEmpty },
    { title: t('trips.hostRole'), dataIndex: 'role', width: 180, render: orEmpty },
  ];

  return (
    <>
      <AddButton
        className="block-gap-bottom"
        label={t('trips.addHost')}
        testId="trip-add-host"
        onClick={() => editing.add()}
      />
      <OrderedTable<TripHost>
        rows={hosts}
        columns={columns}
        testId="trip-hosts"
        emptyText={t('trips.noHosts')}
        nameOf={(host) => host.name}
        onChange={(rows) => editor.quickSave({ hosts: rows })}
        onEdit={editing.edit}
      />
      {editing.open && <HostModal {...editing.modal} />}
    </>
  );
}
