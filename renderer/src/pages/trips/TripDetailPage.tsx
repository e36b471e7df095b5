// One trip's page: header (title, kind, dates, 生成, export, edit, delete) and its tabs.
import { Card, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Trip, TripDetail } from '../../api/contract-types';
import { leaveForList, RecordActions, RecordDetailFrame } from '../../components/RecordDetailFrame';
import { useT } from '../../i18n/I18nContext';
import { GenerateMenu } from './GenerateMenu';
import { ExportBundleButton } from '../exchange/ExportModal';
import { TripFormModal } from './TripFormModal';
import { TripKindTag } from './TripKindTag';
import { TripTabs } from './TripTabs';
import { useDeleteTrip } from './useDeleteTrip';
import { useTripDetail } from './useTripDetail';
import { useTripEditor } from './useTripEditor';
import './trips.css';

/** One trip: header (title, kind, dates, 生成, edit, delete) and its tabs. */
export function TripDetailPage({ id }: { id: string }) {
  const { detail, setTrip } = useTripDetail(id);
  return (
    <RecordDetailFrame detail={detail} backTo="trips" testId="trip-detail">
      {(data, back) => (
        <TripView data={data} back={back} setTrip={setTrip} reload={detail.reload} />
      )}
    </RecordDetailFrame>
  );
}

interface ViewProps {
  data: TripDetail;
  back: ReactNode;
  setTrip: (trip: Trip) => void;
  reload: () => void;
}

function TripView({ data, back, setTrip, reload }: ViewProps) {
  const t = useT();
  const editor = useTripEditor(data.trip, setTrip, reload);
  const deleteTrip = useDeleteTrip();
  const [editing, setEditing] = useState(false);
  const { trip } = data;

  return (
    <Card
      title={
        <Space wrap size="middle">
          <span data-testid="trip-detail-title">{trip.title}</span>
          <TripKindTag kind={trip.kind} />
          <Typography.Text type="secondary" data-testid="trip-detail-dates">
            {t('trips.dateRange', { start: trip.startDate, end: trip.endDate })}
          </Typography.Text>
        </Space>
      }
      extra={
        <RecordActions
          back={back}
          generate={
            <>
              <GenerateMenu detail={data} />
              <ExportBundleButton scope={{ kind: 'trip', id: trip.id }} scopeName={trip.title} />
            </>
          }
          testIdPrefix="trip"
          onEdit={() => setEditing(true)}
          onDelete={() => deleteTrip(trip, leaveForList('trips', reload))}
        />
      }
    >
      <TripTabs detail={data} editor={editor} />
      {editing && (
        <TripFormModal
          trip={trip}
          update={editor.save}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
    </Card>
  );
}
