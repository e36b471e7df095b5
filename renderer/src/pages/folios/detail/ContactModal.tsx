// Add or edit a contact on the enterprise's side of a folio.
import { Form } from 'antd';
import { FieldGrid } from '../../../components/FieldGrid';
import { FormModal } from '../../../components/FormModal';
import { TextItem } from '../../../components/TextItem';
import { useT } from '../../../i18n/I18nContext';
import type { Contact, Draft } from './types';

interface Values {
  name: string;
  title?: string;
  phone?: string;
  note?: string;
}

const FIELDS = ['name', 'title', 'phone', 'note'] as const;

interface Props {
  /** The contact to edit; absent for a new one. */
  contact?: Contact;
  onSubmit: (draft: Draft<Contact>) => Promise<void>;
  onClose: () => void;
}

/** Add or edit a contact on the enterprise's side. */
export function ContactModal({ contact, onSubmit, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      title={contact ? t('folioDetail.editContact') : t('folioDetail.addContact')}
      form={form}
      formTestId="contact-form"
      fieldNames={FIELDS}
      initialValues={contact ?? {}}
      onSubmit={(values) =>
        onSubmit({
          id: contact?.id,
          name: values.name.trim(),
          title: (values.title ?? '').trim(),
          phone: (values.phone ?? '').trim(),
          note: (values.note ?? '').trim(),
        })
      }
      onClose={onClose}
    >
      <FieldGrid>
        <TextItem name="name" label={t('folioDetail.contactName')} maxLength={40} required />
        <TextItem name="title" label={t('folioDetail.contactTitle')} maxLength={80} />
        <TextItem name="phone" label={t('folioDetail.phone')} maxLength={40} />
      </FieldGrid>
      <TextItem name="note" label={t('folioDetail.contactNote')} rows={2} maxLength={500} />
    </FormModal>
  );
}
