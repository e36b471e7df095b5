// Add or edit a trip's host or contact: who receives the delegation, the liaison, the driver.
import { FieldGrid } from '../../components/FieldGrid';
import { FormModal } from '../../components/FormModal';
import { TextItem } from '../../components/TextItem';
import { PhoneItem } from '../../components/PhoneItem';
import { useT } from '../../i18n/I18nContext';
import { useItemForm, type ItemModalProps } from '../folios/detail/useItemForm';
import type { TripHost } from './types';

type Values = Omit<TripHost, 'id'>;

const FIELDS = ['name', 'title', 'unit', 'phone', 'role'] as const;

/** A host or contact of the trip: who receives the delegation, the liaison, the driver … */
export function HostModal(props: ItemModalProps<TripHost>) {
  const t = useT();
  const host = props.item;
  const text = (value: string | undefined) => (value ?? '').trim();
  const itemForm = useItemForm<TripHost, Values>(props, {
    titles: { create: t('trips.addHost'), edit: t('trips.editHost') },
    formTestId: 'host-form',
    fieldNames: FIELDS,
    initialValues: host ?? {},
    toDraft: (values) => ({
      name: values.name.trim(),
      title: text(values.title),
      unit: text(values.unit),
      phone: text(values.phone),
      role: text(values.role),
    }),
  });
  return (
    <FormModal<Values> {...itemForm}>
      <FieldGrid>
        <TextItem
          name="name"
          label={t('trips.hostName')}
          maxLength={40}
          required={t('trips.nameRequiredField')}
        />
        <TextItem name="title" label={t('trips.hostTitle')} maxLength={80} />
        <TextItem name="unit" label={t('trips.hostUnit')} maxLength={120} />
        <PhoneItem name="phone" label={t('trips.hostPhone')} />
        <TextItem name="role" label={t('trips.hostRole')} maxLength={80} />
      </FieldGrid>
    </FormModal>
  );
}
