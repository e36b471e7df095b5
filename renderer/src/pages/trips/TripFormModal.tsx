// 新建考察 / 编辑考察: kind, title, dates and purpose; an edit sends only what changed.
import { useApi } from '../../api/ApiContext';
import type { Trip } from '../../api/contract-types';
import { DateItem } from '../../components/DateItem';
import { FieldGrid } from '../../components/FieldGrid';
import { FormModal } from '../../components/FormModal';
import { SelectItem } from '../../components/SelectItem';
import { TextItem } from '../../components/TextItem';
import { useRecordForm } from '../../components/useRecordForm';
import { useT } from '../../i18n/I18nContext';
import { tripKindOptions } from '../../components/enum-options';
import type { TripKind, TripPatch } from './types';

interface Values {
  kind: TripKind;
  title: string;
  startDate: string;
  endDate: string;
  purpose?: string;
}

const FIELDS = ['kind', 'title', 'startDate', 'endDate', 'purpose'] as const;

interface Props {
  /** The trip to edit; absent to create one. */
  trip?: Trip;
  /** Sends an edit's changed fields with the trip's rev (the trip page's editor). */
  update?: (patch: TripPatch) => Promise<Trip>;
  onClose: () => void;
  onSaved: (trip: Trip) => void;
}

/** What the trip page's editor takes: a patch, sent with the trip's rev. */
type Editor = (patch: TripPatch) => Promise<Trip>;
type TripFields = ReturnType<typeof fieldsOf>;

function fieldsOf(values: Partial<Values>) {
  return {
    kind: values.kind ?? 'inbound',
    title: (values.title ?? '').trim(),
    startDate: values.startDate ?? '',
    endDate: values.endDate ?? '',
    purpose: (values.purpose ?? '').trim(),
  };
}

/** 新建考察 / 编辑考察: kind, title, dates and purpose. An edit sends only what changed. */
export function TripFormModal({ trip, update, onClose, onSaved }: Props) {
  const api = useApi();
  const t = useT();
  // An edit goes through the trip page's editor; without one the form creates a trip.
  const recordForm = useRecordForm<Trip, Partial<Values>, TripFields, Editor>({
    titles: { create: t('trips.createTitle'), edit: t('trips.editTitle') },
    formTestId: 'trip-form',
    fieldNames: FIELDS,
    record: trip && update,
    initialValues: trip ? fieldsOf(trip) : { kind: 'inbound' },
    toFields: fieldsOf,
    create: (fields) => api['trips.create'](fields),
    update: (changes, send) => send(changes),
    onSaved,
    onClose,
  });

  return (
    <FormModal<Partial<Values>> {...recordForm}>
      <SelectItem
        name="kind"
        label={t('trips.kind')}
        options={tripKindOptions(t)}
        required={t('trips.kindRequired')}
      />
      <TextItem
        name="title"
        label={t('trips.name')}
        maxLength={120}
        required={t('trips.nameRequired')}
      />
      <FieldGrid>
        <DateItem
          name="startDate"
          label={t('trips.startDate')}
          required={t('trips.dateRequired')}
          testId="trip-form-start"
        />
        <DateItem
          name="endDate"
          label={t('trips.endDate')}
          required={t('trips.dateRequired')}
          testId="trip-form-end"
        />
      </FieldGrid>
      <TextItem name="purpose" label={t('trips.purpose')} rows={4} maxLength={5000} />
    </FormModal>
  );
}
