// Add or edit a contact on the enterprise's side of a folio.
import { Col, Form, Input, Row } from 'antd';
import { FormModal } from '../../../components/FormModal';
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
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="name"
            label={t('folioDetail.contactName')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('folioDetail.fillIn', { label: t('folioDetail.contactName') }),
              },
            ]}
          >
            <Input maxLength={40} data-testid="contact-form-name" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="title" label={t('folioDetail.contactTitle')}>
            <Input maxLength={80} data-testid="contact-form-title" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label={t('folioDetail.phone')}>
            <Input maxLength={40} data-testid="contact-form-phone" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t('folioDetail.contactNote')}>
        <Input.TextArea rows={2} maxLength={500} data-testid="contact-form-note" />
      </Form.Item>
    </FormModal>
  );
}
