// A trip's 代表团 tab: our delegation in order of precedence, and theirs.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { TripDetail } from '../../api/contract-types';
import { useT } from '../../i18n/I18nContext';
import { routeHref } from '../../router/hash-router';
import { upsertItem } from '../folios/detail/list-edit';
import type { Draft } from '../folios/detail/types';
import { OrderedTable } from './OrderedTable';
import { OurMemberModal } from './OurMemberModal';
import { TheirMemberModal } from './TheirMemberModal';
import type { OurMember, TheirMember } from './types';
import type { TripEditor } from './useTripEditor';

type Editing =
  { side: 'ours'; member?: OurMember } | { side: 'theirs'; member?: TheirMember } | null;

/** 代表团: our delegation in order of precedence, and theirs. */
export function DelegationsTab({ detail, editor }: { detail: TripDetail; editor: TripEditor }) {
  const t = useT();
  const [editing, setEditing] = useState<Editing>(null);
  const { ourDelegation, theirDelegation } = editor.trip;
  const empty = t('common.empty');
  const enterpriseName = (id: string | null) =>
    detail.enterprises.find((e) => e.id === id)?.name ?? empty;
  const close = () => setEditing(null);

  const ourColumns: ColumnsType<OurMember> = [
    { title: '#', key: 'order', width: 48, render: (_: unknown, _m, index) => index + 1 },
    {
      title: t('trips.memberName'),
      dataIndex: 'name',
      width: 140,
      render: (name: string, m) =>
        m.personId ? <a href={routeHref('people', m.personId)}>{name}</a> : name,
    },
    { title: t('trips.memberTitle'), dataIndex: 'title', render: (v: string) => v || empty },
  ];
  const theirColumns: ColumnsType<TheirMember> = [
    { title: t('trips.memberName'), dataIndex: 'name', width: 180 },
    { title: t('trips.memberTitle'), dataIndex: 'title', render: (v: string) => v || empty },
    {
      title: t('trips.memberEnterprise'),
      dataIndex: 'enterpriseId',
      width: 220,
      render: (id: string | null) =>
        id ? <a href={routeHref('enterprises', id)}>{enterpriseName(id)}</a> : empty,
    },
  ];

  const heading = (title: string, add: string, side: 'ours' | 'theirs') => (
    <Space className="trip-section-head">
      <Typography.Title level={5}>{title}</Typography.Title>
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => setEditing({ side })}
        data-testid={`trip-add-${side}`}
      >
        {add}
      </Button>
    </Space>
  );

  return (
    <>
      {heading(t('trips.ourDelegation'), t('trips.addOurMember'), 'ours')}
      <OrderedTable<OurMember>
        rows={ourDelegation}
        columns={ourColumns}
        testId="trip-ours"
        emptyText={t('trips.noMembers')}
        nameOf={(m) => m.name}
        onChange={(rows) => editor.quickSave({ ourDelegation: rows })}
        onEdit={(member) => setEditing({ side: 'ours', member })}
      />
      <div className="block-gap" />
      {heading(t('trips.theirDelegation'), t('trips.addTheirMember'), 'theirs')}
      <OrderedTable<TheirMember>
        rows={theirDelegation}
        columns={theirColumns}
        testId="trip-theirs"
        emptyText={t('trips.noMembers')}
        nameOf={(m) => m.name}
        onChange={(rows) => editor.quickSave({ theirDelegation: rows })}
        onEdit={(member) => setEditing({ side: 'theirs', member })}
      />
      {editing?.side === 'ours' && (
        <OurMemberModal
          item={editing.member}
          onClose={close}
          onSubmit={async (draft) => {
            await editor.save({
              ourDelegation: upsertItem<Draft<OurMember>>(ourDelegation, draft),
            });
            close();
          }}
        />
      )}
      {editing?.side === 'theirs' && (
        <TheirMemberModal
          item={editing.member}
          onClose={close}
          onSubmit={async (draft) => {
            await editor.save({
              theirDelegation: upsertItem<Draft<TheirMember>>(theirDelegation, draft),
            });
            close();
          }}
        />
      )}
    </>
  );
}
