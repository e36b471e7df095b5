import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { Yi } from '../../components/Money';
import { useErrorText } from '../../components/useNotifyError';
import { formatDateTime } from '../../format/date';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/I18nContext';
import { navigate } from '../../router/hash-router';
import { FolioFormModal } from '../folios/FolioFormModal';
import { FolioTable } from '../folios/FolioTable';
import { GroupMembersTable } from '../people/GroupMembersTable';
import { GroupFormModal } from './GroupFormModal';
import { useDeleteGroup } from './useDeleteGroup';

type Editing = 'group' | 'newFolio' | null;

/** One working group: its fields, its people and its folios (each opens the folio). */
export function GroupDetailPage({ id }: { id: string }) {
  const api = useApi();
  const t = useT();
  const errorText = useErrorText();
  const deleteGroup = useDeleteGroup();
  const detail = useLoad(useCallback(() => api['groups.get']({ id }), [api, id]));
  const [editing, setEditing] = useState<Editing>(null);
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('groups')}>
      {t('common.back')}
    </Button>
  );

  // A failed reload wins over the data kept from before: the record may be gone (an undo, a
  // delete elsewhere), and showing it as if it were still there would mislead.
  if (!detail.data || detail.error !== undefined) {
    return detail.error !== undefined ? (
      <Card extra={back}>
        <Alert type="error" showIcon title={errorText(detail.error)} />
      </Card>
    ) : (
      <Spin />
    );
  }
  const { group, head, members, folios } = detail.data;
  const total = folios.reduce((sum, folio) => sum + folio.totalInvestment, 0);
  const funds = folios.reduce((sum, folio) => sum + folio.fundsInPlace, 0);
  const empty = t('common.empty');

  return (
    <Space orientation="vertical" size="middle" className="full-width" data-testid="group-detail">
      <Card
        title={group.name}
        extra={
          <Space>
            {back}
            <Button onClick={() => setEditing('group')} data-testid="group-edit">
              {t('common.edit')}
            </Button>
            <Button
              danger
              data-testid="group-delete"
              onClick={() =>
                deleteGroup(
                  { ...group, folioCount: folios.length },
                  { onDeleted: () => navigate('groups'), onStale: detail.reload },
                )
              }
            >
              {t('common.delete')}
            </Button>
          </Space>
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'kind', label: t('groups.kind'), children: t(`groupKind.${group.kind}`) },
            { key: 'chain', label: t('groups.chain'), children: group.chain || empty },
            { key: 'head', label: t('groups.head'), children: head?.name ?? empty },
            { key: 'total', label: t('folios.totalInvestment'), children: <Yi wan={total} /> },
            { key: 'funds', label: t('folios.fundsInPlace'), children: <Yi wan={funds} /> },
            {
              key: 'updated',
              label: t('folios.updatedAt'),
              children: formatDateTime(group.updatedAt),
            },
            {
              key: 'description',
              label: t('groups.description'),
              span: 'filled',
              children: group.description || empty,
            },
          ]}
        />
      </Card>
      <Card title={t('groupMembers.title')}>
        <GroupMembersTable head={head} members={members} />
      </Card>
      <Card
        title={t('groups.folios')}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setEditing('newFolio')}>
            {t('folios.create')}
          </Button>
        }
      >
        <FolioTable
          rows={folios}
          loading={detail.loading}
          showGroup={false}
          testId="group-folios-table"
        />
      </Card>
      {editing === 'group' && (
        <GroupFormModal
          group={group}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            detail.reload();
          }}
        />
      )}
      {editing === 'newFolio' && (
        <FolioFormModal
          defaultGroupId={group.id}
          onClose={() => setEditing(null)}
          onSaved={(created) => navigate('folios', created.id)}
        />
      )}
    </Space>
  );
}
