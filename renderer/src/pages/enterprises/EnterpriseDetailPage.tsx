// One enterprise or chamber's page: its fields, key people and the folios linked to it.
import { Card, Typography } from 'antd';
import { SmallTable } from '../../components/SmallTable';
import { folioMoneyItems } from '../../components/folio-money-items';
import { leaveForList, RecordDetailFrame } from '../../components/RecordDetailFrame';
import { RecordHeaderCard } from '../../components/RecordHeaderCard';
import { useEditDialog } from '../../components/useEditDialog';
import { formatDateTime } from '../../format/date';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { GenerateDocumentButton } from '../documents/GenerateDocumentButton';
import { FolioTable } from '../folios/FolioTable';
import { EnterpriseFormModal } from './EnterpriseFormModal';
import { EnterpriseKindTag } from './EnterpriseKindTag';
import { useDeleteRecord } from './useDeleteRecord';

/** One enterprise or chamber: its fields, key people and the folios linked to it. */
export function EnterpriseDetailPage({ id }: { id: string }) {
  const t = useT();
  const deleteEnterprise = useDeleteRecord('enterprise');
  const detail = useApiQuery('enterprises.get', { id });
  const edit = useEditDialog(detail.reload);
  const empty = t('common.empty');
  return (
    <RecordDetailFrame detail={detail} testId="enterprise-detail" backTo="enterprises">
      {({ enterprise, folios }, back) => (
        <>
          <RecordHeaderCard
            title={enterprise.name}
            back={back}
            testIdPrefix="enterprise"
            onEdit={edit.start}
            onDelete={() =>
              deleteEnterprise(enterprise, leaveForList('enterprises', detail.reload))
            }
            generate={
              <GenerateDocumentButton
                target={{ kind: 'enterprise', id: enterprise.id, name: enterprise.name }}
              />
            }
            columns={2}
            items={[
              {
                key: 'kind',
                label: t('enterprises.kind'),
                children: <EnterpriseKindTag kind={enterprise.kind} />,
              },
              {
                key: 'headquarters',
                label: t('enterprises.headquarters'),
                children: enterprise.headquarters || empty,
              },
              ...folioMoneyItems(folios, t),
              { key: 'folioCount', label: t('enterprise.folioCount'), children: folios.length },
              {
                key: 'updated',
                label: t('folios.updatedAt'),
                children: formatDateTime(enterprise.updatedAt),
              },
              {
                key: 'profile',
                label: t('enterprises.profile'),
                span: 'filled',
                children: enterprise.profile ? (
                  <Typography.Paragraph className="pre-wrap">
                    {enterprise.profile}
                  </Typography.Paragraph>
                ) : (
                  empty
                ),
              },
            ]}
          />
          <Card title={t('enterprise.keyPeople')}>
            <SmallTable
              data-testid="enterprise-key-people"
              dataSource={enterprise.keyPeople}
              columns={[
                { title: t('enterprise.personName'), dataIndex: 'name' },
                { title: t('enterprise.personTitle'), dataIndex: 'title' },
                { title: t('enterprise.personPhone'), dataIndex: 'phone' },
                { title: t('enterprise.personNote'), dataIndex: 'note' },
              ]}
              locale={{ emptyText: t('enterprise.noKeyPeople') }}
            />
          </Card>
          <Card title={t('enterprise.folios')}>
            <FolioTable rows={folios} loading={detail.loading} testId="enterprise-folios-table" />
          </Card>
          {edit.open && (
            <EnterpriseFormModal
              enterprise={enterprise}
              onClose={edit.close}
              onSaved={edit.saved}
            />
          )}
        </>
      )}
    </RecordDetailFrame>
  );
}
