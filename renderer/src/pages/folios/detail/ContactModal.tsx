// Add or edit a contact on the enterprise's side of a folio.
import { FieldGrid } from '../../../components/FieldGrid';
import { FormModal } from '../../../components/FormModal';
import { TextItem } from '../../../components/TextItem';
import { PhoneItem } from '../../../components/PhoneItem';
import { useT } from '../../../i18n/I18nContext';
import type { Contact } from './types';
import { useItemForm, type ItemModalProps } from './useItemForm';

interface Values {
  name: string;
  title?: string;
  phone?: string;
  note?: string;
}

const FIELDS = ['name', 'title', 'phone', 'note'] as const;

/** Add or edit a contact on the enterprise's side. */
export function ContactModal(props: ItemModalProps<Contact>) {
  const t = useT();
  const contact = props.item;
  const itemForm = useItemForm<Contact, Values>(props, {
    titles: { create: t('folioDetail.addContact'), edit: t('folioDetail.editContact') },
    formTestId: 'contact-form',
    fieldNames: FIELDS,
    initialValues: contact ?? {},
    toDraft: (values) => ({
      name: values.name.trim(),
      title: (values.title ?? '').trim(),
      phone: (values.phone ?? '').trim(),
      note: (values.note ?? '').trim(),
    }),
  });
  return (
    <FormModal<Values> {...itemForm}>
      <FieldGrid>
        <TextItem name="name" label={t('folioDetail.contactName')} maxLength={40} required />
        <TextItem name="title" label={t('folioDetail.contactTitle')} maxLength={80} />
        <PhoneItem name="phone" label={t('folioDetail.phone')} />
      </FieldGrid>
      <TextItem name="note" label={t('folioDetail.contactNote')} rows={2} maxLength={500} />
    </FormModal>
  );
}
