// 生成 one of a trip's documents: its form, then progress and the files in the shared JobView.
import { Modal, Spin } from 'antd';
import type { TripDetail } from '../../../api/contract-types';
import { useT } from '../../../i18n/I18nContext';
import { JobView } from '../../documents/JobView';
import { useDocumentJob, type GenerateInput } from '../../documents/useDocumentJob';
import { PackForm } from './PackForm';
import { currentVersion, packAttachments, tripEnterprises } from './trip-documents';
import { TripBriefingForm } from './TripBriefingForm';
import { useTripFolios } from './useTripFolios';
import '../../documents/documents.css';

export type TripDocument = 'agenda' | 'policy' | 'pack';

interface FormProps {
  kind: TripDocument;
  detail: TripDetail;
  busy: boolean;
  onSubmit: (input: GenerateInput) => void;
}

/** The form for one of the trip's documents, once the folios it needs are loaded. */
function TripDocumentForm({ kind, detail, busy, onSubmit }: FormProps) {
  const folios = useTripFolios(detail);
  const tripId = detail.trip.id;
  if (kind === 'agenda')
    return <TripBriefingForm tripId={tripId} busy={busy} onSubmit={onSubmit} />;
  if (!folios.data) return <Spin data-testid="trip-document-loading" />;
  if (kind === 'policy') {
    return (
      <TripBriefingForm
        tripId={tripId}
        enterprises={tripEnterprises(detail, folios.data)}
        linkedFolios={folios.data.length}
        busy={busy}
        onSubmit={onSubmit}
      />
    );
  }
  return (
    <PackForm
      tripId={tripId}
      attachments={packAttachments(detail.trip, folios.data)}
      last={currentVersion(detail.trip)}
      busy={busy}
      onSubmit={onSubmit}
    />
  );
}

interface Props {
  kind: TripDocument;
  detail: TripDetail;
  onClose: () => void;
}

/** 生成 one of a trip's documents: its form, then progress and the files in the shared JobView. */
export function TripGenerateModal({ kind, detail, onClose }: Props) {
  const t = useT();
  const control = useDocumentJob();
  const busy = control.starting || control.job?.state === 'running';
  return (
    <Modal
      open
      title={t(`trips.generate.${kind}Title`, { name: detail.trip.title })}
      footer={null}
      width={760}
      onCancel={onClose}
    >
      {/* antd's Modal does not pass data-* props on to its DOM; the body carries the id. */}
      <div className="doc-modal-body" data-testid={`trip-generate-${kind}-modal`}>
        <TripDocumentForm
          kind={kind}
          detail={detail}
          busy={busy}
          onSubmit={(input) => void control.start(input)}
        />
        <JobView control={control} />
      </div>
    </Modal>
  );
}
