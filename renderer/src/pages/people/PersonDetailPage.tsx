// A person's page (#/people/<id>): who they are, the folios they lead and steward, trips, open items.
import { Card, Table, Typography } from 'antd';
import type { FolioSummary, TripSummary } from '../../api/contract-types';
import { leaveForList, RecordDetailFrame } from '../../components/RecordDetailFrame';
import { RecordHeaderCard } from '../../components/RecordHeaderCard';
import { useEditDialog } from '../../components/useEditDialog';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../i18n/I18nContext';
import { routeHref } from '../../router/hash-router';
import { useDeleteRecord } from '../enterprises/useDeleteRecord';
import { foliosHref } from '../folios/folio-filter';
import { FolioTable } from '../folios/FolioTable';
import { TripKindTag } from '../trips/TripKindTag';
import { PersonFormModal } from './PersonFormModal';
import { PersonOpenItems } from './PersonOpenItems';

/** The folios a person leads or stewards, with a link to the folio list filtered by that role. */
function RoleFolios(props: { role: 'leader' | 'steward'; personId: string; rows: FolioSummary[] }) {
  const { role, personId, rows } = props;
  const t = useT();
  const leader = role === 'leader';
  const filter = leader ? { leaderId: personId } : { stewardId: personId };
  return (
    <Card
      title={t(leader ? 'personPage.leads' : 'personPage.stewards', { count: rows.length })}
      extra={rows.length > 0 && <a href={foliosHref(filter)}>{t('personPage.inList')}</a>}
    >
      <FolioTable rows={rows} testId={leader ? 'person-leads-table' : 'person-stewards-table'} />
    </Card>
  );
}

/** One person: the folios they lead (包抓领导) and steward (项目管家), their trips, their open items. */
export function PersonDetailPage({ id }: { id: string }) {
  const detail = useApiQuery('people.get', { id });
  const t = useT();
  const deletePerson = useDeleteRecord('person');
  const edit = useEditDialog(detail.reload);
  const empty = t('common.empty');
  return (
    <RecordDetailFrame detail={detail} testId="person-detail" backTo="people">
      {({ person, leads, stewards, trips, overdueItems, openBlockers }, back) => (
        <>
          <RecordHeaderCard
            title={person.name}
            back={back}
            testIdPrefix="person"
            onEdit={edit.start}
            onDelete={() => deletePerson(person, leaveForList('people', detail.reload))}
            columns={3}
            items={[
              { key: 'title', label: t('people.jobTitle'), children: person.title || empty },
              { key: 'unit', label: t('people.unit'), children: person.unit || empty },
              { key: 'phone', label: t('people.phone'), children: person.phone || empty },
            ]}
          />
          <PersonOpenItems overdueItems={overdueItems} openBlockers={openBlockers} />
          <RoleFolios role="leader" personId={person.id} rows={leads} />
          <RoleFolios role="steward" personId={person.id} rows={stewards} />
          <Card title={t('personPage.trips', { count: trips.length })}>
            <Table<TripSummary>
              rowKey="id"
              size="small"
              data-testid="person-trips-table"
              dataSource={trips}
              pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: t('personPage.noTrips') }}
              columns={[
                {
                  title: t('personPage.tripTitle'),
                  key: 'title',
                  render: (_, trip) => <a href={routeHref('trips', trip.id)}>{trip.title}</a>,
                },
                {
                  title: '',
                  key: 'kind',
                  width: 100,
                  render: (_, trip) => <TripKindTag kind={trip.kind} />,
                },
                {
                  title: t('personPage.tripDates'),
                  key: 'dates',
                  width: 220,
                  render: (_, trip) => (
                    <Typography.Text>
                      {trip.startDate === trip.endDate
                        ? trip.startDate
                        : `${trip.startDate} — ${trip.endDate}`}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          </Card>
          {edit.open && (
            <PersonFormModal person={person} onClose={edit.close} onSaved={edit.saved} />
          )}
        </>
      )}
    </RecordDetailFrame>
  );
}
