// A trip's 联系人 tab: hosts and contacts on both sides, with their phones and roles.
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useT } from '../../i18n/I18nContext';
import { upsertItem } from '../folios/detail/list-edit';
import type { Draft } from '../folios/detail/types';
import { HostModal } from './HostModal';
import { OrderedTable } from './OrderedTable';
import type { TripHost } from './types';
import type { TripEditor } from './useTripEditor';

/** 联系人: hosts and contacts on both sides, with their phones and roles. */
export function HostsTab({ editor }: { editor: TripEditor }) {
  const t = useT();
  const [editing, setEditing] = useState<TripHost | 'new' | null>(null);
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
      <Button
        className="block-gap-bottom"
        icon={<PlusOutlined />}
        onClick={() => setEditing('new')}
        data-testid="trip-add-host"
      >
        {t('trips.addHost')}
      </Button>
      <OrderedTable<TripHost>
        rows={hosts}
        columns={columns}
        testId="trip-hosts"
        emptyText={t('trips.noHosts')}
        nameOf={(host) => host.name}
        onChange={(rows) => editor.quickSave({ hosts: rows })}
        onEdit={setEditing}
      />
      {editing !== null && (
        <HostModal
          host={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSubmit={async (draft) => {
            await editor.save({ hosts: upsertItem<Draft<TripHost>>(hosts, draft) });
            setEditing(null);
          }}
        />
      )}
    </>
  );
}
