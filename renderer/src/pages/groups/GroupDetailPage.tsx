// One working group's page: its fields, its people and its folios (each opens the folio).
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { folioMoneyItems } from '../../components/folio-money-items';
import { leaveForList, RecordDetailFrame } from '../../components/RecordDetailFrame';
import { RecordHeaderCard } from '../../components/RecordHeaderCard';
import { formatDateTime } from '../../format/date';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { GenerateDocumentButton } from '../documents/GenerateDocumentButton';
import { ExportBundleButton } from '../exchange/ExportModal';
import { navigate } from '../../router/hash-router';
import { FolioFormModal } from '../folios/FolioFormModal';
import { FolioTable } from '../folios/FolioTable';
import { GroupMembersTable } from '../people/GroupMembersTable';
import { LedgerExportButton } from '../ledger/LedgerExportButton';
import { LedgerImportModal } from '../ledger/LedgerImportModal';
import { GroupFormModal } from './GroupFormModal';
import { useDeleteGroup } from './useDeleteGroup';

type Editing = 'group' | 'newFolio' | 'ledger' | null;

/** One working group: its fields, its people and its folios (each opens the folio). */
export function GroupDetailPage({ id }: { id: string }) {
  const t = useT();
  const deleteGroup = useDeleteGroup();
  const detail = useApiQuery('groups.get', { id });
  const [editing, setEditing] = useState<Editing>(null);
  const empty = t('common.empty');
  return (
    <RecordDetailFrame detail={detail} testId="group-detail" backTo="groups">
      {({ group, head, members, folios }, back) => (
        <>
          <RecordHeaderCard
            title={group.name}
            back={back}
            generate={
              <>
                <GenerateDocumentButton
                  target={{ kind: 'group', id: group.id, name: group.name }}
                />
                <ExportBundleButton
                  scope={{ kind: 'group', id: group.id }}
                  scopeName={group.name}
                />
              </>
            }
            testIdPrefix="group"
            onEdit={() => setEditing('group')}
            onDelete={() =>
              deleteGroup(
                { ...group, folioCount: folios.length },
                leaveForList('groups', detail.reload),
              )
            }
            columns={2}
            items={[
              { key: 'kind', label: t('groups.kind'), children: t(`groupKind.${group.kind}`) },
              { key: 'chain', label: t('groups.chain'), children: group.chain || empty },
              { key: 'head', label: t('groups.head'), children: head?.name ?? empty },
              ...folioMoneyItems(folios, t),
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
          <Card title={t('groupMembers.title')}>
            <GroupMembersTable head={head} members={members} />
          </Card>
          <Card
            title={t('groups.folios')}
            extra={
              <Space>
                <Button
                  icon={<UploadOutlined />}
                  onClick={() => setEditing('ledger')}
                  data-testid="ledger-import"
                >
                  {t('ledger.import')}
                </Button>
                <LedgerExportButton filter={{}} groupId={group.id} />
                <Button icon={<PlusOutlined />} onClick={() => setEditing('newFolio')}>
                  {t('folios.create')}
                </Button>
              </Space>
            }
          >
            <FolioTable
              rows={folios}
              loading={detail.loading}
              showGroup={false}
              testId="group-folios-table"
            />
          </Card>
          {editing === 'ledger' && (
            <LedgerImportModal
              defaultGroup={group.name}
              onClose={() => {
                setEditing(null);
                detail.reload();
              }}
            />
          )}
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
        </>
      )}
    </RecordDetailFrame>
  );
}
